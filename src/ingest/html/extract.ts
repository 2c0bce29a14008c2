// One HTML page → its article, or the reason it holds none. The DOM is read once: metadata
// first, the related list kept aside, chrome taken out, the story's block found by text
// density, then its lines read in order into sections with their subheads and pictures.
import type { Byline, Figure, RelatedLink, Section } from "../../content/feed-schema";
import type { ParsedArticle, TableRow } from "../parse/article";
import { authorNames, bylineReporters, joinBylines, latinByline, parseByline, splitTrailingByline, withoutSource } from "../parse/byline";
import { isChromeLine, isCommentBoxLine } from "../parse/chrome";
import { calendarDate, dateFromUrl, findDate, findLatinDate, type PageDate } from "../parse/dates";
import { charLength, fitsIn } from "../parse/lines";
import { isOriginalTitleLine, isPublisherLine, originNote, parseMetaLine, withoutWidgets, type MetaLine } from "../parse/meta";
import type { ParsedPage } from "../parse/page";
import { colonHeading, headingShaped, NUMBERED_HEADING, numberedColonHeading } from "../parse/sections";
import { readBlocks, type Block } from "./blocks";
import { isCaptionLine, withoutPictureCount } from "./captions";
import { dateBeforeByline, endsStory, isReadAlsoLabel, isUpdatedLine, isWriterRole, READING_TIME } from "./latin-lines";
import { addLeadFigures } from "./lead-figures";
import { kickerOver } from "./kicker";
import { withEntryTimes } from "./live-times";
import { unfoldHeldStories } from "./held-story";
import { isAccountPage } from "./accounts";
import { isNoise } from "./story-noise";
import { dekShaped, isDekBlock, summaryText } from "./subtitle";
import { dropChrome, dropStoryLists, findRelated, RELATED_HEADING } from "./chrome";
import { measure, findBody, titleColumn, type Stats } from "./density";
import { namesOf, parseDocument, textOf } from "./dom";
import { absoluteUrl } from "../urls";
import { jsonLdStory, readPageMeta, scriptDate, scriptPublisher, type PageMeta } from "./meta";
import { storyHtml } from "./ld-story";
import { GATED_STORY_CHARS, isGated } from "./paywall";
import { chooseTitle, headlineUnderSiteTitle, siteNameFrom } from "./title";
import { markPlayers, markVideos } from "./videos";
import { isTeaserLines, isTeaserList } from "./teasers";
import { joinSiblingParagraphs, joinStoryParts } from "./split-story";
import { storyLanguageOf } from "./language";
import { append } from "../append";
import { NO_TEXT, NOT_AN_ARTICLE, TOO_DEEP } from "../page-reasons";

/** How long a printed date stands for: a change within it is no later change. */
const PRECISION_MS = { second: 1_000, minute: 60_000, day: 86_400_000 } as const;

/** `url`: the address the page gives as its own (canonical link, og:url), when it names one. */
export type HtmlPage = { page: ParsedPage; url?: string } | { reason: string };


/** "（来源：新华社）" in brackets: on a line of its own, or after the story's last sentence ("…宣誓。（来源：示例日报）"). */
const BRACKETED_SOURCE = String.raw`[(（]\s*(?:来源|稿源|转自|综合整理自|综合自|整理自|编译自)\s*[:：]?\s*([^()（）]{1,30})[)）]$`;
const SOURCE_LINE = new RegExp(`^${BRACKETED_SOURCE}`, "u");
const TRAILING_SOURCE = new RegExp(`(?<=[。！？!?”」)）】])\\s*${BRACKETED_SOURCE}`, "u");
/** "摄影/张艳 编辑/苏芳", "…供稿": a credit line with slashes, at the story's end. */
const SLASH_CREDIT = /(?:^|\s)(?:摄影|摄像|编辑|责编|文|图|撰文|作者|校对|审核)\s*[/／]\s*\S|供稿(?:\s|$)/u;
/** "图片来源：网络", "视频来源：青山县融媒体中心": where the story's pictures or video came from, a credit. */
const MEDIA_CREDIT = /^(?:图片|视频|图|配图|题图|封面图?)(?:来源|来自|提供)\s*[:：]/u;
const SLASH_EDITOR = /(?:责任编辑|编辑|责编)\s*[/／:：]\s*([\p{Script=Han}]{2,4})/gu;
const LABELLED_DATE = /(?:发布|发表|更新|时间|日期)/u;

interface Header {
  date?: PageDate;
  /** "发布时间：10-08": a month and day printed without a year, as "10-08". */
  monthDay?: string;
  /** "发布时间：10-08 12:00": the time printed beside that month and day. */
  monthTime?: string;
  source?: string;
  unlabelled?: string;
  writers: string[];
  editors: string[];
  credits: string[];
  /** The name linking to a writer's page under the headline. */
  profile?: string;
  /** The name by a platform account's avatar under the headline: the account that posted the story. */
  account?: string;
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

const EDITOR_INITIALS = /^[(（][a-zäöü]{2,5}(?:\s*\/\s*[a-zäöü]{2,5})*[)）]$/u;

/** A sentence's mark, or a full stop after a word ("…двенадцать гектаров. На его…"), not a date's or a version's. */
const PROSE = /[。！？!?；;，,،؛؟।]|\p{Ll}{2}\.(?:\s|$)/u;

interface Body {
  sections: Section[];
  /** The paragraphs quoted from elsewhere, and the lines of code, by their place in the whole story (from 0). */
  quotes: number[];
  code: number[];
  tables: TableRow[];
  byline?: Byline;
  source?: string;
  chars: number;
  prose: number;
}

/** The story's blocks → sections; header lines at its top and credit lines at its end are read, not kept. */
/** `writers`: the names the page's metadata gives, printed over the story on a line of their own. */
function buildBody(blocks: readonly Block[], title: string, header: Header, writers: readonly string[]): Body {
  const sections: Section[] = [];
  let current: Section = { paragraphs: [] };
  let figures: Figure[] = [];
  const quotes: number[] = [];
  const code: number[] = [];
  const tables: TableRow[] = [];
  let byline: Byline | undefined;
  let source: string | undefined;
  let chars = 0;
  let prose = 0;
  let started = false;
  let captionTaken = -1;
  const gallery = isGallery(blocks);
  // "记者：", "张三：" set bold again and again: an interview's turns, not its subheads.
  const labels = blocks.flatMap((b) => (b.kind === "text" && b.strong ? (colonHeading(b.text) ?? []) : []));
  const turns = new Set(labels.filter((label, i) => labels.indexOf(label) !== i));
  /** The subtitle that opens the story: its words, counted once the header under it is read. */
  let opening: string | undefined;
  /** Lines at the story's end that are each a link to another story, as many as there are. */
  let linkRun = 0;
  /** At the story's end, teasers of other stories: a linked headline over its summary, as many as there are. */
  const teasers = { pairs: 0, open: false };
  const bareTitle = title.replace(/\s+/gu, "");
  /** Paragraphs in the sections already closed. */
  let before = 0;
  const close = () => {
    if (figures.length > 0) current.figures = figures;
    if (current.paragraphs.length > 0 || figures.length > 0) sections.push(current);
    before += current.paragraphs.length;
    figures = [];
  };
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as Block;
    if (block.kind === "image") {
      linkRun = 0;
      const next = blocks[i + 1];
      const before = blocks[i - 1];
      let caption: string | undefined;
      // A <figcaption> set over its picture (not the one under the picture before, already taken).
      if (before?.kind === "caption" && captionTaken !== i - 1) caption = before.text;
      else {
        if (next?.kind === "caption") caption = next.text;
        else if (next?.kind === "text" && isCaptionLine(next.text, next.centered)) caption = next.text;
        // The words the picture's own alt text says again, or a short line set after it in its
        // paragraph, no sentence (a story written between <br>s may open with a picture).
        else if (next?.kind === "text" && charLength(next.text) <= 60 && (next.text === block.alt || (next.underPicture === true && !/[。！？]$/u.test(next.text)))) caption = next.text;
        // "东河镇农民抢收晚稻" in a plain paragraph of its own right under the picture: a few words,
        // no sentence, neither bold nor numbered as a subhead is, nor a link.
        else if (next?.kind === "text" && !next.strong && next.linked !== true && next.mark === undefined && next.verbatim !== true && headingShaped(next.text) && !NUMBERED_HEADING.test(next.text) && blocks[i + 2]?.kind === "text") caption = next.text;
        // A gallery (图集): each picture with the line under it, and nothing else.
        else if (next?.kind === "text" && gallery) caption = next.text;
        if (caption !== undefined) {
          i += 1;
          captionTaken = i;
        }
      }
      // A picture whose address is lost takes its caption with it.
      if (block.url === undefined) continue;
      if (caption !== undefined) caption = withoutPictureCount(caption);
      // A gallery (图集) tells its story in its captions.
      if (caption !== undefined && /[。！？，]/u.test(caption)) {
        chars += charLength(caption);
        prose += 1;
      }
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
    if (started && isCommentBoxLine(text)) break;
    if (started && (RELATED_HEADING.test(text) || endsStory(text))) {
      // A box of linked headlines set inside the story: the story goes on under it.
      const resume = storyAfterBox(blocks, i + 1);
      if (resume === undefined) break;
      i = resume - 1;
      continue;
    }
    // "Read also:" over a list of linked headlines set between the paragraphs: the label and its links go.
    if (started && isReadAlsoLabel(text)) {
      while (blocks[i + 1]?.kind === "text" && (blocks[i + 1] as { linked?: true }).linked === true) i += 1;
      continue;
    }
    const verbatim = block.kind === "text" && block.verbatim === true;
    // "本文来自微信公众号：青山视界，作者：王小明": where a republished story came from, though
    // it may end in a reprint notice ("转载请联系授权").
    const origin = originNote(text);
    if (origin !== undefined) {
      source ??= origin.source;
      if (header.writers.length === 0) header.writers.push(...origin.writers);
      continue;
    }
    // A table's row of figures is data, not a counter; a line of code is code.
    // "编辑｜张三 审核｜李四" reads like a menu, but names the story's people.
    const label = block.kind === "text" ? (block.strong ? colonHeading(text) : numberedColonHeading(text)) : undefined;
    // An interview's "记者：" is its speaker, not a template's empty credit.
    if (!verbatim && isNoise(text) && !(label !== undefined && turns.has(label))) {
      byline = joinBylines(byline, parseByline(text));
      continue;
    }
    // "原标题：…": the headline the story first ran under, a note about it, not its text.
    if (isOriginalTitleLine(text) || readIssueLine(text, header)) continue;
    // A blog's author box over the story's first paragraph, under its dek: the writer's name
    // alone on its line is not a subhead, "7 min read · Jun 1, 2022" or their post ("Technology
    // reporter") not a paragraph.
    if (chars === 0 && (isUpdatedLine(text) || isWriterRole(text) || (charLength(text) <= 60 && (writers.some((w) => isWriterLine(text, w)) || READING_TIME.test(text))))) {
      readHeaderLine(text, header, false);
      continue;
    }
    // Over the story's first paragraph, a date or source line is the header's.
    if (!started && charLength(text) <= 60 && readHeaderLine(text, header, false)) continue;
    // A line the page sets its <time> in, with a name at most beside it ("Иван Петров 10
    // сентября 2021, 12:00", "1 ביוני 2022"), is the header's in any language: the <time> gives the date.
    if (!started && block.kind === "text" && block.time !== undefined && isTimeLine(text, block.time)) {
      readHeaderLine(text, header, false);
      continue;
    }
    const latin = !started && charLength(text) <= 100 ? latinByline(text) : undefined;
    if (latin) {
      header.writers.push(...latin.writers);
      continue;
    }
    const meta = metaOf(text);
    if (meta !== undefined && charLength(text) <= 50) {
      // Below it, 来源/作者/编辑 lines wherever they sit; a date there is the story's text.
      if (meta.source !== undefined || meta.credits !== undefined) {
        if (started && meta.editors !== undefined && meta.writers === undefined) byline = joinBylines(byline, parseByline(text) ?? { text: withoutSource(withoutWidgets(text)), editors: meta.editors });
        else addMeta(header, meta);
        continue;
      }
    }
    const credit = parseByline(text);
    if (credit !== undefined) {
      byline = joinBylines(byline, credit);
      continue;
    }
    if (charLength(text) <= 60 && !/[。！？]/u.test(text) && (SLASH_CREDIT.test(text) || MEDIA_CREDIT.test(text))) {
      const editors = [...text.matchAll(SLASH_EDITOR)].map((m) => m[1] as string);
      byline = joinBylines(byline, { text, ...(editors.length > 0 ? { editors } : {}) });
      continue;
    }
    const sourceLine = SOURCE_LINE.exec(text);
    if (sourceLine) {
      source ??= sourceLine[1]?.trim();
      continue;
    }
    // A subtitle under the headline is the story's opening line, not its first subhead; the
    // byline and date under it are still the header's.
    const dek = block.kind === "heading" ? block.dek === true || dekShaped(text) || bylineUnder(blocks[i + 1], writers) : block.dek === true && charLength(text) >= 20;
    if (dek && !started && chars === 0 && sections.length === 0 && current.paragraphs.length === 0) {
      current.paragraphs.push(text);
      opening = text;
      continue;
    }
    // A subhead: a heading element, or a short line set in bold or standing on its own
    // before a paragraph (pages that write their story as lines between <br>s).
    const next = blocks[i + 1];
    // A list item is one of the story's lines, however short; a callout's 💡 names nothing.
    const heading =
      /[\p{L}\p{N}]/u.test(text) &&
      (block.kind === "heading" ||
      (block.mark === undefined && block.term !== true && !verbatim &&
      (next?.kind === "text" && !headingShaped(next.text) && (block.strong || (!block.centered && charLength(text) <= 12)))));
    const colonHead = label !== undefined && !turns.has(label) ? label : undefined;
    // "2021年3月1日" under a notice's signature is the day it was signed, never a subhead.
    const dateOnly = heading && findDate(text)?.match.trim() === text.trim();
    if (heading && !dateOnly && (block.kind === "heading" ? headingElementShaped(text) : headingShaped(text) || colonHead !== undefined)) {
      linkRun = 0;
      Object.assign(teasers, { pairs: 0, open: false });
      close();
      current = { heading: colonHead ?? text, paragraphs: [] };
      started = true;
      continue;
    }
    const at = before + current.paragraphs.length;
    if (block.kind === "text" && block.quote === true) quotes.push(at);
    if (block.kind === "text" && block.code === true) code.push(at);
    if (block.kind === "text" && block.row !== undefined) tables.push({ at, ...block.row });
    current.paragraphs.push(block.kind === "text" && block.mark !== undefined ? `${block.mark}${text}` : text);
    linkRun = block.kind === "text" && block.linked === true && charLength(text) <= 40 ? linkRun + 1 : 0;
    const linked = block.kind === "text" && block.linked === true;
    if (linked && charLength(text) >= 8 && charLength(text) <= 120) Object.assign(teasers, { pairs: teasers.open ? 0 : teasers.pairs, open: true });
    else if (teasers.open && !linked && PROSE.test(text)) Object.assign(teasers, { pairs: teasers.pairs + 1, open: false });
    else Object.assign(teasers, { pairs: 0, open: false });
    started = true;
    chars += charLength(text);
    if (PROSE.test(text)) prose += 1;
  }
  if (opening !== undefined) {
    chars += charLength(opening);
    if (PROSE.test(opening)) prose += 1;
  }
  // Two headlines or more linking to other stories under the last paragraph: a list of them,
  // not the story; but a list the story announces ("附件：", "相关文件：") is the story's.
  const announced = /[:：]$/u.test(current.paragraphs.at(-linkRun - 1) ?? "");
  if (linkRun >= 2 && !announced) current.paragraphs.splice(-linkRun);
  // Two teasers or more under the last paragraph, each a linked headline over its summary.
  const teaserLines = teasers.pairs * 2 + (teasers.open ? 1 : 0);
  if (linkRun < 2 && teasers.pairs >= 2 && current.paragraphs.length > teaserLines && !/[:：]$/u.test(current.paragraphs.at(-teaserLines - 1) ?? "")) current.paragraphs.splice(-teaserLines);
  close();
  // "…尽快缩小差距。(责编：王五)", "…宣誓。（来源：示例日报）": the credit and the source at
  // the very end of the last paragraph, in either order.
  const last = sections.at(-1);
  // "(mbe)", "(kim/dpa)": the initials a German newsroom closes a story with, its editor's credit.
  const initials = last?.paragraphs.at(-1);
  if (last !== undefined && byline === undefined && initials !== undefined && last.paragraphs.length > 1 && EDITOR_INITIALS.test(initials)) {
    byline = { text: initials };
    last.paragraphs.pop();
  }
  // "…十二万亩。【纠错】【打印】【责任编辑：王五】": the controls set after the last sentence go.
  const closing = last?.paragraphs.at(-1) ?? "";
  const end = Math.max(closing.lastIndexOf("。"), closing.lastIndexOf("！"), closing.lastIndexOf("？"));
  const tail = closing.slice(end + 1);
  if (last !== undefined && end >= 0 && withoutWidgets(tail) !== tail.trim()) last.paragraphs[last.paragraphs.length - 1] = `${closing.slice(0, end + 1)} ${withoutWidgets(tail)}`.trimEnd();
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
  // A story set whole in a <blockquote> (an old way to indent it) quotes nothing.
  const total = sections.reduce((n, s) => n + s.paragraphs.length, 0);
  const quoted = quotes.filter((q) => q < total);
  return { sections, quotes: quoted.length < total ? quoted : [], code: code.filter((c) => c < total), tables: tables.filter((r) => r.at < total), ...(byline ? { byline } : {}), ...(source !== undefined ? { source } : {}), chars, prose };
}

/** The writer's line or the date right under a heading: the heading is the story's subtitle, for no section starts with a byline. */
function bylineUnder(next: Block | undefined, writers: readonly string[]): boolean {
  if (next?.kind !== "text" || charLength(next.text) > 80) return false;
  const text = next.text;
  return latinByline(text) !== undefined || dateBeforeByline(text) !== undefined || READING_TIME.test(text) || writers.some((w) => isWriterLine(text, w)) || metaOf(text)?.date !== undefined;
}

/** Pictures each with one short line under it, three or more, and no other text (but the date and source line over them): a gallery's. */
function isGallery(blocks: readonly Block[]): boolean {
  const seen = blocks.filter((b) => b.kind === "image" || b.kind === "text");
  while (seen[0]?.kind === "text" && metaOf(seen[0].text) !== undefined) seen.shift();
  if (seen.length < 6 || seen.length % 2 !== 0) return false;
  return seen.every((b, i) => (i % 2 === 0 ? b.kind === "image" : b.kind === "text" && charLength(b.text) <= 150));
}

/**
 * "Jane Doe", "Jane Doe, CNN", "Maria Gonzalez | Sept. 20, 2021", "Ruth Ellis Environment
 * correspondent": the writer's name, and a few words beside it that are no sentence.
 */
/** A line of a <time> and a few words beside it, no sentence. */
function isTimeLine(text: string, time: string): boolean {
  const rest = text.replace(time, "").trim();
  return time !== "" && charLength(rest) <= 40 && !/[.!?。！？]$/u.test(rest);
}

function isWriterLine(text: string, writer: string): boolean {
  if (bareText(text) === bareText(writer)) return true;
  if (!text.startsWith(writer)) return false;
  const rest = text.slice(writer.length);
  if (charLength(rest) > 30 || /[.!?。！？]$/u.test(rest)) return false;
  return /^\s*[,|·•–—]/u.test(rest) || /^\s+\p{Lu}[\p{L}\s]*$/u.test(rest);
}

/**
 * Where the story goes on after a 相关阅读 (or "Related stories") box set inside it: past the box's linked headlines,
 * when what follows is paragraphs of sentences with no link of their own to the end (a list
 * under the story has more headlines, or summaries between its links).
 */
function storyAfterBox(blocks: readonly Block[], from: number): number | undefined {
  const isLink = (b: Block | undefined) => b?.kind === "text" && b.linked === true;
  let at = from;
  let links = 0;
  for (; at < blocks.length && (blocks[at]?.kind === "image" || isLink(blocks[at])); at += 1) if (isLink(blocks[at])) links += 1;
  if (links < 2) return undefined;
  const rest = blocks.slice(at);
  const sentences = rest.filter((b) => b.kind === "text" && /[。！？]|[.!?؟][”’"')]?$/u.test(b.text) && charLength(b.text) >= 30).length;
  return sentences >= 2 && !rest.some(isLink) ? at : undefined;
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

const MONTH_DAY = /(?:发布|发表|时间|日期)[^\d]{0,4}(\d{1,2})-(\d{1,2})(?![\d-])(?:\s*(\d{1,2}):(\d{2})(?![\d:]))?/u;

/**
 * A line of the header under the headline, read into `header`; true when it was one. Besides
 * date, source and credit lines: "发表于2014-08-24 21:30 | 阅读 12" (a date in this zone is the
 * story's), "发布时间：18-03-08" (a two-digit year) and "发布时间：10-08" (no year at all).
 */
function readHeaderLine(line: string, header: Header, zone: boolean): boolean {
  if (charLength(line) > 80) return false;
  // "July 11, 2018 · by Chris Lee", "Posted on March 14, 2021 by Emma Clarke": a date, then the byline.
  const posted = dateBeforeByline(line);
  if (posted) {
    header.date ??= posted.date;
    readHeaderLine(posted.byline, header, zone);
    return true;
  }
  // "By Jane Smith | September 26, 2019": the writers, then whatever the line says besides;
  // "7 min read · Jun 1, 2022": a reading time is no part of the story.
  const latin = latinByline(line);
  if (latin) header.writers.push(...latin.writers);
  const text = (latin ? line.slice(latin.match.length) : line).replace(READING_TIME, "").trim();
  if (text === "" && latin === undefined) return true;
  if (latin && text === "") return true;
  // "【环球网报道 记者 张三】": the reporter's credit in brackets between the headline and the story.
  const credit = zone && /^[【(（[]/u.test(text) ? parseByline(text) : undefined;
  if (credit?.writers !== undefined) {
    header.writers.push(...bylineReporters(credit));
    header.credits.push(credit.text);
    return true;
  }
  const meta = metaOf(text);
  if (meta) {
    addMeta(header, meta);
    return true;
  }
  // A date with little beside it: "（2007年6月29日第十届…会议通过）" is a note, not a date line.
  const dated = findDate(text) ?? findLatinDate(text);
  // Between the headline and the story any date is the story's; at the story's top, only a
  // date with little beside it.
  const found = dated && (zone || charLength(besideDate(text, dated.match)) <= 16) ? dated : undefined;
  const short = SHORT_YEAR.exec(text);
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay && header.monthDay === undefined) {
    header.monthDay = `${monthDay[1]?.padStart(2, "0")}-${monthDay[2]?.padStart(2, "0")}`;
    if (monthDay[3] !== undefined && Number(monthDay[3]) < 24) header.monthTime = `${monthDay[3].padStart(2, "0")}:${monthDay[4]}`;
  }
  header.date ??= found?.date ?? (short ? findDate(`20${short[1]}-${short[2]}-${short[3]} ${short[4] ?? ""}`)?.date : undefined);
  return latin !== undefined || found !== undefined || short !== null || monthDay !== null;
}

const PUBLISHED_LABEL = /(?:发布|发表|发稿|刊发)(?:时间|日期)/u;
/** The words after the label of the day a story was published. */
const PUBLISHED_VALUE = new RegExp(`${PUBLISHED_LABEL.source}\\s*[:：]?\\s*(.*)$`, "u");

/** A time of day ("14:05", "14h05", "14.05 Uhr", "2:05 pm"), as European and English pages print it after the day. */
const TIME_OF_DAY = /\b\d{1,2}[:h.]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?/giu;

/** What a line says beside its date, without the time of day, spaces and marks ("Veröffentlicht am 12. März 2023, 14:05 Uhr" → "Veröffentlichtam"). */
const besideDate = (text: string, date: string) => text.replace(date, "").replace(TIME_OF_DAY, "").replace(/[\s,.;:·|–—-]+/gu, "");

/**
 * The header zone: lines after the headline and before the story (the date and source line).
 * The line saying when the story was published is read first: a government notice's table
 * gives the day it was signed (成文日期) in a row above.
 */
function readHeaderZone(blocks: readonly Block[], header: Header): void {
  const lines = blocks.flatMap((b) => (b.kind === "text" ? [b.text] : []));
  for (const line of [...lines.filter((l) => PUBLISHED_LABEL.test(l)), ...lines.filter((l) => !PUBLISHED_LABEL.test(l))]) readHeaderLine(line, header, true);
  // "2019", "09/26", "12:11" in elements of their own, one under the other: one date.
  if (header.date === undefined) header.date = findDate(lines.filter((l) => DATE_PIECE.test(l)).join(" "))?.date;
}

const DATE_PIECE = /^(?:(?:19|20)\d{2}年?|\d{1,2}[/-]\d{1,2}日?|\d{1,2}月\d{1,2}日|\d{1,2}:\d{2}(?::\d{2})?)$/u;

/**
 * Where nothing else gave a date: a labelled date line anywhere on the page ("发布时间：…"); a
 * line saying when the story was published before one giving another date (a government
 * notice's "成文日期：…" row, the day it was signed, over its "发布日期：…").
 */
function labelledDate(blocks: readonly Block[]): PageDate | undefined {
  let other: PageDate | undefined;
  for (const block of blocks) {
    if (block.kind !== "text" || charLength(block.text) > 60 || !LABELLED_DATE.test(block.text)) continue;
    const published = PUBLISHED_VALUE.exec(block.text);
    const found = findDate(published?.[1] ?? block.text);
    if (found && published) return found.date;
    other ??= found?.date;
  }
  return other;
}

/** `<span id="pubtime">`, `class="publish-time"`, `id="news-time"`: an element named for the story's date. */
const DATE_ELEMENT = /pub(?:lish)?[_-]?(?:time|date)|post[_-]?(?:time|date)|news[_-]?(?:time|date)|article[_-]?(?:time|date)/u;

/** "/user/1", "/u/5a3f", "/author/wang", "/c/user/token/MS4wLj/", a forum's "user?id=jdoe": the address of a writer's page on the site. */
const PROFILE_PATH = /\/(?:user|users|u|author|authors|people|profile|space)\/[^?#\s]+(?:[?#]\S*)?$|(?:^|\/)user\?id=[\w-]+$/iu;

/** An element named for the writer: class="author", itemprop="author", a blog's "follow-nickName", WeChat's rich_media_meta_text. */
const WRITER_ELEMENT = /author|writer|nick-?name|rich_media_meta_text/u;

/**
 * The writer a page prints under its headline by name alone: a link to their page ("王小明 ·
 * 2019-09-26 12:11" on a blog or a 36kr-like site), or an element named for the writer
 * (WeChat's author beside the account). A short name between the headline and the story.
 */
function profileName(root: Element, stats: Map<Element, Stats>, titleEl: Element, body: Element): string | undefined {
  const from = stats.get(titleEl)?.order;
  const to = stats.get(body)?.order;
  if (from === undefined || to === undefined) return undefined;
  for (const el of root.querySelectorAll("a[href], [class], [id], [itemprop=author], [rel=author]")) {
    const at = stats.get(el)?.order;
    if (at === undefined || at <= from || at >= to) continue;
    const named = el.tagName.toLowerCase() === "a" && PROFILE_PATH.test(el.getAttribute("href") ?? "");
    if (!named && !WRITER_ELEMENT.test(namesOf(el)) && el.getAttribute("itemprop") !== "author" && el.getAttribute("rel") !== "author") continue;
    // A writer's box ("AuthorInfo") sets the name over a line of its own ("农业工程师"): the name is in a part of it.
    if (el.querySelector("div, p, li, br") !== null) continue;
    const name = textOf(el);
    if (charLength(name) >= 2 && charLength(name) <= 20 && isPublisherLine(name) && !isChromeLine(name)) return name;
  }
  return undefined;
}

/** Where no line says 发布时间 and the metadata gives none: the date printed in an element named for it, wherever it stands. */
function namedDate(root: Element): PageDate | undefined {
  for (const el of root.querySelectorAll("[id], [class]")) {
    // An item of a list of other stories dates that story, not this one.
    if (!DATE_ELEMENT.test(namesOf(el)) || el.closest("li, a") !== null) continue;
    const text = textOf(el);
    const found = charLength(text) <= 40 ? findDate(text) : undefined;
    if (found) return found.date;
  }
  return calendarBoxDate(root);
}

/**
 * A box named for the date whose two parts are its day and its year and month ("<em>05</em><span>2021.03</span>"):
 * the story's when the page has one such box, a list's when it has several.
 */
function calendarBoxDate(root: Element): PageDate | undefined {
  const dates = Array.from(root.querySelectorAll("[id], [class]")).flatMap((el) =>
    /date|time|day|riqi|calendar/u.test(namesOf(el)) && el.children.length === 2 && el.closest("li, a") === null ? (calendarDate(Array.from(el.children, (c) => textOf(c))) ?? []) : [],
  );
  return dates.length === 1 ? dates[0] : undefined;
}

/**
 * The same day, or the day beside it: a page abroad prints its own day ("August 18, 2019"),
 * which its metadata's instant, moved to China time, may have passed.
 */
function sameDay(a: PageDate, b: PageDate): boolean {
  return Math.abs(Date.parse(a.iso.slice(0, 10)) - Date.parse(b.iso.slice(0, 10))) <= 86_400_000;
}

const RANK = { day: 0, minute: 1, second: 2 } as const;

function chooseDate(printed: PageDate | undefined, meta: PageDate | undefined): PageDate | undefined {
  if (printed && meta && sameDay(printed, meta) && RANK[meta.precision] > RANK[printed.precision]) return meta;
  return printed ?? meta;
}

/** "本报讯（记者 王小明 通讯员 赵刚）9月23日，…", "（青山日报记者 王小明）…": the credit in the story's first sentence. */
const DATELINE_CREDIT = /^[^（(。，]{0,16}[（(][^()（）。，]{0,8}?((?:记者|通讯员)[^()（）]{2,40})[)）]/u;
/**
 * "中新网青山3月5日电 (张三)", "新华社北京3月5日电（张三、李四）": a wire story's dateline names its
 * reporters in brackets with no role; an outlet there ("（新华网）") names no one.
 */
const WIRE_CREDIT = /^[^（(。，]{0,16}\d{1,2}月\d{1,2}日电\s*[（(]\s*(\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,3})\s*[)）]/u;
const OUTLET_NAME = /[网社报台站部局院会处所]$/u;
/** "青山日报社", "青山新闻网", "县融媒体中心": an outlet's name in a page's author tag, no writer's. */
/** What follows a portal's short name in its full one: 网易 → 网易新闻, 新浪 → 新浪网. */
const PORTAL_SUFFIX = /^(?:新闻|网|新闻网|客户端|号|在线|资讯|财经|科技|新闻客户端)$/u;
const OUTLET_TAG = /^\p{Script=Han}{3,}[网报]$|^\p{Script=Han}{2,}(?:报社|日报|晚报|电视台|融媒体中心|新闻中心|杂志社|出版社|客户端)$/u;
/**
 * "【环球网报道 记者 王小明】金秋九月…", "本报讯 记者王小明 通讯员李华 报道：…": the credit opening the
 * first sentence in square brackets after the outlet's name, or bare after a 讯 and before 报道.
 */
const OUTLET_CREDIT = /^【[^【】。，]{0,10}?((?:记者|通讯员)[^【】。，]{2,40})】|^[^。，：:]{1,10}讯\s*((?:记者|通讯员)[^。，：:]{2,30}?)\s*报道\s*[:：]/u;

/**
 * The writers the page names; a site naming itself as the author ("CSDN.NET") is not one, nor
 * the outlet the story came from named in the author's tag (a portal's "article:author" 新华网).
 */
function authorsOf(header: Header, story: Body, meta: PageMeta, outlets: readonly (string | undefined)[], editors: readonly string[]): string[] {
  // The header's 作者/记者, else the story's credit line ("（记者 王小明 通讯员 赵刚）", "文/陈晓")
  // or the one in its first sentence, else the metadata's.
  const lead = story.sections[0]?.paragraphs[0] ?? "";
  const outlet = OUTLET_CREDIT.exec(lead);
  // "（青山日报记者 王小明）": the credit from its role on, past the paper's name.
  const wire = WIRE_CREDIT.exec(lead)?.[1];
  const wired = wire !== undefined && !wire.split(/[\s、]+/u).some((n) => OUTLET_NAME.test(n)) ? `记者 ${wire}` : undefined;
  const role = DATELINE_CREDIT.exec(lead)?.[1] ?? outlet?.[1] ?? outlet?.[2] ?? wired;
  const dateline = role !== undefined ? `（${role}）` : undefined;
  const credits = [story.byline, dateline !== undefined ? parseByline(dateline) : undefined];
  const reporters = credits.map((c) => (c !== undefined ? bylineReporters(c) : [])).find((names) => names.length > 0) ?? [];
  const profile = header.profile !== undefined ? [header.profile] : [];
  // A page whose author tag names the editor its byline credits ("(责编：王五)") names no writer there;
  // nor does a Chinese story's tag that holds the outlet ("青山日报社") or the site's code ("peopledaily").
  const chinese = /\p{Script=Han}/u.test(lead);
  // "网易" in the tag of a page 网易新闻 publishes: the portal's short name.
  const portal = (n: string) => outlets.some((o) => o !== undefined && o.startsWith(n) && PORTAL_SUFFIX.test(o.slice(n.length)));
  const tagged = (meta.authors ?? []).filter((n) => !editors.includes(n) && !(chinese && (OUTLET_TAG.test(n) || /^[a-z]+$/u.test(n) || portal(n))));
  const given = [header.writers, reporters, tagged, profile].find((names) => names.length > 0) ?? [];
  const docTitle = meta.docTitle ?? "";
  // "… - by Dana Whitfield": a <title> that ends with its writer's name, not its site's.
  const siteTail = (n: string) => docTitle.endsWith(n) && !/\bby\s+$/iu.test(docTitle.slice(0, -n.length));
  return authorNames(given, outlets).filter((n) => !siteTail(n));
}

/**
 * `oneStory`: the page is known to be one story (a news record's), so a short one, such as a
 * news brief, is still an article.
 */
export function parseHtmlPage(html: string, givenUrl?: string, { oneStory = false } = {}): HtmlPage {
  const doc = parseDocument(html);
  if (doc === undefined) return { reason: TOO_DEEP };
  unfoldHeldStories(doc);
  // Read before the page is: reading it takes its chrome away.
  const ldStory = jsonLdStory(doc);
  const read = readDocument(doc, html, givenUrl, oneStory);
  if (ldStory === undefined || !("reason" in read) || (read.reason !== NOT_AN_ARTICLE && read.reason !== NO_TEXT) || doc.body === null) return read;
  // A page its script draws shows no story before the script runs, but its JSON-LD may hold it whole.
  doc.body.innerHTML = storyHtml(ldStory);
  return readDocument(doc, html, givenUrl, oneStory);
}

function readDocument(doc: Document, html: string, givenUrl: string | undefined, oneStory: boolean): HtmlPage {
  const meta = readPageMeta(doc);
  const root = doc.body ?? doc.documentElement;
  if (root === null) return { reason: NO_TEXT };
  const baseHref = doc.querySelector("base[href]")?.getAttribute("href");
  const documentUrl = givenUrl ?? absoluteUrl(meta.url, undefined);
  // A <base href> is where the page's relative addresses lead from, itself read against the page's own.
  const pageUrl = absoluteUrl(baseHref, documentUrl) ?? documentUrl;
  const related: RelatedLink[] = findRelated(root, pageUrl);
  dropStoryLists(root, pageUrl);
  // Read before the chrome goes: a page may print its date in a footer-like block under the story.
  const named = namedDate(root);
  const accountPage = isAccountPage(root, documentUrl);
  const videos = markVideos(root, pageUrl);
  const players = markPlayers(root);
  const gated = isGated(root);
  dropChrome(root);
  if (textOf(root) === "") return { reason: NO_TEXT };
  let stats = measure(root);
  let block = findBody(stats);
  const joined = block !== undefined ? joinStoryParts(block, stats) : undefined;
  block = joined ?? block;
  // A block that is the whole page (its <body>) has no siblings to take.
  const closed = block !== undefined && block !== root && joinSiblingParagraphs(block);
  if (joined !== undefined || closed) stats = measure(root);
  // A block whose text is mostly links is a list of headlines (a picture channel's list, say).
  const bodyStats = block !== undefined ? stats.get(block) : undefined;
  if (block === undefined || (bodyStats !== undefined && bodyStats.linkText > 0.5 * bodyStats.text)) return { reason: NOT_AN_ARTICLE };
  const title = chooseTitle(root, meta.docTitle, meta.headline, stats, block);
  if (title === undefined || isTeaserList(root, title.el, block, stats, pageUrl, [documentUrl, meta.url])) return { reason: NOT_AN_ARTICLE };
  const body = titleColumn(block, title.el, stats);

  const header: Header = { writers: [], editors: [], credits: [] };
  // The lines between the headline and the story: where the date and source are printed.
  const bodyBlocks = readBlocks(body, pageUrl);
  // A <title> that is only the site's name ("青山县人民政府"), with no heading element: the
  // headline is the story block's first line, set in bold or centred over its text.
  const siteTitle = title.el === undefined && meta.headline === undefined ? headlineUnderSiteTitle(root, body, bodyBlocks, title.text, meta.docTitle) : undefined;
  if (siteTitle !== undefined) title.text = siteTitle;
  const titleEl = title.el ?? elementWithText(root, title.text, stats, body);
  const zone = titleEl === undefined || !body.contains(titleEl) ? zoneBetween(root, titleEl, body, pageUrl) : undefined;
  if (zone) {
    readHeaderZone(zone, header);
    const name = titleEl !== undefined && (accountPage || header.writers.length === 0) ? profileName(root, stats, titleEl, body) : undefined;
    if (accountPage) header.account = name;
    else header.profile = name;
  }
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
  if (isTeaserLines(bodyBlocks.slice(fromTitle))) return { reason: NOT_AN_ARTICLE };
  const storyBlocks = bodyBlocks.slice(fromTitle);
  const entries = withEntryTimes(storyBlocks);
  // A live blog whose page prints no date of its own: its first entry's full date and time.
  const opening = storyBlocks[0];
  if (entries !== storyBlocks && header.date === undefined && opening?.kind === "text") header.date = findDate(opening.text)?.date;
  const story = buildBody(entries, title.text, header, meta.authors ?? []);
  // The videos the story plays: in its block, or between its headline and its block.
  const from = titleEl !== undefined ? stats.get(titleEl)?.order : undefined;
  const to = stats.get(body)?.order ?? 0;
  const inStory = (marker: Element) => {
    const at = stats.get(marker)?.order;
    return at !== undefined && (body.contains(marker) || (from !== undefined && at > from && at < to));
  };
  const played = videos.filter(({ marker }) => inStory(marker));
  // A short news item is still one when it is two sentences or more, a picture page (图集) when
  // a sentence tells of the picture set over it; a video's page needs only its words about the
  // video (a sentence of them where its player gives no file); a news record's page is one
  // story, however short.
  // A brief (快讯) of one sentence is one under a header giving its date and its source or writer.
  const pictured = zone?.some((b) => b.kind === "image") === true;
  const headed = header.date !== undefined && (header.source !== undefined || header.writers.length > 0);
  const enough =
    played.length > 0 || oneStory
      ? story.chars > 0
      : players.some(inStory) || (headed && story.chars >= 20)
        ? story.prose > 0
        : story.chars >= (story.prose >= 2 || pictured ? 40 : 80) && story.prose > 0;
  if (!enough) return { reason: NOT_AN_ARTICLE };
  // A standfirst between the headline and the story's block says what the story is about: its
  // summary, set apart from the story's own paragraphs.
  const isHeaderLine = (text: string) => metaOf(text) !== undefined || latinByline(text) !== undefined || dateBeforeByline(text) !== undefined;
  const standfirst = zone?.find((b) => isDekBlock(b, title.text, isHeaderLine));
  const kicker = titleEl !== undefined ? kickerOver(titleEl) : undefined;
  const summary = standfirst !== undefined && standfirst.kind !== "image" ? summaryText(standfirst.text) : kicker !== undefined && !isHeaderLine(kicker) ? kicker : undefined;
  if (zone && titleEl !== undefined) {
    // A blog's featured image set over its headline, inside the <article> that holds the story.
    const article = titleEl.closest("article");
    const above = article !== null && article.contains(body) ? zoneBetween(article, undefined, titleEl, pageUrl) : [];
    addLeadFigures(story.sections, [...above, ...zone]);
  }
  const after = linesAfter(root, body, pageUrl, 6);
  if (header.date === undefined || header.source === undefined) {
    if (titleEl !== undefined && !body.contains(titleEl)) readLabelledLines(zoneBetween(root, undefined, titleEl, pageUrl).slice(-2), header, true);
    readLabelledLines(after, header);
  }

  const printed = header.date ?? labelledDate(readBlocks(root, pageUrl));
  // "发布时间：10-08" with no year: the metadata's date of that same day gives the year.
  const sameDayMeta = [meta.date, meta.modified].find((d) => d !== undefined && header.monthDay !== undefined && d.iso.slice(5, 10) === header.monthDay);
  // With the time printed beside it ("10-08 12:00"), that day at that time.
  const printedTime = header.monthTime;
  const dayOnly = sameDayMeta
    ? { iso: `${sameDayMeta.iso.slice(0, 10)}T${printedTime ?? "00:00"}:00+08:00`, precision: printedTime !== undefined ? ("minute" as const) : ("day" as const) }
    : undefined;
  // Last, the day the page's own address files it under (/2019/09/26/, /201909/t20190926_…).
  const given = meta.date ?? scriptDate(html);
  const chosen = chooseDate(printed, given) ?? named ?? dayOnly ?? dateFromUrl(documentUrl ?? pageUrl);
  // Japan and Korea print their own time (UTC+09:00, no summer time), not China's; a day alone stays the day.
  // A page that declares no language is known Japanese or Korean by its kana or hangul.
  const language = storyLanguageOf(meta.language, story.sections);
  const date = chosen !== undefined && chosen !== given && chosen.precision !== "day" && /^(?:ja|ko|und-Jpan|und-Kore)\b/iu.test(language ?? meta.language ?? "") ? { ...chosen, iso: chosen.iso.replace(/\+08:00$/u, "+09:00") } : chosen;
  // The metadata's last change, when it came after the story was published: after the minute
  // (or the day) the page prints, not the seconds a CMS took to save it.
  const modified = meta.modified !== undefined && (date === undefined || Date.parse(meta.modified.iso) >= Date.parse(date.iso) + PRECISION_MS[date.precision]) ? meta.modified : undefined;
  // Beside the date, the writer's name linking to their page is the writer, not an outlet.
  const unlabelled = header.unlabelled !== header.profile ? header.unlabelled : undefined;
  const source = header.source ?? story.source ?? meta.source ?? unlabelled ?? header.account;
  const publisher = meta.publisher ?? siteNameFrom(meta.docTitle, title.text) ?? (siteTitle !== undefined ? meta.docTitle : undefined) ?? scriptPublisher(html) ?? meta.account;
  const headerByline: Byline | undefined =
    header.credits.length > 0
      ? {
          text: [...new Set(header.credits)].join(" "),
          ...(header.writers.length > 0 ? { writers: [...new Set(header.writers)] } : {}),
          ...(header.editors.length > 0 ? { editors: [...new Set(header.editors)] } : {}),
        }
      : undefined;
  // The reporter credited over the story and the editor under it ("【环球网报道 记者 张三】" … "责编：王五"): one byline.
  const byline = story.byline ?? (headerByline?.editors === undefined ? joinBylines(headerByline, editorLineAfter(after)) : headerByline);
  const authors = authorsOf(header, story, meta, [publisher, source], byline?.editors ?? []);
  // "Martine Valo" alone under the story's last paragraph: its writer's signature, not its text.
  const lastSection = story.sections.at(-1);
  const signature = lastSection?.paragraphs.at(-1);
  if (lastSection !== undefined && signature !== undefined && lastSection.paragraphs.length > 1 && authors.some((a) => bareText(a) === bareText(signature))) {
    lastSection.paragraphs.pop();
    const total = story.sections.reduce((n, s) => n + s.paragraphs.length, 0);
    story.quotes = story.quotes.filter((q) => q < total);
    story.code = story.code.filter((c) => c < total);
    story.tables = story.tables.filter((r) => r.at < total);
  }
  // A site's logo is not the story's picture.
  const image = meta.image !== undefined && !/logo|icon|avatar/iu.test(meta.image) ? absoluteUrl(meta.image, pageUrl) : undefined;
  const ownTitles = new Set([title.text]);
  const article: ParsedArticle = {
    title: title.text,
    ...(publisher !== undefined && publisher !== source ? { publisher } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(modified !== undefined ? { modified } : {}),
    ...(byline !== undefined ? { byline } : {}),
    ...(summary !== undefined ? { summary } : {}),
    sections: story.sections,
    ...(story.quotes.length > 0 ? { quotes: story.quotes } : {}),
    ...(story.code.length > 0 ? { code: story.code } : {}),
    ...(story.tables.length > 0 ? { tables: story.tables } : {}),
    ...(authors.length > 0 ? { authors } : {}),
    ...(related.length > 0 ? { related: related.filter((r) => !ownTitles.has(r.title)) } : {}),
    ...(image !== undefined ? { image } : {}),
    ...(language !== undefined ? { language } : {}),
    // The contract holds 200 attachments: a page of more plays the first 200.
    ...(played.length > 0 ? { attachments: played.slice(0, 200).map((v) => v.attachment) } : {}),
    ...(gated && story.chars < GATED_STORY_CHARS ? { truncated: true } : {}),
  };
  // The page's own address is where 阅读原文 leads; a site that gives its home page there names none.
  const ownUrl = absoluteUrl(meta.url, undefined);
  const own = ownUrl !== undefined && new URL(ownUrl).pathname.length > 1 ? { url: ownUrl } : {};
  return { page: { article, posts: [], trending: [] }, ...own };
}

/**
 * The headline's element when it was chosen from metadata: the innermost one printing it, over
 * the story rather than in a list of the day's stories beside it (an e-paper's page list links
 * this story's headline too).
 */
function elementWithText(root: Element, text: string, stats: Map<Element, Stats>, body: Element): Element | undefined {
  const bare = text.replace(/\s+/gu, "");
  const storyAt = stats.get(body)?.order ?? Number.MAX_SAFE_INTEGER;
  // Best an unlinked one above the story, then any above it, then any.
  const found: (Element | undefined)[] = [];
  for (const el of root.querySelectorAll("h1, h2, h3, h4, h5, h6, div, span, p, strong, td")) {
    if (textOf(el).replace(/\s+/gu, "") !== bare) continue;
    const above = (stats.get(el)?.order ?? Number.MAX_SAFE_INTEGER) < storyAt;
    const linked = el.closest("a") !== null || el.querySelector("a") !== null;
    found[above ? (linked ? 1 : 0) : 2] = el;
  }
  return found.find((el) => el !== undefined);
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
      else if (inZone) append(blocks, readBlocks(child, pageUrl, true));
    }
  };
  collect(root);
  start.remove();
  end.remove();
  // A story's block that is the whole page has no lines before it.
  return done ? blocks.slice(-12) : [];
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

/** The first lines after `el` in document order, read as the reader sees them. */
function linesAfter(root: Element, el: Element, pageUrl: string | undefined, count: number): Block[] {
  const doc = root.ownerDocument;
  const start = doc.createElement("qingyue-zone");
  el.after(start);
  const blocks: Block[] = [];
  let inZone = false;
  const collect = (parent: Element) => {
    for (const child of Array.from(parent.children)) {
      if (blocks.length >= count) return;
      if (child === start) inZone = true;
      else if (child.querySelector("qingyue-zone") !== null) collect(child);
      else if (inZone) append(blocks, readBlocks(child, pageUrl, true));
    }
  };
  collect(root);
  start.remove();
  return blocks.slice(0, count);
}

/** "作者：未知 责任编辑：棒棒不是糖" just under the story's block: its editor line. */
function editorLineAfter(blocks: readonly Block[]): Byline | undefined {
  for (const block of blocks) {
    if (block.kind !== "text" || charLength(block.text) > 60) continue;
    const meta = parseMetaLine(block.text);
    if (meta?.editors !== undefined) return { text: withoutSource(withoutWidgets(block.text)), editors: meta.editors };
    const credit = parseByline(block.text);
    if (credit?.editors !== undefined) return credit;
  }
  return undefined;
}

/**
 * Where the header under the headline gave no date or source: a labelled line just above the
 * headline or just under the story ("2019-09-26 12:11 来源：青山日报 作者：王小明"). A bare day
 * there may be the day the page was viewed, or another story's: only a labelled line is read,
 * or, just over the headline, a date to the minute ("2019 09/26 11:05:00").
 */
function readLabelledLines(blocks: readonly Block[], header: Header, timed = false): void {
  for (const block of blocks) {
    if (block.kind !== "text" || readIssueLine(block.text, header)) continue;
    const meta = metaOf(block.text);
    // A date alone on its line: a list's "南岭乡修复古桥 2019-09-20 08:00" dates another story.
    const stamped = timed && meta?.date !== undefined && meta.date.precision !== "day" && meta.unlabelled === undefined;
    if (meta === undefined || !(stamped || meta.source !== undefined || meta.writers !== undefined || LABELLED_DATE.test(block.text))) continue;
    header.date ??= meta.date;
    header.source ??= meta.source;
    if (header.writers.length === 0) header.writers.push(...(meta.writers ?? []));
  }
}

/** "《 人民日报 》（ 2019年09月26日 01 版）": the paper, the day and the page an e-paper's story ran on. */
const ISSUE_LINE = /^《\s*([^《》]{2,20}?)\s*》\s*[(（]([^()（）]{6,40})[)）]$/u;

/** An e-paper's issue line read into the header; true when the line was one. */
function readIssueLine(text: string, header: Header): boolean {
  const issue = ISSUE_LINE.exec(text);
  const date = issue !== null && /版/u.test(issue[2] ?? "") ? findDate(issue[2] ?? "")?.date : undefined;
  if (issue === null || date === undefined) return false;
  header.date ??= date;
  header.source ??= issue[1];
  return true;
}

function indexAfterTitle(blocks: readonly Block[], title: string): number {
  const bare = title.replace(/\s+/gu, "");
  const at = blocks.findIndex((b) => (b.kind === "heading" || b.kind === "text") && b.text.replace(/\s+/gu, "") === bare);
  return at === -1 ? 0 : at + 1;
}
