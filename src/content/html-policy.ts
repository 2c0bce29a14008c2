// What feed HTML may not keep, wherever it is cleaned: by DOMPurify in the app (lib/sanitize-html.ts)
// and by the ingest in the HTML it writes into our own feed (ingest/feeds/clean-html.ts).

/** Forms and embeds can phish or run code; style can overlay the page; svg/math are parser confusion surfaces articles do not need. */
export const FORBIDDEN_TAGS = [
  "style", "form", "input", "button", "textarea", "select", "option", "iframe", "frame",
  "frameset", "object", "embed", "applet", "base", "link", "meta", "svg", "math", "template", "dialog",
] as const;

/** Attributes that load or submit elsewhere, or restyle the page. */
export const FORBIDDEN_ATTRIBUTES = ["style", "formaction", "action", "ping", "background"] as const;

/** Attributes that hold an address: resolved against where the HTML came from, and dropped unless safe. */
export const URL_ATTRIBUTES = ["href", "src", "cite", "poster"] as const;
