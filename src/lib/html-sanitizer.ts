// The sanitizer HTML written into the page goes through (see app/trusted-types.ts), once
// DOMPurify has loaded with a view that writes HTML (a story's HTML, the picture viewer).
// Until then there is none, and such HTML is made inert text.
let sanitizer: ((html: string) => string) | undefined;

export const htmlSanitizer = (): ((html: string) => string) | undefined => sanitizer;

/** Loads DOMPurify for the Trusted Types policy; a view awaits it before it writes HTML. */
export async function loadHtmlSanitizer(): Promise<void> {
  if (sanitizer) return;
  const purify = await import("./sanitize-html");
  sanitizer = (html) => purify.sanitizeHtml(html);
}
