import type { sanitizeHtml } from "../lib/sanitize-html";

// DOMPurify is loaded only for a story that shows feed HTML: the route's loader asks for it
// before the story renders, so rendering stays synchronous (and the same on the server).
let sanitize: typeof sanitizeHtml | undefined;

/** Loads the sanitizer; a loader awaits it for a story that has HTML to show. */
export async function loadSanitizer(): Promise<void> {
  sanitize ??= (await import("../lib/sanitize-html")).sanitizeHtml;
}

/**
 * HTML from a feed, after DOMPurify: the only place feed HTML enters the page. Without the
 * sanitizer loaded it shows nothing, never the raw HTML.
 */
export function SanitizedHtml({ html }: { html: string }) {
  if (!sanitize) return null;
  return (
    <div
      className="space-y-[1em] [&_a]:text-accent [&_a]:underline [&_img]:h-auto [&_img]:max-w-full"
      dangerouslySetInnerHTML={{ __html: sanitize(html) }}
    />
  );
}
