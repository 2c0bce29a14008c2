// One page → its feed items, checked against the contract: the per-page work of the ingest,
// pure (text in, items out), so that it can run on any thread in any order.
import { ItemSchema, type Item } from "../content/feed-schema";
import { problemWith } from "./build/check";
import { pageItems } from "./build/items";
import { NOT_AN_ARTICLE, parseHtmlPage } from "./html/extract";
import type { PageKind } from "./inputs";
import { parsePage, type ParsedPage } from "./parse/page";

export interface PageTask {
  kind: PageKind;
  text: string;
  externalUrl?: string;
  baseUrl: string;
}

export type PageResult = { items: Item[]; problems: string[] } | { reason: string };

export const NOTHING_RECOGNISABLE = "nothing recognisable (no article, post or list)";

export function readPage(task: PageTask): PageResult {
  let parsed: ParsedPage;
  if (task.kind === "html") {
    const read = parseHtmlPage(task.text, task.externalUrl);
    if ("reason" in read) return read;
    parsed = read.page;
  } else {
    parsed = parsePage(task.text);
  }
  const ctx = { baseUrl: task.baseUrl, ...(task.externalUrl !== undefined ? { externalUrl: task.externalUrl } : {}) };
  if (parsed.onlyHeadlines) return { reason: NOT_AN_ARTICLE };
  const made = pageItems(parsed, ctx);
  if (made.length === 0) return { reason: NOTHING_RECOGNISABLE };
  const items: Item[] = [];
  const problems: string[] = [];
  for (const item of made) {
    const problem = problemWith(ItemSchema, item);
    if (problem === undefined) items.push(item);
    else problems.push(`${item.id} left out: ${problem}`);
  }
  return { items, problems };
}
