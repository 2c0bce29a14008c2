// HTML from a feed is untrusted. Everything that reaches the DOM as HTML goes through here.
import createDOMPurify, { type Config, type DOMPurify } from "dompurify";
import { FORBIDDEN_ATTRIBUTES, FORBIDDEN_TAGS, URL_ATTRIBUTES } from "../content/html-policy";
import { isSafeUrl } from "../content/safe-url";

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [...FORBIDDEN_TAGS],
  // id/name clobber DOM globals; class could borrow our UI's look; srcset would bypass the address checks.
  FORBID_ATTR: [...FORBIDDEN_ATTRIBUTES, "id", "name", "class", "srcset"],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_DOM: true,
};

let purifier: DOMPurify | undefined;
/** The address relative links in the HTML being sanitized are resolved against, if any. */
let base: string | undefined;

/** `value` resolved against the current base; unchanged when there is none or it does not resolve. */
function resolved(value: string): string {
  if (base === undefined || value.startsWith("#")) return value;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** For prerendering in Node: the window (e.g. jsdom's) that DOMPurify parses with. */
export function setSanitizerWindow(win: Window & typeof globalThis): void {
  purifier = configure(createDOMPurify(win));
}

function configure(instance: DOMPurify): DOMPurify {
  instance.addHook("afterSanitizeAttributes", (node) => {
    for (const attr of [...URL_ATTRIBUTES, "xlink:href"]) {
      const raw = node.getAttribute(attr);
      if (raw === null) continue;
      const value = resolved(raw.trim());
      const safe = value.startsWith("#") || isSafeUrl(value);
      if (!safe) node.removeAttribute(attr);
      else if (value !== raw) node.setAttribute(attr, value);
    }
    if (node.tagName === "A" && node.hasAttribute("href")) {
      node.setAttribute("rel", "noopener noreferrer nofollow ugc");
      if (/^https?:/i.test(node.getAttribute("href") ?? "")) node.setAttribute("target", "_blank");
    }
  });
  return instance;
}

function instance(): DOMPurify | undefined {
  if (!purifier && typeof window !== "undefined") purifier = configure(createDOMPurify(window));
  return purifier;
}

/**
 * Sanitized HTML, or "" when no DOM is available to sanitize with (never the raw input).
 * `baseUrl`: where the HTML came from; its relative links and pictures are resolved against
 * it (a story's own URL, else its feed's home page, else the feed's own URL).
 */
export function sanitizeHtml(html: string, baseUrl?: string): string {
  const purify = instance();
  if (!purify?.isSupported) return "";
  base = baseUrl;
  try {
    return purify.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false });
  } finally {
    base = undefined;
  }
}
