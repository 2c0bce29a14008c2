// A Weibo post's text, from the HTML its APIs serve (or the plain text older APIs and crawlers
// give) to the paragraphs a reader sees: emoticons as their [code], #topics# and super-topics
// (#名[超话]#), @mentions, links (a weibo.cn/sinaurl redirect unwrapped to where it leads), one
// paragraph a line. A 全文 link marks a post the source cut off and leads to the whole.
// Weibo's own anchors are rewritten here; everything else is the shared HTML-to-text reading.
import { decodeEntities, htmlToText } from "../../content/html-text";
import { unwrapWeiboLink, weiboArticleUrl } from "./links";

export interface WeiboText {
  paragraphs: string[];
  /** True when the source cut the text and linked the rest (全文). */
  truncated: boolean;
  /** Where the whole post is, when the 全文 link says. */
  wholeUrl?: string;
}

const ANCHOR_OPEN = /<a\b([^<>]*)>/giu;
const ANCHOR_CLOSE = /<\/a\s*>/giu;
const TAG = /<\/?[a-z][^<>]*>/gi;

function hrefOf(attrs: string): string | undefined {
  const m = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? "") : undefined;
}

const WHOLE_POST = /^全文$|^查看全文$/u;
const LOCATION_ICON = /timeline_card_small_location/u;
const VIDEO_PAGE = /^https?:\/\/(?:video\.weibo\.com\/show\?|(?:www\.)?weibo\.com\/tv\/show\/|m\.weibo\.cn\/s\/video\/)[^\s"'<>]+$/i;

/**
 * Each anchor, from its opening to the first </a> after it, as the reader sees it. Found in one
 * pass: an opening with no </a> after it has none after any later one either (a pattern that
 * looked afresh from each of 100,000 unclosed <a> took 23 s).
 */
function rewriteAnchors(html: string, found: { whole?: string }): string {
  const kept: string[] = [];
  let from = 0;
  ANCHOR_OPEN.lastIndex = 0;
  for (let open = ANCHOR_OPEN.exec(html); open !== null; open = ANCHOR_OPEN.exec(html)) {
    ANCHOR_CLOSE.lastIndex = ANCHOR_OPEN.lastIndex;
    const close = ANCHOR_CLOSE.exec(html);
    if (close === null) break;
    const end = close.index + close[0].length;
    kept.push(html.slice(from, open.index), anchorText(html.slice(open.index, end), open[1] ?? "", html.slice(ANCHOR_OPEN.lastIndex, close.index), found));
    from = end;
    ANCHOR_OPEN.lastIndex = end;
  }
  kept.push(html.slice(from));
  return kept.join("");
}

/** An anchor as the reader sees it: its label, where it leads, or itself for the shared reading. */
function anchorText(whole: string, attrs: string, inner: string, found: { whole?: string }): string {
  const text = decodeEntities(inner.replace(TAG, "")).trim();
  const href = hrefOf(attrs) ?? "";
  // Whether the link carries its card's address (data-url), tested once for the checks below.
  const carded = /data-url\s*=/.test(attrs);
  if (WHOLE_POST.test(text)) {
    const status = /\/status\/([A-Za-z0-9]+)/.exec(href);
    if (status) found.whole = `https://m.weibo.cn/status/${status[1]}`;
    else if (/^https?:\/\//i.test(href)) found.whole = href;
    else found.whole ??= "";
    return "";
  }
  // A place the post was written at reads as its name, as Weibo shows it beside a pin, not as a bare short link.
  if (LOCATION_ICON.test(inner) && text !== "") return ` ${text} `;
  // A redirect through weibo.cn/sinaurl, with no short link to show: where it leads.
  if (!carded && /sinaurl\?/.test(href)) {
    const target = unwrapWeiboLink(href);
    if (target !== href) return ` ${target} `;
  }
  // weibo.com links a shared article (头条文章) itself, labelled with its title: the link is what leads there.
  const article = carded ? undefined : weiboArticleUrl(href);
  if (article !== undefined) return ` ${article} `;
  // weibo.com links a post's video page itself, labelled 某某的微博视频: the link, as m.weibo.cn's short link shows it.
  if (!carded && VIDEO_PAGE.test(href)) return ` ${href} `;
  if (text === "网页链接" || text === "") return whole;
  // weibo.com labels a short link with its card's title (an article's, a video's): the link
  // is what leads there, as m.weibo.cn shows it.
  if (/^https?:\/\/t\.cn\/\w+$/i.test(href) && !/^[#@]/u.test(text)) return ` ${href} `;
  // A super-topic link (m.weibo.cn's containerid=100808…, weibo.com's /p/100808…) shows as "名超话"
  // or "名" beside an icon; Weibo's own text for it is #名[超话]#.
  if (/containerid=100808|\/p\/100808/.test(href)) {
    const name = text.replace(/超话$/u, "").trim();
    if (/^[^#\s]{1,40}$/u.test(name)) return `#${name}[超话]#`;
  }
  // Links into Weibo's own pages (topic search, profiles, video pages) read as their label,
  // unless a short link stands for them.
  if (/^(?:https?:\/\/(?:m\.)?weibo\.c(?:n|om))?\/(?:p\/|search|n\/|u\/|status\/|k\/)/i.test(href) && !carded) {
    return text;
  }
  return whole;
}

const PLAIN_CUT = /\s*(?:\.{3}|…)\s*全文\s*$/u;
const ARCHIVED_PICTURE = /\[img:\/\/(https?:\/\/[^\s\]]+)\]/giu;

const LOOKS_LIKE_HTML = /<(?:br|a|span|img|p|div)\b[^<>]*>/i;

/** The reader's paragraphs of a Weibo text, HTML or plain. */
export function readWeiboText(raw: string): WeiboText {
  const found: { whole?: string } = {};
  const html = LOOKS_LIKE_HTML.test(raw);
  // weibo.com's API cuts a long text with a 展开 ("expand") mark instead of a 全文 link.
  const expand = /<span\b[^>]*class=["']?expand["']?[^>]*>\s*展开\s*<\/span>/u;
  if (html && expand.test(raw)) found.whole = "";
  // Plain text (m.weibo.cn's raw_text, a crawler's copy of the shown words) keeps the 全文 link's
  // label after the cut: the words end there, and the rest is behind the link.
  let text = html ? htmlToText(rewriteAnchors(raw.replace(expand, ""), found), { known: true }) : raw.replace(PLAIN_CUT, () => {
    found.whole ??= "";
    return "…";
  });
  // Weibo pads texts with zero-width spaces; a cut text ends "…" or " ..." before 全文.
  text = text.replace(/\u200b|\u200c|\u200d|\ufeff/gu, "");
  // Weibo-archiver writes a link to a picture (Weibo's 查看图片) as [img://<address>]: the link it was.
  text = text.replace(ARCHIVED_PICTURE, " $1 ");
  const paragraphs = text
    .split(/\r\n?|\n/u)
    .map((line) => line.replace(/[ \t\u00a0\u3000]+/gu, " ").trim())
    .filter((line) => line !== "");
  const truncated = found.whole !== undefined;
  if (truncated && paragraphs.length > 0) {
    const last = paragraphs.length - 1;
    paragraphs[last] = paragraphs[last]!.replace(/\s*(?:\.{3}|…)$/u, "…");
  }
  return {
    paragraphs,
    truncated,
    ...(found.whole ? { wholeUrl: found.whole } : {}),
  };
}

/**
 * weibo-crawler's text without its HTML keeps each link's label on a line of its own and lists
 * the links apart, in order (`links`): each 网页链接 line is its link again, as its own writer
 * puts them back.
 */
export function restoreLinkLabels(text: string, links: unknown): string {
  if (!Array.isArray(links)) return text;
  const urls = links.filter((link): link is string => typeof link === "string" && /^https?:\/\/\S+$/iu.test(link));
  if (urls.length === 0) return text;
  return text
    .split("\n")
    .map((line) => (line.trim() === "网页链接" && urls.length > 0 ? urls.shift()! : line))
    .join("\n");
}

/** The label of a video's link that a crawler kept as words (某某的微博视频), after the post's words. */
const VIDEO_LABEL = /\s+[^\s]{1,40}的(?:微博|秒拍)视频$/u;

const LABEL_LINE = /^[^\s]{1,40}的(?:微博|秒拍)视频$/u;

/**
 * A post's paragraphs without the label a crawler kept of the link to the video it plays: after
 * the words, on a line of its own after them (weibo-crawler puts each piece of text on a line),
 * or as the whole text when it names the post's author (a post of the video alone).
 */
export function withoutVideoLabel(paragraphs: readonly string[], author: string | undefined): string[] {
  const out = [...paragraphs];
  const last = out.length - 1;
  if (last < 0) return out;
  const line = out[last]!;
  const own = author !== undefined && (line === `${author}的微博视频` || line === `${author}的秒拍视频`);
  if (own || (last > 0 && LABEL_LINE.test(line))) out.pop();
  else out[last] = line.replace(VIDEO_LABEL, "");
  return out;
}
