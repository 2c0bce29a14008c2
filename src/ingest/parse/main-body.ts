// The story in the text of a whole page. A scraper that keeps everything a page shows (its
// menus, channel lists and sidebars set one link a line) gives a text whose story starts far
// below its top. Such a story is found by its body, as GeneralNewsExtractor finds one by
// text density: the run of prose lines that holds the most text. Its headline is the line
// whose header (date, source) leads into that body.
import { isTitleLike } from "./article";
import { parseByline } from "./byline";
import { textOf, type Line } from "./classify";
import { readHeader } from "./header";
import { charLength, fitsIn } from "./lines";
import { isPublisherLine, parseMetaLine } from "./meta";

/** The characters of a line of running prose (a sentence or more, not a heading, a caption or a link); 0 for any other line. */
function proseChars(line: Line | undefined): number {
  const text = textOf(line);
  // A character is one or two UTF-16 units: most lines are settled without counting.
  if (text === undefined || text.length < 30) return 0;
  const n = charLength(text);
  return (n >= 30 && /[。！？；]/u.test(text)) || (n >= 60 && /[，,]/u.test(text)) ? n : 0;
}

/** Lines other than prose that one body may hold between two paragraphs: subheads, captions, a picture's credit, a clause's list ("（一）擅自砍伐树木的；" …). */
const GAP = 5;

export interface BodyRun {
  first: number;
  last: number;
  chars: number;
}

/** The run of prose holding the most text; prose under a comment box is comments, not the story. */
export function mainBody(lines: readonly Line[]): BodyRun | undefined {
  let best: BodyRun | undefined;
  let run: BodyRun | undefined;
  let gap = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as Line;
    if (line.kind === "comments" && best !== undefined) break;
    if (line.kind === "blank") continue;
    const chars = proseChars(line);
    if (chars === 0) {
      gap += 1;
      continue;
    }
    if (run !== undefined && gap <= GAP) {
      run.last = i;
      run.chars += chars;
    } else run = { first: i, last: i, chars };
    gap = 0;
    if (best === undefined || run.chars > best.chars) best = run;
  }
  return best;
}

/** How many lines over the body its headline may stand. */
const REACH = 8;
/** Lines a page may set between the header and the body: a standfirst, a picture's caption. */
const BETWEEN = 2;

/** A headline for the body: a title-like line whose header (a date, source or writer line) and runs to within a line or two of the body. */
export function leadsInto(lines: readonly Line[], at: number, body: BodyRun): boolean {
  if (!isTitleLike(lines, at)) return false;
  const header = readHeader(lines, at + 1);
  // A labelled line whose date the scrape ran together ("发布时间：10-0812:00") still says header.
  if (header.metaLines === 0) return false;
  let between = 0;
  for (let i = header.end; i < body.first; i += 1) if (lines[i]?.kind === "text" || lines[i]?.kind === "bullet") between += 1;
  return between <= BETWEEN;
}

/** How far into the run its headline may stand: a notice the page set right over the story ("我司杂志提供免费订阅…") is prose too, and joins the run. */
const INTO = 4;

/** The first line of prose after `at`. */
export function proseAfter(lines: readonly Line[], at: number): number {
  let i = at + 1;
  while (i < lines.length && proseChars(lines[i]) === 0) i += 1;
  return i;
}

/**
 * The headline over the body, and the body under it; undefined when no line with a header
 * leads into it. A publisher's or writer's name ("最高人民检察院", "加拿大必读") has a header
 * under it too: when the line right over it is a headline and not another name, that line is
 * the headline. A headline a few lines into the run starts the body under its header.
 */
export function headlineOverBody(lines: readonly Line[], body: BodyRun): { headline: number; body: BodyRun } | undefined {
  const above: number[] = [];
  for (let i = body.first - 1; i >= 0 && above.length < REACH; i -= 1) if (lines[i]?.kind !== "blank") above.push(i);
  const at = above.findIndex((i) => leadsInto(lines, i, body));
  if (at < 0) {
    const inside: number[] = [];
    for (let i = body.first + 1; i <= body.last && inside.length < INTO; i += 1) if (lines[i]?.kind !== "blank") inside.push(i);
    const headline = inside.find((i) => leadsInto(lines, i, { ...body, first: proseAfter(lines, i) }));
    return headline === undefined ? undefined : { headline, body: { ...body, first: proseAfter(lines, headline) } };
  }
  const found = above[at] as number;
  const over = above[at + 1];
  const name = (i: number) => isPublisherLine(textOf(lines[i]) ?? "");
  return { headline: over !== undefined && name(found) && isTitleLike(lines, over) && !name(over) ? over : found, body };
}

/** A line printed under a story that is still the story's: a credit, or a date or source line. */
const isCredit = (text: string): boolean => fitsIn(text, 80) && (parseMetaLine(text) !== undefined || parseByline(text) !== undefined);
/** A closing line of a few words ("谢谢大家！"), as a story may end on. */
const isClosingLine = (text: string): boolean => fitsIn(text, 40) && /[。！？!?…”」』）)]$/u.test(text);
/** Lines of other things (a sidebar's links, an app's prompt) after which nothing more is the story's. */
const AFTER_REACH = 3;

/**
 * Where the story's lines end under the body, and which of the lines between are the story's:
 * its credits, the date or source line and a closing line or two. What else a whole page sets
 * there (an app's prompt, a link to the topic's page) is not.
 */
export function afterBody(lines: readonly Line[], body: BodyRun): { kept: ReadonlySet<number>; end: number } {
  const kept = new Set<number>();
  let others = 0;
  let i = body.last + 1;
  for (; i < lines.length && others < AFTER_REACH; i += 1) {
    const line = lines[i] as Line;
    if (line.kind === "comments" || line.kind === "footer") break;
    if (line.kind !== "text" && line.kind !== "bullet") continue;
    const text = textOf(line);
    if (text !== undefined && isCredit(text)) kept.add(i);
    else if (text !== undefined && others === 0 && isClosingLine(text)) kept.add(i);
    else others += 1;
  }
  return { kept, end: Math.max(body.last, ...kept) + 1 };
}
