// Page text that scrapers write as Markdown (a reader service's "Title: / URL Source: /
// Markdown Content:" file, or plain Markdown): turned into the HTML page it describes, so the
// HTML extractor reads its headline, subheads, pictures and lists the one way it reads any page.
// marked (CommonMark + GFM) does the Markdown: hand-written, lists, links and emphasis would
// each be a second, weaker parser.
import { Marked } from "marked";
import { storyPageHtml } from "../html/story-page";

const marked = new Marked({ gfm: true, async: false });

/**
 * A reader service's header: "Title: …", "URL Source: …", "Published Time: …", then "Markdown
 * Content:". Sticky: tried at the file's start alone, where the header stands (tried at every
 * line, 50,000 header lines with no content after them took minutes).
 */
const READER_HEADER = /^\uFEFF?Title:[ \t]*(.*)\r?\n(?:\s*\r?\n)*URL Source:[ \t]*(\S*)[^\n]*\r?\n([\s\S]*?)^Markdown Content:[ \t]*\r?\n/muy;
const PUBLISHED = /^Published Time:[ \t]*(.+)$/mu;

/** Markdown that page text never holds: an ATX heading ("## 小标题", not "#话题#"), a picture, a link, a list item, strong text, a fence. */
const SIGNALS = [
  /^#{1,6}[ \t]+\S/mu,
  /!\[[^\]\n]*\]\([^)\s]+(?:\s+"[^"\n]*")?\)/u,
  /(?<!!)\[[^\]\n]+\]\((?:https?:\/\/|\/)[^)\s]*\)/u,
  /^[ \t]{0,3}[*+-][ \t]+\S/mu,
  /\*\*[^*\n]+\*\*/u,
  /^```/mu,
];

/** At least two kinds of Markdown, one of them a heading, a picture or a link. */
function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 20_000);
  const found = SIGNALS.map((signal) => signal.test(head));
  return found.filter(Boolean).length >= 2 && (found[0] === true || found[1] === true || found[2] === true);
}

export interface MarkdownPage {
  html: string;
  /** The page's address, where the reader service's header gives it. */
  url?: string;
}

/** The page as HTML, when the text is Markdown; undefined for any other page text. */
export function markdownPage(text: string): MarkdownPage | undefined {
  // The header opens the file: a "Title:" line further down is the text's own.
  READER_HEADER.lastIndex = 0;
  const header = /^\uFEFF?Title:/u.test(text) ? READER_HEADER.exec(text) : null;
  const markdown = header ? text.slice(header.index + header[0].length) : text;
  if (!header && !looksLikeMarkdown(text)) return undefined;
  const title = header?.[1]?.trim();
  const url = header?.[2] !== undefined && /^https?:\/\//iu.test(header[2]) ? header[2] : undefined;
  const published = header ? PUBLISHED.exec(header[3] ?? "")?.[1]?.trim() : undefined;
  const facts = { ...(title ? { title } : {}), ...(published ? { published } : {}), ...(url ? { url } : {}) };
  return { html: storyPageHtml(facts, marked.parse(markdown) as string), ...(url ? { url } : {}) };
}
