// One HTML page → its article, or the reason it holds none. The DOM is read once: metadata
// first, the related list kept aside, chrome taken out, the story's block found by text
// density, then its lines read in order into sections with their subheads and pictures.
import { cleanName } from "../../content/clean-text";
import type { Byline, Figure, RelatedLink, Section } from "../../content/feed-schema";
import type { ParsedArticle } from "../parse/article";
import { parseByline, splitTrailingByline } from "../parse/byline";
import { isChromeLine, isCommentBoxLine, isFooterLine } from "../parse/chrome";
import { dateFromUrl, findDate, findLatinDate, type PageDate } from "../parse/dates";
import { charLength, fitsIn } from "../parse/lines";
import { parseMetaLine, type MetaLine } from "../parse/meta";
import type { ParsedPage } from "../parse/page";
import { headingShaped } from "../parse/sections";
import { readBlocks, type Block } from "./blocks";
import { dropChrome, findRelated, RELATED_HEADING } from "./chrome";
import { measure, findBody } from "./density";
import { parseDocument, textOf } from "./dom";
import { absoluteUrl } from "../urls";
import { readPageMeta, type PageMeta } from "./meta";
import { chooseTitle, siteNameFrom } from "./title";
import { NO_TEXT, NOT_AN_ARTICLE, TOO_DEEP } from "../page-reasons";

/** `url`: the address the page gives as its own (canonical link, og:url), when it names one. */
export type HtmlPage = { page: ParsedPage; url?: string } | { reason: string };


/** "（来源：新华社）" in brackets: on a line of its own, or after the story's last sentence ("…宣誓。（来源：示例日报）"). */
const BRACKETED_SOURCE = String.raw`[(（]\s*(?:来源|稿源|转自|综合整理自|综合自|整理自|编译自)\s*[:：]?\s*([^()（）]{1,30})[)）]$`;
const SOURCE_LINE = new RegExp(`^${BRACKETED_SOURCE}`, "u");
const TRAILING_SOURCE = new RegExp(`(?<=[。！？!?”」)）】])\\s*${BRACKETED_SOURCE}`, "u");
/** "摄影/张艳 编辑/苏芳", "…供稿": a credit line with slashes, at the story's end. */
const SLASH_CREDIT = /(?:^|\s)(?:摄影|摄像|编辑|责编|文|图|撰文|作者|校对|审核)\s*[/／]\s*\S|供稿(?:\s|$)/u;
/**
 * "By Jane Smith", "BY JANE SMITH AND JOHN DOE, April 5", French "Par Marie Dupont et Jean
 * Martin", Spanish "Por Ana García y Luis Pérez": a Latin-script byline over the story.
 */
const LATIN_BYLINE = /^(?:By|BY|by|Par|PAR|par|Por|POR|por)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|AND|et|ET|y|Y|&))*?)(?:\s*[,|·•–—]|\s+\d|$)/u;
const latinWriters = (byline: RegExpExecArray) => (byline[1] as string).split(/\s+(?:and|AND|et|ET|y|Y|&)\s+/u);
const SLASH_EDITOR = /(?:责任编辑|编辑|责编)\s*[/／:：]\s*([\p{Script=Han}]{2,4})/gu;
/** "相关资讯请关注：…专区", "更多精彩请访问…": a pointer to the site, not the story. */
const PROMO = /^(?:相关|更多)(?:资讯|精彩|内容|新闻|文章|报道)?.{0,6}请(?:关注|访问|点击|登录)/u;
const CAPTION_START = /^(?:[▲△↑]|图[为片示：:\d]|[(（]图|[上下左右]图|配图)/u;
const PHOTO_CREDIT = /[(（][^()（）]{0,20}(?:摄|供图|图片来源)[^()（）]{0,10}[)）]$/u;
const ORIGINAL_TITLE = /^[(（【[]?\s*原(?:标题|题)\s*[:：]/u;
const LABELLED_DATE = /(?:发布|发表|更新|时间|日期)/u;

interface Header {
  date?: PageDate;
  /** "发布时间：10-08": a month and day printed without a year, as "10-08". */
  monthDay?: string;
  source?: string;
  unlabelled?: string;
  writers: string[];
  editors: string[];
  credits: string[];
}

function addMeta(header: Header, meta: MetaLine): void {
  header.date ??= meta.date;
  header.source ??= meta.source;
  header.unlabelled ??= meta.unlabelled;
  header.writers.push(...(meta.writers ?? []));
  header.editors.push(...(meta.editors ?? []));
  header.credits.push(...(meta.credits ?? []));
}

/** A line of the header zone or of the story's edges: a date, source or credit line, not prose. */
function metaOf(text: string): MetaLine | undefined {
  if (charLength(text) > 80) return undefined;
  const meta = parseMetaLine(text);
  if (meta === undefined) return undefined;
  return meta.date !== undefined || meta.source !== undefined || meta.credits !== undefined ? meta : undefined;
}

/** Counters and bare numbers ("4", "3573") are widgets, not text. */
const BARE_NUMBER = /^[\d\s.,:：|/-]+$/u;
const isNoise = (text: string) => BARE_NUMBER.test(text) || PROMO.test(text) || isChromeLine(text) || isFooterLine(text) || isCommentBoxLine(text);

interface Body {
  sections: Section[];
  byline?: Byline;
  source?: string;
  chars: number;
  prose: number;
}

/** The story's blocks → sections; header lines at its top and credit lines at its end are read, not kept. */
function buildBody(blocks: readonly Block[], title: string, header: Header): Body {
  const sections: Section[] = [];
  let current: Section = { paragraphs: [] };
  let figures: Figure[] = [];
  let byline: Byline | undefined;
  let source: string | undefined;
  let chars = 0;
  let prose = 0;
  let started = false;
  const bareTitle = title.replace(/\s+/gu, "");
  const close = () => {
    if (figures.length > 0) current.figures = figures;
    if (current.paragraphs.length > 0 || figures.length > 0) sections.push(current);
    figures = [];
  };
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as Block;
    if (block.kind === "image") {
      const next = blocks[i + 1];
      let caption: string | undefined;
      if (next?.kind === "caption") caption = next.text;
      else if (next?.kind === "text" && charLength(next.text) <= 120 && (next.centered || CAPTION_START.test(next.text) || PHOTO_CREDIT.test(next.text))) caption = next.text;
      if (caption !== undefined) i += 1;
      // A picture whose address is lost takes its caption with it.
      if (block.url === undefined) continue;
      figures.push({
        before: current.paragraphs.length,
        url: block.url,
        ...(block.alt !== undefined && block.alt !== caption ? { alt: block.alt } : {}),
        ...(caption !== undefined ? { caption } : {}),
        ...(block.width !== undefined ? { width: block.width } : {}),
        ...(block.height !== undefined ? { height: block.height } : {}),
      });
      continue;
    }
    if (block.kind === "caption") continue;
    const text = block.text;
    if (text.replace(/\s+/gu, "") === bareTitle) continue;
    // A related list or comment box under the story ends it.
    if (started && (RELATED_HEADING.test(text) || isCommentBoxLine(text))) break;
    const verbatim = block.kind === "text" && block.verbatim === true;
    // A table's row of figures is data, not a counter; a line of code is code.
    if (!verbatim && isNoise(text)) continue;
    // "原标题：…": the headline the story first ran under, a note about it, not its text.
    if (ORIGINAL_TITLE.test(text) && charLength(text) <= 80) continue;
    // Over the story's first paragraph, a date or source line is the header's.
    if (!started && charLength(text) <= 60 && readHeaderLine(text, header, false)) continue;
    const latinByline = !started && charLength(text) <= 100 ? LATIN_BYLINE.exec(text) : null;
    if (latinByline) {
      header.writers.push(...latinWriters(latinByline));
      continue;
    }
    const meta = metaOf(text);
    if (meta !== undefined && charLength(text) <= 50) {
      // Below it, 来源/作者/编辑 lines wherever they sit; a date there is the story's text.
      if (meta.source !== undefined || meta.credits !== undefined) {
        if (started && meta.editors !== undefined && meta.writers === undefined) byline ??= parseByline(text) ?? { text, editors: meta.editors };
        else addMeta(header, meta);
        continue;
      }
    }
    const credit = parseByline(text);
    if (credit !== undefined) {
      byline ??= credit;
      continue;
    }
    if (charLength(text) <= 60 && !/[。！？]/u.test(text) && SLASH_CREDIT.test(text)) {
      const editors = [...text.matchAll(SLASH_EDITOR)].map((m) => m[1] as string);
      byline ??= { text, ...(editors.length > 0 ? { editors } : {}) };
      continue;
    }
    const sourceLine = SOURCE_LINE.exec(text);
    if (sourceLine) {
      source ??= sourceLine[1]?.trim();
      continue;
    }
    // A subhead: a heading element, or a short line set in bold or standing on its own
    // before a paragraph (pages that write their story as lines between <br>s).
    const next = blocks[i + 1];
    // A list item is one of the story's lines, however short.
    const heading =
      block.kind === "heading" ||
      (block.mark === undefined && !verbatim &&
      (next?.kind === "text" && !headingShaped(next.text) && (block.strong || (!block.centered && charLength(text) <= 12))));
    if (heading && (block.kind === "heading" ? headingElementShaped(text) : headingShaped(text))) {
      close();
      current = { heading: text, paragraphs: [] };
      started = true;
      continue;
    }
    current.paragraphs.push(block.kind === "text" && block.mark !== undefined ? `${block.mark}${text}` : text);
    started = true;
    chars += charLength(text);
    if (/[。！？!?；;，,]/u.test(text)) prose += 1;
  }
  close();
  // "…尽快缩小差距。(责编：王五)", "…宣誓。（来源：示例日报）": the credit and the source at
  // the very end of the last paragraph, in either order.
  const last = sections.at(-1);
  for (let round = 0; last !== undefined && round < 2; round += 1) {
    const lastText = last.paragraphs.at(-1);
    if (lastText === undefined) break;
    const trailing = byline === undefined ? splitTrailingByline(lastText) : undefined;
    const trailingSource = source === undefined ? TRAILING_SOURCE.exec(lastText) : null;
    if (trailing) {
      byline = trailing.byline;
      last.paragraphs[last.paragraphs.length - 1] = trailing.text;
    } else if (trailingSource && trailingSource.index > 0) {
      source = trailingSource[1]?.trim();
      last.paragraphs[last.paragraphs.length - 1] = lastText.slice(0, trailingSource.index).trimEnd();
    } else break;
  }
  return { sections, ...(byline ? { byline } : {}), ...(source !== undefined ? { source } : {}), chars, prose };
}

/**
 * A subhead the page sets in a heading element: longer and more punctuated than one guessed
 * from a short line ("Step one: grind", "Why it matters, and what comes next?"), though still
 * not a paragraph of sentences.
 */
function headingElementShaped(text: string): boolean {
  return headingShaped(text) || (fitsIn(text, 80) && !/[。！!….]$|[。！？!?；;].+[。！？!?]$/u.test(text));
}

/** "发布时间：18-03-08 23:16": a two-digit year, read only beside a label. */
const SHORT_YEAR = /(?:发布|发表|时间|日期)[^\d]{0,4}(\d{2})-(\d{1,2})-(\d{1,2})(?:\s*(\d{1,2}:\d{2}))?/u;

const MONTH_DAY = /(?:发布|发表|时间|日期)[^\d]{0,4}(\d{1,2})-(\d{1,2})(?![\d-])/u;

/**
 * A line of the header under the headline, read into `header`; true when it was one. Besides
 * date, source and credit lines: "发表于2014-08-24 21:30 | 阅读 12" (a date in this zone is the
 * story's), "发布时间：18-03-08" (a two-digit year) and "发布时间：10-08" (no year at all).
 */
function readHeaderLine(line: string, header: Header, zone: boolean): boolean {
  if (charLength(line) > 80) return false;
  // "By Jane Smith | September 26, 2019": the writers, then whatever the line says besides.
  const latin = LATIN_BYLINE.exec(line);
  if (latin) header.writers.push(...latinWriters(latin));
  const text = latin ? line.slice(latin[0].length).trim() : line;
  if (latin && text === "") return true;
  const meta = metaOf(text);
  if (meta) {
    addMeta(header, meta);
    return true;
  }
  // A date with little beside it: "（2007年6月29日第十届…会议通过）" is a note, not a date line.
  const dated = findDate(text) ?? findLatinDate(text);
  // Between the headline and the story any date is the story's; at the story's top, only a
  // date with little beside it.
  const found = dated && (zone || charLength(text.replace(dated.match, "")) <= 16) ? dated : undefined;
  const short = SHORT_YEAR.exec(text);
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay) header.monthDay ??= `${monthDay[1]?.padStart(2, "0")}-${monthDay[2]?.padStart(2, "0")}`;
  header.date ??= found?.date ?? (short ? findDate(`20${short[1]}-${short[2]}-${short[3]} ${short[4] ?? ""}`)?.date : undefined);
  return latin !== null || found !== undefined || short !== null || monthDay !== null;
}

/** The header zone: lines after the headline and before the story (the date and source line). */
function readHeaderZone(blocks: readonly Block[], header: Header): void {
  for (const block of blocks) if (block.kind === "text") readHeaderLine(block.text, header, true);
}

/** Where nothing else gave a date: a labelled date line anywhere on the page ("发布时间：…"). */
function labelledDate(blocks: readonly Block[]): PageDate | undefined {
  for (const block of blocks) {
    if (block.kind !== "text" || charLength(block.text) > 60 || !LABELLED_DATE.test(block.text)) continue;
    const found = findDate(block.text);
    if (found) return found.date;
  }
  return undefined;
}

function sameDay(a: PageDate, b: PageDate): boolean {
  return a.iso.slice(0, 10) === b.iso.slice(0, 10);
}

const RANK = { day: 0, minute: 1, second: 2 } as const;

function chooseDate(printed: PageDate | undefined, meta: PageDate | undefined): PageDate | undefined {
  if (printed && meta && sameDay(printed, meta) && RANK[meta.precision] > RANK[printed.precision]) return meta;
  return printed ?? meta;
}

/** The writers the page names; a site naming itself as the author ("CSDN.NET") is not one. */
function authorsOf(header: Header, meta: PageMeta, publisher: string | undefined): string[] {
  const names = (header.writers.length > 0 ? header.writers : (meta.authors ?? [])).flatMap((n) => cleanName(n) ?? []);
  return [...new Set(names)].filter((n) => charLength(n) <= 30 && n !== publisher && !(meta.docTitle ?? "").endsWith(n));
}

/**
 * The page's declared language, where its text bears it out: many Chinese sites are built
 * from templates that say lang="en", and a Chinese story set as English would read badly.
 */
function declaredLanguage(declared: string | undefined, sections: readonly Section[]): string | undefined {
  if (declared === undefined || /^zh\b/iu.test(declared)) return declared;
  const text = sections.flatMap((s) => s.paragraphs).join("");
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return letters > 0 && han / letters < 0.2 ? declared : undefined;
}

export function parseHtmlPage(html: string, givenUrl?: string): HtmlPage {
  const doc = parseDocument(html);
  if (doc === undefined) return { reason: TOO_DEEP };
  const meta = readPageMeta(doc);
  const root = doc.body ?? doc.documentElement;
  if (root === null) return { reason: NO_TEXT };
  const baseHref = doc.querySelector("base[href]")?.getAttribute("href");
  const pageUrl = givenUrl ?? absoluteUrl(baseHref, undefined) ?? absoluteUrl(meta.url, undefined);
  const related: RelatedLink[] = findRelated(root, pageUrl);
  dropChrome(root);
  if (textOf(root) === "") return { reason: NO_TEXT };
  const stats = measure(root);
  const body = findBody(stats);
  if (body === undefined) return { reason: NOT_AN_ARTICLE };
  const title = chooseTitle(root, meta.docTitle, meta.headline, stats, body);
  if (title === undefined) return { reason: NOT_AN_ARTICLE };

  const header: Header = { writers: [], editors: [], credits: [] };
  // The lines between the headline and the story: where the date and source are printed.
  const bodyBlocks = readBlocks(body, pageUrl);
  const titleEl = title.el ?? elementWithText(root, title.text);
  if (titleEl === undefined || !body.contains(titleEl)) readHeaderZone(zoneBetween(root, titleEl, body, pageUrl), header);
  // A headline inside the story's block may still have its date line just above that block.
  else readHeaderZone(zoneBetween(root, undefined, body, pageUrl).slice(-3), header);
  let fromTitle = titleEl !== undefined && body.contains(titleEl) ? indexAfterTitle(bodyBlocks, title.text) : 0;
  // A headline printed over several lines at the story's top ("…的决议" in three centred
  // lines) is the headline, not a paragraph and a subhead.
  const lead = titleLines(bodyBlocks, fromTitle, title.text);
  if (lead.count > 0) {
    fromTitle += lead.count;
    if (title.el === undefined && bareText(lead.joined) === bareText(title.text)) title.text = lead.joined;
  }
  const story = buildBody(bodyBlocks.slice(fromTitle), title.text, header);
  if (story.chars < 80 || story.prose === 0) return { reason: NOT_AN_ARTICLE };

  const printed = header.date ?? labelledDate(readBlocks(root, pageUrl));
  // "发布时间：10-08" with no year: the metadata's date of that same day gives the year.
  const sameDayMeta = [meta.date, meta.modified].find((d) => d !== undefined && header.monthDay !== undefined && d.iso.slice(5, 10) === header.monthDay);
  const dayOnly = sameDayMeta ? { iso: `${sameDayMeta.iso.slice(0, 10)}T00:00:00+08:00`, precision: "day" as const } : undefined;
  // Last, the day the page's own address files it under (/2019/09/26/, /201909/t20190926_…).
  const date = chooseDate(printed, meta.date) ?? dayOnly ?? dateFromUrl(pageUrl ?? absoluteUrl(meta.url, undefined));
  const source = header.source ?? story.source ?? meta.source ?? (header.unlabelled !== undefined ? header.unlabelled : undefined);
  const publisher = meta.publisher ?? siteNameFrom(meta.docTitle, title.text);
  const authors = authorsOf(header, meta, publisher);
  const headerByline: Byline | undefined =
    header.credits.length > 0
      ? {
          text: header.credits.join(" "),
          ...(header.writers.length > 0 ? { writers: [...new Set(header.writers)] } : {}),
          ...(header.editors.length > 0 ? { editors: [...new Set(header.editors)] } : {}),
        }
      : undefined;
  const byline = story.byline ?? headerByline ?? editorLineAfter(root, body, pageUrl);
  // A site's logo is not the story's picture.
  const image = meta.image !== undefined && !/logo|icon|avatar/iu.test(meta.image) ? absoluteUrl(meta.image, pageUrl) : undefined;
  const ownTitles = new Set([title.text]);
  const language = declaredLanguage(meta.language, story.sections);
  const article: ParsedArticle = {
    title: title.text,
    ...(publisher !== undefined && publisher !== source ? { publisher } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(byline !== undefined ? { byline } : {}),
    sections: story.sections,
    ...(authors.length > 0 ? { authors } : {}),
    ...(related.length > 0 ? { related: related.filter((r) => !ownTitles.has(r.title)) } : {}),
    ...(image !== undefined ? { image } : {}),
    ...(language !== undefined ? { language } : {}),
  };
  // The page's own address is where 阅读原文 leads; a site that gives its home page there names none.
  const ownUrl = absoluteUrl(meta.url, undefined);
  const own = ownUrl !== undefined && new URL(ownUrl).pathname.length > 1 ? { url: ownUrl } : {};
  return { page: { article, posts: [], trending: [] }, ...own };
}

/** The headline's element when it was chosen from metadata: the innermost one printing it. */
function elementWithText(root: Element, text: string): Element | undefined {
  const bare = text.replace(/\s+/gu, "");
  let found: Element | undefined;
  for (const el of root.querySelectorAll("h1, h2, h3, h4, h5, h6, div, span, p, strong, td")) {
    if (textOf(el).replace(/\s+/gu, "") === bare) found = el;
  }
  return found;
}

/**
 * Blocks after the headline and before the story's block, read in document order. Without a
 * headline element, the last lines before the story.
 */
function zoneBetween(root: Element, titleEl: Element | undefined, body: Element, pageUrl: string | undefined): Block[] {
  const doc = root.ownerDocument;
  const start = doc.createElement("qingyue-zone");
  const end = doc.createElement("qingyue-zone");
  if (titleEl) titleEl.after(start);
  body.before(end);
  const blocks: Block[] = [];
  let inZone = titleEl === undefined;
  let done = false;
  const collect = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (done) return;
      if (child === start) inZone = true;
      else if (child === end) done = true;
      else if (child.querySelector("qingyue-zone") !== null) collect(child);
      else if (inZone) blocks.push(...readBlocks(child, pageUrl, true));
    }
  };
  collect(root);
  start.remove();
  end.remove();
  return blocks.slice(-12);
}

const bareText = (s: string) => s.replace(/[\s\u3000]+/gu, "");

/** The lines from `from` on that are pieces of the headline, and the headline they make. */
function titleLines(blocks: readonly Block[], from: number, title: string): { count: number; joined: string } {
  const bare = bareText(title);
  let count = 0;
  let joined = "";
  for (let i = from; i < blocks.length; i += 1) {
    const block = blocks[i] as Block;
    if (block.kind !== "text" && block.kind !== "heading") break;
    const piece = bareText(block.text);
    if (charLength(piece) < (count === 0 ? 4 : 2) || !bare.includes(piece) || piece === bare) break;
    count += 1;
    joined += block.text;
  }
  return count >= 2 || bareText(joined) === bare ? { count, joined } : { count: 0, joined: "" };
}

/** "作者：未知 责任编辑：棒棒不是糖" just under the story's block: its editor line. */
function editorLineAfter(root: Element, body: Element, pageUrl: string | undefined): Byline | undefined {
  const doc = root.ownerDocument;
  const start = doc.createElement("qingyue-zone");
  body.after(start);
  const blocks: Block[] = [];
  let inZone = false;
  const collect = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (blocks.length >= 6) return;
      if (child === start) inZone = true;
      else if (child.querySelector("qingyue-zone") !== null) collect(child);
      else if (inZone) blocks.push(...readBlocks(child, pageUrl, true));
    }
  };
  collect(root);
  start.remove();
  for (const block of blocks.slice(0, 6)) {
    if (block.kind !== "text" || charLength(block.text) > 60) continue;
    const meta = parseMetaLine(block.text);
    if (meta?.editors !== undefined) return { text: block.text, editors: meta.editors };
    const credit = parseByline(block.text);
    if (credit?.editors !== undefined) return credit;
  }
  return undefined;
}

function indexAfterTitle(blocks: readonly Block[], title: string): number {
  const bare = title.replace(/\s+/gu, "");
  const at = blocks.findIndex((b) => (b.kind === "heading" || b.kind === "text") && b.text.replace(/\s+/gu, "") === bare);
  return at === -1 ? 0 : at + 1;
}
