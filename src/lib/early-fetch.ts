// A request started before the app's code has loaded, handed to the first fetchJson for the
// same URL. The boot script starts the feed's first page this way, so the data a page needs
// arrives while React and the router are still being evaluated, not after.

const started = new Map<string, Promise<Response>>();

export const JSON_ACCEPT = "application/feed+json, application/json";

/** Starts fetching `url` now (once); fetchJson for that URL takes this response instead of asking again. */
export function fetchEarly(url: string): void {
  if (started.has(url) || typeof fetch !== "function") return;
  const request = fetch(url, { headers: { accept: JSON_ACCEPT } });
  // A failure is reported by the fetchJson that takes it; until then it is not unhandled.
  request.catch(() => undefined);
  started.set(url, request);
}

/** The early response for `url`, if one was started and not yet taken; each is taken once. */
export function takeEarly(url: string): Promise<Response> | undefined {
  const request = started.get(url);
  started.delete(url);
  return request;
}
