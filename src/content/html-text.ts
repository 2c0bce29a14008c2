// HTML as the text a reader sees, one paragraph a line: pages scraped as HTML (m.weibo.cn
// posts, article bodies copied with their markup) before the ingest reads them, and the
// content_html of a plain JSON Feed item before it is read as a post. Weibo's own markup is
// read the way Weibo means it: an emoticon image is its [code], a short link is its URL, a
// topic or mention link is its text. Parsed by htmlparser2 (tags, attributes, quoting, the
// HTML entity table), which runs the same in Node and the browser; the app loads this module
// only for a feed that needs it.
import { Parser } from "htmlparser2";
import { decodeHTML } from "entities";

/** Markup that only HTML has: a page with none of it is plain text and is left alone. */
const LOOKS_LIKE_HTML = /<(?:br|p|div|span|a|img|li|h[1-6]|section|article)\b[^<>]*>|<\/(?:p|div|span|a|li|h[1-6])>/i;
/** Elements whose content is never text a reader sees. */
const DROPPED = new Set(["script", "style", "template", "noscript", "iframe", "head", "title", "svg", "math", "object"]);
/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  "br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
  "header", "footer", "blockquote", "figure", "figcaption",
]);

/** Whether text holds markup only HTML has. */
/** Text as HTML: its <, & and > written as entities. */
export const escapeText = (text: string) => text.replace(/[<&>]/gu, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&amp;"));

export const looksLikeHtml = (text: string): boolean => LOOKS_LIKE_HTML.test(text);

/** Named and numeric character references, decoded as a browser decodes them in text. */
export function decodeEntities(text: string): string {
  return decodeHTML(text);
}

const WEB = /^https?:\/\//i;

function anchorText(attrs: Record<string, string>, inner: string, shortLabel: boolean): string {
  const text = inner.trim();
  // A topic (#…#) or a mention (@…) reads as itself; its link is Weibo's search page.
  if (/^#[^#]+#$/u.test(text) || /^@\S+$/u.test(text)) return text;
  // Weibo's short links: the t.cn address in data-url, else the link itself.
  const short = attrs["data-url"];
  const href = attrs.href;
  if (short !== undefined && WEB.test(short)) return ` ${short} `;
  if (shortLabel || text === "网页链接" || text === "") return href !== undefined && WEB.test(href) ? ` ${href} ` : text;
  return text;
}

interface Anchor {
  attrs: Record<string, string>;
  text: string;
  /** Weibo marks a short link's label with class surl-text. */
  shortLabel: boolean;
}

/**
 * The text a reader sees in HTML, paragraphs on lines of their own; plain text comes back as
 * it was. The page's own line breaks are kept: a text scrape with a stray tag in it is still
 * one paragraph a line.
 */
export function htmlToText(page: string, { known = false }: { known?: boolean } = {}): string {
  // `known`: the text is HTML by contract (a content_html field), whatever it looks like.
  if (!known && !LOOKS_LIKE_HTML.test(page)) return page;
  let out = "";
  let dropped = 0;
  let anchor: Anchor | undefined;
  const write = (text: string) => {
    if (anchor) anchor.text += text;
    else out += text;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (DROPPED.has(name)) dropped++;
        if (dropped > 0) return;
        if (name === "a") {
          if (anchor) out += anchorText(anchor.attrs, anchor.text, anchor.shortLabel);
          anchor = { attrs, text: "", shortLabel: false };
        } else if (name === "img") {
          // Weibo emoticons are images whose alt (or, in weibo.com's older pages, only the title) is
          // the [code]; other images carry no text.
          const code = [attrs.alt, attrs.title].find((text) => text !== undefined && /^\[[^\][]{1,8}\]$/u.test(text));
          if (code !== undefined) write(code);
        } else if (BLOCKS.has(name)) {
          write("\n");
        }
        if (anchor && /\bsurl-text\b/.test(attrs.class ?? "")) anchor.shortLabel = true;
      },
      ontext(text) {
        if (dropped === 0) write(text);
      },
      onclosetag(name, implied) {
        if (DROPPED.has(name)) {
          dropped = Math.max(0, dropped - 1);
          return;
        }
        if (dropped > 0) return;
        if (name === "a" && anchor) {
          const done = anchor;
          anchor = undefined;
          out += anchorText(done.attrs, done.text, done.shortLabel);
        } else if (BLOCKS.has(name) && !(name === "br" && implied)) {
          write("\n");
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(page);
  parser.end();
  if (anchor) out += anchorText(anchor.attrs, anchor.text, anchor.shortLabel);
  // As a browser shows it: a run of spaces is one space.
  return out.replace(/[ \t\u00a0]{2,}/g, " ");
}
