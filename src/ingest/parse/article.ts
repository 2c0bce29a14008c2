// The article at the top of a page: title, the header lines under it (publisher, source, date),
// the body in sections, and the closing credit. Everything after it is read by tail.ts.
import type { Attachment, Byline, RelatedLink, Section } from "../../content/feed-schema";
import { authorNames, bylineReporters, joinBylines, parseByline, splitTrailingByline } from "./byline";
import { textOf, type Line } from "./classify";
import type { PageDate } from "./dates";
import { charLength, fitsIn } from "./lines";
import { isOriginalTitleLine, parseMetaLine } from "./meta";
import { isPostStart } from "./posts";
import { buildSections } from "./sections";
import { listHeadingAt } from "./tail";
import { readHeader, type Header } from "./header";

/** A row of a data table: the paragraph it is (its cells joined by " | "), by its place in the whole article (from 0), and its cells. */
export interface TableRow {
  at: number;
  /** Rows of one table share its number; two tables side by side stay two. */
  table: number;
  cells: string[];
  /** A row of header cells (<th>, the table's <thead>, or a first row set wholly in bold). */
  head?: true;
  /** Each cell's columns and rows, where a cell of the row spans more than one. */
  spans?: [columns: number, rows: number][];
}

export interface ParsedArticle {
  title: string;
  publisher?: string;
  source?: string;
  date?: PageDate;
  /** When the page says it last changed the story, if after it was published. */
  modified?: PageDate;
  byline?: Byline;
  /** The standfirst the page sets between its headline and its story (html/subtitle.ts). */
  summary?: string;
  sections: Section[];
  /** The paragraphs quoted from elsewhere (a <blockquote>), by their place in the whole article, from 0. */
  quotes?: number[];
  /** The paragraphs that are lines of a program (a <pre>), by their place in the whole article, from 0. */
  code?: number[];
  /** The paragraphs that are rows of a data table, with their cells. */
  tables?: TableRow[];
  /** The writers' names, where the page names them (作者, 记者, or its metadata). */
  authors?: string[];
  /** The page's list of related headlines. */
  related?: RelatedLink[];
  /** The page's own picture for link previews (og:image). */
  image?: string;
  /** The language the page declares, where its text bears it out (html/extract.ts). */
  language?: string;
  /** The videos the story plays (html/videos.ts). */
  attachments?: Attachment[];
  /** The page gives only the story's opening, a paywall's prompt in place of the rest (html/paywall.ts). */
  truncated?: boolean;
}

const SOURCE_LINE = /^[(（]\s*(?:来源|稿源)\s*[:：]\s*([^()（）]{1,30})[)）]$/u;

/** A line that can be a title: one phrase, not a sentence, header, credit or list. */
export function isTitleLike(lines: readonly Line[], i: number): boolean {
  const text = textOf(lines[i]);
  if (text === undefined) return false;
  if (!fitsIn(text, 80) || charLength(text) < 2 || /[。]/u.test(text) || /[，,；;：:、]$/u.test(text)) return false;
  if (parseMetaLine(text) || parseByline(text)) return false;
  if (listHeadingAt(lines, i)) return false;
  // A post's 【标题】 or #话题# opening is a post, unless header lines under it say article.
  if (isPostStart(text)) return parseMetaLine(textOf(lines[i + 1]) ?? "") !== undefined;
  return true;
}

/** Where the body stops when no credit line closes it: a list, a footer or a post (not before `through`, the last line of a body found by its text). */
function findBodyEnd(lines: readonly Line[], from: number, through: number): number {
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === undefined) break;
    if (line.kind === "bullet" || line.kind === "footer" || line.kind === "comments") return i;
    if (line.kind !== "text") continue;
    if (listHeadingAt(lines, i)) return i;
    if (i > from && i > through && lines[i - 1]?.kind === "blank" && isPostStart(line.text)) return i;
  }
  return lines.length;
}

/** The credit line closing the article, searched up to the first list, comment box or footer. */
function findBylineLine(lines: readonly Line[], from: number): number | undefined {
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i];
    if (line?.kind === "bullet" || line?.kind === "footer" || line?.kind === "comments") return undefined;
    if (line?.kind !== "text") continue;
    if (listHeadingAt(lines, i)) return undefined;
    if (parseByline(line.text)) return i;
  }
  return undefined;
}

/** The body's first four and last three lines, where pages put a date or source line that is not under the headline. */
function strayHeaderLines(body: readonly Line[]): number[] {
  const texts = body.flatMap((l, i) => (l.kind === "text" ? [i] : []));
  const edges = [...new Set([...texts.slice(0, 4), ...texts.slice(-3)])];
  return edges.filter((i) => {
    const text = textOf(body[i]) ?? "";
    const meta = fitsIn(text, 60) ? parseMetaLine(text) : undefined;
    if (meta === undefined) return false;
    // A date alone, a date beside an outlet's name, or a labelled source: not a sentence.
    return meta.source !== undefined || (meta.date !== undefined && (meta.unlabelled === undefined || fitsIn(meta.unlabelled, 12)));
  });
}

/**
 * The article whose title is at `start`. When page.ts found the body by its text, `span` says
 * the last line of that body, which the story holds whatever it looks like, and the line after
 * the story's last.
 */
export function readArticle(
  lines: readonly Line[],
  start: number,
  span: { through: number; until: number } = { through: -1, until: lines.length },
): { article: ParsedArticle; end: number } | undefined {
  const title = textOf(lines[start]);
  if (title === undefined || !isTitleLike(lines, start)) return undefined;
  const header: Header = readHeader(lines, start + 1);
  const story = span.until < lines.length ? lines.slice(0, span.until) : lines;
  const bylineAt = findBylineLine(story, header.end);
  const bodyEnd = bylineAt ?? findBodyEnd(story, header.end, span.through);
  // "原标题：…" under the header names the headline the story first ran under: a note, not its text.
  const body = lines.slice(header.end, bodyEnd).map((l, i) => (i < 4 && l.kind === "text" && isOriginalTitleLine(l.text) ? { kind: "blank" as const } : { ...l }));
  // The writer named under the headline and the editors credited at the end make one byline.
  const closing = bylineAt !== undefined ? parseByline(textOf(lines[bylineAt]) ?? "") : undefined;
  let byline = joinBylines(header.byline, closing);
  // More credit lines under the first ("校对：…") belong to it.
  let end = bylineAt !== undefined ? bylineAt + 1 : bodyEnd;
  while (bylineAt !== undefined && byline !== undefined) {
    const next = parseByline(textOf(lines[end]) ?? "");
    if (next === undefined) break;
    byline = joinBylines(byline, next);
    end += 1;
  }
  let source = header.source;
  // The last lines may carry the credit or the source instead of a line of their own.
  const lastIndex = body.findLastIndex((l) => l.kind === "text");
  const last = body[lastIndex];
  if (last?.kind === "text") {
    const sourceLine = SOURCE_LINE.exec(last.text);
    const trailing = byline === undefined ? splitTrailingByline(last.text) : undefined;
    if (sourceLine && source === undefined) {
      source = sourceLine[1]?.trim();
      body[lastIndex] = { kind: "blank" };
    } else if (trailing) {
      byline = trailing.byline;
      body[lastIndex] = { kind: "text", text: trailing.text };
    }
  }
  // A date or source line the page prints away from the headline (under a summary, or at
  // the very end) is still the article's date and source, not a paragraph.
  let date = header.date;
  for (const at of strayHeaderLines(body)) {
    const meta = parseMetaLine(textOf(body[at]) ?? "");
    if (meta === undefined || (date !== undefined && meta.source === undefined) || (source !== undefined && meta.date === undefined)) continue;
    date ??= meta.date;
    source ??= meta.source ?? meta.unlabelled;
    body[at] = { kind: "blank" };
  }
  const sections = buildSections(body);
  if (sections.length === 0) return undefined;
  // The writers the header names (作者：…), else those the credit line does ("文字:何海燕 王晨"), as a page's are.
  const writers = header.byline?.writers ?? (byline !== undefined ? bylineReporters(byline) : []);
  const authors = authorNames(writers, [header.publisher, source]);
  const article: ParsedArticle = {
    title,
    ...(header.publisher !== undefined ? { publisher: header.publisher } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(byline !== undefined ? { byline } : {}),
    ...(authors.length > 0 ? { authors } : {}),
    sections,
  };
  return { article, end };
}
