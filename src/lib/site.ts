// The site's public address, for canonical links and link previews. It is fixed at build
// time (SITE_URL) so the prerendered HTML and the running app name the same URL.
const configured: string = import.meta.env.VITE_SITE_URL ?? "http://127.0.0.1:4173";
export const SITE_URL = configured.replace(/\/+$/, "");

export function canonicalUrl(pathOrUrl: string): string {
  return new URL(pathOrUrl, `${SITE_URL}/`).href;
}

/** Where this page runs: the browser's own origin, or the site's while prerendering. */
export function currentOrigin(): string {
  return typeof window !== "undefined" ? window.location.origin : SITE_URL;
}

/** The site's name; a feed titled so is the site's own. */
export const SITE_NAME = "轻阅";
