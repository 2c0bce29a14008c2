// One page → its feed items, checked against the contract and rendered as their page will hold
// them: the per-page work of the ingest, pure (text in, items out), so that it can run on any
// thread in any order.
import { ItemSchema, MAX_TEXT, type Item } from "../content/feed-schema";
import { problemInWords } from "./build/check";
import { renderItem, type ReadyItem } from "./build/feed-pages";
import { pageItems } from "./build/items";
import type { PageKind } from "./inputs";
import { overlongLines, NOT_AN_ARTICLE, NOTHING_RECOGNISABLE, PAGE_BROKE_READER } from "./page-reasons";
import { parsePage, type ParsedPage } from "./parse/page";

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

/** The text without its lines past the contract's limit (each left blank), and how many there were. */
function withoutOverlongLines(text: string): { text: string; dropped: number } {
  let dropped = 0;
  const kept: string[] = [];
  let from = 0;
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > MAX_TEXT) {
      kept.push(text.slice(from, start));
      from = stop;
      dropped += 1;
    }
    start = stop + 1;
  }
  return dropped === 0 ? { text, dropped } : { text: kept.join("") + text.slice(from), dropped };
}

/**
 * The page's items, or the reason it has none. A page that breaks the reader (a bug, or a
 * shape no page should have) costs that page alone, named in words, never the run.
 */
export async function readPage(task: PageTask): Promise<PageResult> {
  try {
    return await readPageOrThrow(task);
  } catch {
    return { reason: PAGE_BROKE_READER };
  }
}

async function readPageOrThrow(task: PageTask): Promise<PageResult> {
  let parsed: ParsedPage;
  let overlong = 0;
  let externalUrl = task.externalUrl;
  if (task.kind === "html") {
    const { parseHtmlPage } = await (htmlExtractor ??= import("./html/extract"));
    const read = parseHtmlPage(task.text, task.externalUrl);
    if ("reason" in read) return read;
    parsed = read.page;
    // A page saved to a file still says where it was published.
    externalUrl ??= read.url;
  } else {
    // A line is a paragraph, and one past the contract's limit could never be shown: it is
    // named and left out before parsing, which would take a gigabyte and seconds for a line of
    // megabytes, and the rest of the page is read.
    const read = withoutOverlongLines(task.text);
    overlong = read.dropped;
    parsed = parsePage(read.text);
  }
  const ctx = { baseUrl: task.baseUrl, ...(externalUrl !== undefined ? { externalUrl } : {}) };
  if (parsed.onlyHeadlines) return { reason: NOT_AN_ARTICLE };
  const made = pageItems(parsed, ctx);
  if (made.length === 0) return { reason: overlong > 0 ? overlongLines(overlong) : NOTHING_RECOGNISABLE };
  const items: Required<ReadyItem>[] = [];
  const problems: string[] = overlong > 0 ? [overlongLines(overlong)] : [];
  for (const item of made) {
    const problem = leftOut(item);
    if (problem === undefined) items.push({ item, text: renderItem(item) });
    else problems.push(problem);
  }
  return { items, problems };
}
