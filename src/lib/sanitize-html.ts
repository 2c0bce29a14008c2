// HTML from a feed is untrusted. Everything that reaches the DOM as HTML goes through here.
import createDOMPurify, { type Config, type DOMPurify } from "dompurify";
import { isSafeUrl } from "../content/safe-url";

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  // Forms and embeds can phish or run code; style can overlay the page; svg/math are parser
  // confusion surfaces we do not need for articles.
  FORBID_TAGS: ["style", "form", "input", "button", "textarea", "select", "option", "iframe", "frame",
    "frameset", "object", "embed", "applet", "base", "link", "meta", "svg", "math", "template", "dialog"],
  // id/name clobber DOM globals; style can hide or overlay; class could borrow our UI's look.
  FORBID_ATTR: ["style", "id", "name", "class", "srcset", "formaction", "action", "ping", "background"],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_DOM: true,
};

let purifier: DOMPurify | undefined;

/** For prerendering in Node: the window (e.g. jsdom's) that DOMPurify parses with. */
export function setSanitizerWindow(win: Window & typeof globalThis): void {
  purifier = configure(createDOMPurify(win));
}

function configure(instance: DOMPurify): DOMPurify {
  instance.addHook("afterSanitizeAttributes", (node) => {
    for (const attr of ["href", "src", "cite", "poster", "xlink:href"]) {
      const value = node.getAttribute(attr);
      if (value !== null && !isSafeUrl(value.trim()) && !value.startsWith("#")) node.removeAttribute(attr);
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
 * Sanitized HTML ready for a DOM sink, or "" when no DOM is available to sanitize with (never
 * the raw input). Under Trusted Types it is TrustedHTML made by DOMPurify's own policy (the
 * CSP names it), so no other policy has to know about feed HTML.
 */
export function sanitizeHtml(html: string): string | TrustedHTML {
  const purify = instance();
  if (!purify?.isSupported) return "";
  const trusted = typeof window !== "undefined" && "trustedTypes" in window;
  return trusted
    ? purify.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: true })
    : purify.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false });
}
