import { sanitizeHtml } from "../lib/sanitize-html";

/** HTML from a feed, after DOMPurify: the only place feed HTML enters the page. */
export function SanitizedHtml({ html }: { html: string }) {
  return (
    <div
      className="space-y-[1em] [&_a]:text-accent [&_a]:underline [&_img]:h-auto [&_img]:max-w-full"
      dangerouslySetInnerHTML={{ __html: sanitizeHtml(html) }}
    />
  );
}
