// One scraped page → what it holds: the article (if any), the whole posts after it, and the
// trending/related lists, with the page chrome left out. Pure: text in, structure out.
import { isTitleLike, readArticle, type ParsedArticle } from "./article";
import { isPublisherLine, parseMetaLine } from "./meta";
import { looksLikeMenu } from "./bullets";
import { classifyPage, nextFilled, textOf, type Line } from "./classify";
import { CLAUSE_PUNCT, fitsIn } from "./lines";
import type { ParsedPost } from "./posts";
import { afterBody, headlineOverBody, leadsInto, mainBody, proseAfter, type BodyRun } from "./main-body";
import { listHeadingAt, readList, readTail } from "./tail";
import type { ParsedTrending } from "./trending";

export interface ParsedPage {
  article?: ParsedArticle;
  posts: ParsedPost[];
  trending: ParsedTrending[];
  /** True when the page held only lists of headlines: a list page, not an article. */
  onlyHeadlines?: boolean;
}

/** A bullet menu at `i` (with or without a heading that is not a story list), and where it ends. */
function menuAt(lines: readonly Line[], i: number): number | undefined {
  const heading = listHeadingAt(lines, i);
  const start = heading ? nextFilled(lines, i + 1) : i;
  if (lines[start]?.kind !== "bullet") return undefined;
  const block = readList(lines, start, "bullets");
  return looksLikeMenu(block.items) ? block.end : undefined;
}

/**
 * Skips what comes before the story: chrome, breadcrumbs, navigation menus (bullets of a few
 * characters) and the site name over them. A story list here means a page without an article.
 */
function skipPreamble(lines: readonly Line[]): number {
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.kind === "blank" || line.kind === "chrome" || line.kind === "footer") {
      i += 1;
      continue;
    }
    const menuEnd = menuAt(lines, i);
    if (menuEnd !== undefined) {
      i = menuEnd;
      continue;
    }
    // The site's name on a line of its own, right above its menu.
    if (line.kind === "text" && fitsIn(line.text, 20) && menuAt(lines, i + 1) !== undefined) {
      i += 1;
      continue;
    }
    return i;
  }
  return i;
}

/** How far below the page's top a headline's date or source line is looked for. */
const HEADER_REACH = 12;

/**
 * A masthead, a site or channel name and navigation above the headline: the headline is the
 * first line of the block right above the first date or source line, when everything before
 * that block is short lines and chrome.
 */
function skipMasthead(lines: readonly Line[], start: number): number {
  return headlineOverHeader(lines, afterTopMenu(lines, start));
}

/** "青山新闻网 / 地方频道 / 首页 | 地方 | 财经": short lines over a navigation line are the masthead. */
function afterTopMenu(lines: readonly Line[], start: number): number {
  let i = start;
  let after = start;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.kind === "chrome") after = nextFilled(lines, i + 1);
    else if (!(line.kind === "blank" || (line.kind === "text" && fitsIn(line.text, 20)))) break;
    i += 1;
  }
  return after < lines.length && isTitleLike(lines, after) ? after : start;
}

function headlineOverHeader(lines: readonly Line[], start: number): number {
  let meta: number | undefined;
  for (let i = start, seen = 0; i < lines.length && seen < HEADER_REACH; i += 1) {
    const line = lines[i] as Line;
    if (line.kind !== "text") continue;
    seen += 1;
    const parsed = parseMetaLine(line.text);
    if (parsed?.date !== undefined || parsed?.source !== undefined) {
      meta = i;
      break;
    }
  }
  if (meta === undefined) return start;
  let block = meta;
  while (block - 1 >= start && lines[block - 1]?.kind === "text") block -= 1;
  if (block <= start || block === meta) return headlineUnderMenu(lines, start, meta);
  for (let i = start; i < block; i += 1) {
    const line = lines[i] as Line;
    if (line.kind === "bullet" || line.kind === "counts" || (line.kind === "text" && !fitsIn(line.text, 20))) return start;
  }
  return isTitleLike(lines, block) ? block : start;
}

/** A line of a site's menu: a channel name ("新闻", "搜狐首页"), or channel names set apart by spaces. */
const isMenuText = (text: string) => text.split(/\s+/u).every((part) => fitsIn(part, 6) && !CLAUSE_PUNCT.test(part));

/**
 * A menu set one channel a line right above the headline, with no blank line between them:
 * the headline is the title-like line just over the header line, when every line above it is
 * a menu's.
 */
function headlineUnderMenu(lines: readonly Line[], start: number, meta: number): number {
  let headline = meta - 1;
  // A writer's line ("澎湃新闻记者 张三") may sit between the headline and the date.
  while (headline > start && parseMetaLine(textOf(lines[headline]) ?? "") !== undefined) headline -= 1;
  if (headline <= start || !isTitleLike(lines, headline)) return start;
  for (let i = start; i < headline; i += 1) {
    const line = lines[i] as Line;
    if (line.kind === "bullet" || line.kind === "counts" || (line.kind === "text" && !isMenuText(line.text))) return start;
  }
  return headline;
}

/** The story of a whole page's text: its headline, its lines with what follows its body made chrome, and the body's last line. */
interface WholePage {
  start: number;
  lines: Line[];
  /** The body's last line, and the line after the last that is the story's. */
  span: { through: number; until: number };
  /** The subtitle set under the headline, over the header. */
  subtitle?: string;
}

/** Lines of the site's own (menus, channels, a login bar) over a story that make its text a whole page's. */
const SITE_LINES = 5;

/**
 * A whole page's text (its sidebars and channel lists over the story): the page's main body,
 * when a headline with its header leads into it below where the story would otherwise start.
 */
function wholePageStory(lines: readonly Line[], top: number): WholePage | undefined {
  const siteLines = lines.slice(0, top).filter((line) => line.kind !== "blank").length;
  // The story where the masthead ends, its header leading into its prose: the page's own story, read as it is.
  if (siteLines < SITE_LINES && leadsInto(lines, top, { first: proseAfter(lines, top), last: lines.length, chars: 0 })) return undefined;
  const run = mainBody(lines);
  if (run === undefined) return undefined;
  // Else a headline with no header under it: the masthead's end, right over the body.
  const over = (): { headline: number; body: BodyRun } | undefined => {
    let between = 0;
    for (let i = top + 1; i < run.first && between <= 2; i += 1) if (lines[i]?.kind === "text") between += 1;
    return between <= 2 && isTitleLike(lines, top) ? { headline: top, body: run } : undefined;
  };
  const found = headlineOverBody(lines, run) ?? over();
  if (found === undefined || found.headline < top) return undefined;
  const { headline, body } = found;
  // Found where the masthead ends too, the story is a whole page's when the site's own lines over it run long.
  if (headline === top && siteLines < SITE_LINES) return undefined;
  const after = afterBody(lines, body);
  // "山西品牌丝路行（南美站）正式启动" over "成功举办…推介会", the site's lines over both: a headline and its subtitle.
  const main = headline - 1;
  const subtitled = main >= top && isTitleLike(lines, main) && !isPublisherLine(textOf(lines[main]) ?? "") && [undefined, "blank", "chrome"].includes(lines[main - 1]?.kind);
  const start = subtitled ? main : headline;
  // Header lines a whole page spaces out ("加拿大必读", a blank, "发布时间：…") are read as one header; a subtitle
  // is not one of them, nor is a counter's bare number ("4": the reads or comments so far).
  const isCounter = (line: Line) => line.kind === "text" && /^\d{1,9}$/u.test(line.text);
  const overBody = (line: Line, i: number) => i > start && i < body.first && (line.kind === "blank" || isCounter(line) || (subtitled && i === headline));
  // Under the body, what is not the story's (afterBody) goes as chrome too.
  const underBody = (line: Line, i: number) => i > body.last && i < after.end && !after.kept.has(i) && (line.kind === "text" || line.kind === "bullet");
  const story = lines.map((line, i) => (overBody(line, i) || underBody(line, i) ? { kind: "chrome" as const } : line));
  const subtitle = subtitled ? textOf(lines[headline]) : undefined;
  return { start, lines: story, span: { through: body.last, until: after.end }, ...(subtitle !== undefined ? { subtitle } : {}) };
}

export function parsePage(text: string): ParsedPage {
  const classified = classifyPage(text);
  const top = skipMasthead(classified, skipPreamble(classified));
  const whole = wholePageStory(classified, top);
  const lines = whole?.lines ?? classified;
  const start = whole?.start ?? top;
  const read = readArticle(lines, start, whole?.span);
  const found = readTail(lines, read ? read.end : start);
  // What follows a whole page's story is its sidebars: their lists, never whole posts.
  const tail = whole !== undefined && read !== undefined ? { ...found, posts: [] } : found;
  const related = tail.headlines.map((title) => ({ title }));
  const story = read && whole?.subtitle !== undefined ? { ...read.article, summary: whole.subtitle } : read?.article;
  const article = story && related.length > 0 ? { ...story, related: [...(story.related ?? []), ...related] } : story;
  const onlyHeadlines = !article && tail.posts.length === 0 && tail.trending.length === 0 && related.length > 0;
  return { ...(article ? { article } : {}), posts: tail.posts, trending: tail.trending, ...(onlyHeadlines ? { onlyHeadlines } : {}) };
}
