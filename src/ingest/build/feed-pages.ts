// The feed as files: page 1 `feed.json`, then `feed-2.json` … linked by `next_url`, and
// `people.json`. Everything is rendered to strings and checked against the contract before
// a single byte is written; a failure here is a bug in the ingest, so it throws.
import {
  FeedEnvelopeSchema,
  ItemSchema,
  JSON_FEED_VERSION,
  PeopleDocumentSchema,
  type Item,
  type Person,
} from "../../content/feed-schema";
import { assertValid } from "./check";

export interface FeedOptions {
  pageSize: number;
  /** Site origin (and path prefix) without a trailing slash, or "" for root-relative links. */
  baseUrl: string;
}

export const PEOPLE_FILE = "people.json";

export const pageFileName = (n: number) => (n === 1 ? "feed.json" : `feed-${n}.json`);

/** Two-space JSON with a final newline; key order is the order objects were built in. */
const render = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function checkReferences(items: readonly Item[], people: readonly Person[]): void {
  const itemIds = new Set(items.map((i) => i.id));
  const personIds = new Set(people.map((p) => p.id));
  for (const person of people) {
    for (const fact of person.facts) {
      if (!itemIds.has(fact.item)) throw new Error(`person ${person.id}: fact points to missing item ${fact.item}`);
    }
  }
  for (const item of items) {
    const ext = item._qingyue;
    const named = ext.kind === "trending" ? [] : (ext.people ?? []);
    for (const id of named) if (!personIds.has(id)) throw new Error(`item ${item.id}: unknown person ${id}`);
  }
}

/** A file of the feed: its name, and its contents rendered on demand (one page in memory at a time). */
export interface FeedFile {
  name: string;
  render: () => string;
}

/**
 * Builds and checks every page object, then hands back files that render to JSON on demand:
 * all validation happens before the first byte is written, without holding every page's
 * text at once. Files come in writing order: later pages, people.json, page 1 last.
 */
export function renderFeed(items: readonly Item[], people: readonly Person[], opts: FeedOptions): FeedFile[] {
  checkReferences(items, people);
  const peopleDoc = { version: 1 as const, people };
  assertValid(PeopleDocumentSchema, peopleDoc, PEOPLE_FILE);
  const base = opts.baseUrl;
  const pageCount = Math.max(1, Math.ceil(items.length / opts.pageSize));
  const files: FeedFile[] = [];
  for (let n = pageCount; n >= 1; n -= 1) {
    const pageItems = items.slice((n - 1) * opts.pageSize, n * opts.pageSize);
    const next = n < pageCount ? pageFileName(n + 1) : undefined;
    const page = {
      version: JSON_FEED_VERSION,
      title: "轻阅",
      home_page_url: `${base}/`,
      feed_url: `${base}/feed/feed.json`,
      language: "zh-CN",
      ...(next !== undefined ? { next_url: base === "" ? next : `${base}/feed/${next}` } : {}),
      ...(n === 1 ? { _qingyue: { people_url: PEOPLE_FILE } } : {}),
      items: pageItems,
    };
    assertValid(FeedEnvelopeSchema, page, pageFileName(n));
    for (const item of pageItems) assertValid(ItemSchema, item, `item ${item.id}`);
    const file = { name: pageFileName(n), render: () => render(page) };
    if (n === 1) files.push({ name: PEOPLE_FILE, render: () => render(peopleDoc) });
    files.push(file);
  }
  return files;
}
