// One page → its feed items, checked against the contract and rendered as their page will hold
// them: the per-page work of the ingest, pure (text in, items out), so that it can run on any
// thread in any order.
import { ItemSchema, type Item } from "../content/feed-schema";
import { problemInWords } from "./build/check";
import { renderItem, type ReadyItem } from "./build/feed-pages";
import { pageItems } from "./build/items";
import type { PageKind } from "./inputs";
import { markdownPage, type MarkdownPage } from "./markdown/page";
import { overlongParagraphs, withoutOverlongLines, withoutOverlongParagraphs } from "./overlong";
import { NOT_AN_ARTICLE, NOTHING_RECOGNISABLE, PAGE_BROKE_READER, tookTooLong } from "./page-reasons";
import { parsePage, type ParsedPage } from "./parse/page";
import { wellFormed } from "./well-formed";
import { weiboItem } from "./weibo/items";
import { readTimelineText } from "./weibo/timeline-text";
import { atOnce, TimeUp, type Runner } from "./work/time-limit";

export interface PageTask {
  kind: PageKind;
  text: string;
  externalUrl?: string;
  baseUrl: string;
}

/** The page's items that meet the contract, each with its rendering; why the others were left out. */
export type PageResult = { items: Required<ReadyItem>[]; problems: string[] } | { reason: string };

/** Why an item the contract rejects is left out of the feed, or undefined when it is fine. */
export function leftOut(item: Item): string | undefined {
  const problem = problemInWords(ItemSchema, item);
  return problem === undefined ? undefined : `${item.id} 没有收入：${problem}`;
}

/**
 * The HTML extractor (a DOM, Readability): loaded with the first HTML page, as it is most of
 * what a thread loads to read pages (about 270 ms of 410), which a run of page text never needs.
 */
let htmlExtractor: Promise<typeof import("./html/extract")> | undefined;

/**
 * The page's items, or the reason it has none. A page that breaks the reader (a bug, or a
 * shape no page should have) costs that page alone, named in words, never the run; so does one
 * whose time runs out, when `run` gives it a time (on a worker, the pool stops it).
 */
export async function readPage(task: PageTask, run: Runner = atOnce): Promise<PageResult> {
  try {
    // Markdown page text is the HTML page it describes.
    const markdown = run(() => (task.kind === "text" ? markdownPage(task.text) : undefined));
    const extractor = task.kind !== "text" || markdown !== undefined ? await (htmlExtractor ??= import("./html/extract")) : undefined;
    return run(() => readLoaded(task, markdown, extractor));
  } catch (error) {
    return { reason: error instanceof TimeUp ? tookTooLong(error.limitMs) : PAGE_BROKE_READER };
  }
}

/** The page's items, the readers it needs loaded: the work itself, with nothing to wait for. */
function readLoaded(task: PageTask, markdown: MarkdownPage | undefined, extractor: typeof import("./html/extract") | undefined): PageResult {
  let parsed: ParsedPage;
  let overlong: string[];
  let externalUrl = task.externalUrl;
  if (extractor !== undefined) {
    const read = extractor.parseHtmlPage(markdown?.html ?? task.text, task.externalUrl ?? markdown?.url, { oneStory: task.kind === "story" });
    if ("reason" in read) return read;
    const kept = withoutOverlongParagraphs(read.page);
    overlong = kept.dropped;
    parsed = kept.page;
    // A page saved to a file still says where it was published.
    externalUrl ??= read.url;
  } else {
    // A Weibo timeline or post page copied as text: its posts, with their authors and times.
    const timeline = readTimelineText(task.text);
    if (timeline !== undefined && timeline.length > 0) return checked(timeline.map((status) => weiboItem(status, { baseUrl: task.baseUrl })), []);
    const read = withoutOverlongLines(task.text);
    overlong = read.dropped;
    parsed = parsePage(read.text);
  }
  const ctx = { baseUrl: task.baseUrl, ...(externalUrl !== undefined ? { externalUrl } : {}) };
  if (parsed.onlyHeadlines) return { reason: NOT_AN_ARTICLE };
  const made = pageItems(parsed, ctx);
  if (made.length === 0) return { reason: overlong.length > 0 ? overlongParagraphs(overlong) : NOTHING_RECOGNISABLE };
  return checked(made, overlong);
}

/** The items that meet the contract, each with its rendering; why the others were left out, and which paragraphs were too long to keep. */
function checked(made: readonly Item[], overlong: readonly string[]): PageResult {
  const items: Required<ReadyItem>[] = [];
  const problems: string[] = overlong.length > 0 ? [overlongParagraphs(overlong)] : [];
  for (const item of made.map(wellFormed)) {
    const problem = leftOut(item);
    if (problem === undefined) items.push({ item, text: renderItem(item) });
    else problems.push(problem);
  }
  return { items, problems };
}
