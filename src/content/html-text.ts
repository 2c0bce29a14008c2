// HTML as the text a reader sees, one paragraph a line: pages scraped as HTML (m.weibo.cn
// posts, article bodies copied with their markup) before the ingest reads them, and the
// content_html of a plain JSON Feed item before it is read as a post. Weibo's own markup is read the way Weibo means it: an emoticon image
// is its [code], a short link is its URL, a topic or mention link is its text.

/** Markup that only HTML has: a page with none of it is plain text and is left alone. */
const LOOKS_LIKE_HTML = /<(?:br|p|div|span|a|img|li|h[1-6]|section|article)\b[^<>]*>|<\/(?:p|div|span|a|li|h[1-6])>/i;
const DROPPED_BLOCKS = /<(script|style|template|noscript|iframe)\b[^<>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const BREAKS = /<br\b[^<>]*>|<\/?(?:p|div|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|figure|figcaption)\b[^<>]*>/gi;
const ANCHOR = /<a\b([^<>]*)>([\s\S]*?)<\/a\s*>/gi;
const IMAGE = /<img\b([^<>]*)>/gi;
const TAG = /<\/?[a-z][^<>]*>/gi;
const ENTITY = /&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi;

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", hellip: "…", mdash: "—", ndash: "–",
  ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", middot: "·", times: "×", copy: "©", ensp: " ", emsp: " ", thinsp: " ",
};

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? "") : undefined;
}

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      // No NUL, surrogates or values past Unicode: those stay as written.
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    const name = body.toLowerCase();
    return Object.hasOwn(NAMED, name) ? NAMED[name]! : whole;
  });
}

const WEB = /^https?:\/\//i;

function anchorText(attrs: string, inner: string): string {
  const text = inner.replace(TAG, "").trim();
  // A topic (#…#) or a mention (@…) reads as itself; its link is Weibo's search page.
  if (/^#[^#]+#$/u.test(text) || /^@\S+$/u.test(text)) return text;
  // Weibo's short links: the t.cn address in data-url, else the link itself.
  const short = attribute(attrs, "data-url");
  const href = attribute(attrs, "href");
  if (short !== undefined && WEB.test(short)) return ` ${short} `;
  if (/surl-text/.test(inner) || text === "网页链接" || text === "") return href !== undefined && WEB.test(href) ? ` ${href} ` : text;
  return text;
}

/**
 * The text a reader sees in HTML, paragraphs on lines of their own; plain text comes back as
 * it was. The page's own line breaks are kept: a text scrape with a stray tag in it is still
 * one paragraph a line.
 */
export function htmlToText(page: string, { known = false }: { known?: boolean } = {}): string {
  // `known`: the text is HTML by contract (a content_html field), whatever it looks like.
  if (!known && !LOOKS_LIKE_HTML.test(page)) return page;
  const text = decodeEntities(
    page
      .replace(DROPPED_BLOCKS, "")
      .replace(ANCHOR, (_whole, attrs: string, inner: string) => anchorText(attrs, inner))
      .replace(IMAGE, (_whole, attrs: string) => {
        // Weibo emoticons are images whose alt is the [code]; other images carry no text.
        const alt = attribute(attrs, "alt") ?? "";
        return /^\[[^\][]{1,8}\]$/u.test(alt) ? alt : "";
      })
      .replace(BREAKS, "\n")
      .replace(TAG, ""),
  );
  // As a browser shows it: a run of spaces is one space.
  return text.replace(/[ \t\u00a0]{2,}/g, " ");
}
