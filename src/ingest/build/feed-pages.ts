// The feed as files: page 1 `feed.json`, then `feed-2.json` … linked by `next_url`,
// `people.json`, the item index `index-1.json` …, the topic index `topics-1.json` … and the
// search index `search-1.json` …, `search-docs-1.json` … (search-files.ts).
// Everything is rendered to strings and checked against the contract before a single byte
// is written; a failure here is a bug in the ingest, so it throws.
import {
  FeedEnvelopeSchema,
  ItemIndexSchema,
  ItemSchema,
  TopicIndexSchema,
  JSON_FEED_VERSION,
  PeopleDocumentSchema,
  AuthorsDocumentSchema,
  type Item,
  type Person,
  type SearchIndexRef,
} from "../../content/feed-schema";
import { assertValid } from "./check";
import { shardCount, shardFileName, shardOf, topicShardFileName } from "../../content/item-index";
import { itemTopics } from "../../content/item-topics";
import type { ListedAuthor } from "../../content/profiles";

export interface FeedOptions {
  pageSize: number;
  /** Site origin (and path prefix) without a trailing slash, or "" for root-relative links. */
  baseUrl: string;
}

export const PEOPLE_FILE = "people.json";

export const pageFileName = (n: number) => (n === 1 ? "feed.json" : `feed-${n}.json`);

/** Two-space JSON with a final newline; key order is the order objects were built in. */
const render = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * An object of the pairs, as Object.fromEntries makes it: set one by one, which on the item
 * index's tens of thousands of new keys takes a sixth of the time (50 ms against 300). It has
 * no prototype, so a key a feed chose ("__proto__") is a key like any other.
 */
function objectOf<T>(pairs: Iterable<readonly [string, T]>): Record<string, T> {
  const object = Object.create(null) as Record<string, T>;
  for (const [key, value] of pairs) object[key] = value;
  return object;
}

/** Where a page's items stand in its JSON: the elements of `items`, two levels in. */
const ITEM_INDENT = "\n    ";

/**
 * An item as its page holds it: two-space JSON indented as an element of the page's `items`
 * (JSON strings hold no raw newline, so every newline is one between lines of the rendering).
 * Rendered where the item is made, on any thread; the page only joins the texts.
 */
export const renderItem = (item: Item): string => JSON.stringify(item, null, 2).replaceAll("\n", ITEM_INDENT);

/**
 * An item and its rendering (`renderItem`), made once the item was checked against the
 * contract. Without one, the item is checked and rendered when its page is staged.
 */
export interface ReadyItem {
  item: Item;
  text?: string;
}

/** An item checked against the contract, and its rendering; throws when it breaks it (a bug: nothing may be written). */
export function checkedItemText(item: Item): string {
  assertValid(ItemSchema, item, `item ${item.id}`);
  return renderItem(item);
}

/** The page's JSON, as `render` gives it, from the envelope and its items already rendered. */
function renderPage(envelope: { items: readonly never[] }, items: readonly string[]): string {
  const empty = JSON.stringify(envelope, null, 2);
  if (items.length === 0) return `${empty}\n`;
  // `items` is the envelope's last key: its "[]\n}" opens onto the items.
  if (!empty.endsWith('"items": []\n}')) throw new Error("a feed page's items must be its last key");
  return `${empty.slice(0, -4)}[${ITEM_INDENT}${items.join(`,${ITEM_INDENT}`)}\n  ]\n}\n`;
}

/** Facts must point to items of the feed, and items may only name people it profiles. */
export function checkReferences(itemIds: ReadonlySet<string>, people: readonly Person[], namedPeople: ReadonlySet<string>): void {
  const personIds = new Set(people.map((p) => p.id));
  for (const person of people) {
    for (const fact of person.facts) {
      if (!itemIds.has(fact.item)) throw new Error(`person ${person.id}: fact points to missing item ${fact.item}`);
    }
  }
  for (const id of namedPeople) if (!personIds.has(id)) throw new Error(`an item names unknown person ${id}`);
}

/** A file of the feed: its name, and its contents rendered on demand (one page in memory at a time). */
export interface FeedFile {
  name: string;
  render: () => string;
}

/**
 * Page `n` of `pageCount`, built and checked against the contract; throws when it breaks it.
 * Page 1 names the people file and the shards of the item and topic indexes. The items come
 * rendered by `renderItem`, each checked against the contract where it was rendered.
 */
export function feedPageFile(
  n: number,
  pageCount: number,
  items: readonly string[],
  opts: FeedOptions,
  index: { items: readonly string[]; topics: readonly string[]; search?: SearchIndexRef },
): FeedFile {
  const base = opts.baseUrl;
  const next = n < pageCount ? pageFileName(n + 1) : undefined;
  const page = {
    version: JSON_FEED_VERSION,
    title: "轻阅",
    home_page_url: `${base}/`,
    feed_url: `${base}/feed/feed.json`,
    language: "zh-CN",
    ...(next !== undefined ? { next_url: base === "" ? next : `${base}/feed/${next}` } : {}),
    ...(n === 1
      ? {
          _qingyue: {
            people_url: PEOPLE_FILE,
            index_urls: index.items,
            topic_index_urls: index.topics,
            ...(index.search ? { search: index.search } : {}),
          },
        }
      : {}),
    items: [] as never[],
  };
  assertValid(FeedEnvelopeSchema, page, pageFileName(n));
  return { name: pageFileName(n), render: () => renderPage(page, items) };
}

/** Collects which page holds each item, then renders the index shards (see item-index.ts). */
export class ItemIndexBuilder {
  private readonly shards: [id: string, page: string][][];

  constructor(readonly shardTotal: number) {
    this.shards = Array.from({ length: shardTotal }, () => []);
  }

  static forItems(items: number): ItemIndexBuilder {
    return new ItemIndexBuilder(shardCount(items));
  }

  /** The shard file names, in order, as page 1 lists them. */
  names(): string[] {
    return this.shards.map((_, n) => shardFileName(n));
  }

  add(id: string, page: string): void {
    this.shards[shardOf(id, this.shardTotal)]!.push([id, page]);
  }

  /** The shard files, each checked against the contract. */
  files(): FeedFile[] {
    return this.shards.map((entries, n) => {
      const doc = { version: 1 as const, pages: objectOf(entries) };
      assertValid(ItemIndexSchema, doc, shardFileName(n));
      return { name: shardFileName(n), render: () => render(doc) };
    });
  }
}

/**
 * Collects the items of each topic, then renders the topic index shards. Shards are counted
 * by the topics known before the pages are written (see `topicsSeen`), as page 1 names them.
 */
export class TopicIndexBuilder {
  private readonly shards: Map<string, string[]>[];

  constructor(readonly shardTotal: number) {
    this.shards = Array.from({ length: shardTotal }, () => new Map());
  }

  static forTopics(topics: number): TopicIndexBuilder {
    return new TopicIndexBuilder(shardCount(topics));
  }

  /** The shard file names, in order, as page 1 lists them. */
  names(): string[] {
    return this.shards.map((_, n) => topicShardFileName(n));
  }

  add(item: Item): void {
    for (const topic of itemTopics(item)) {
      const shard = this.shards[shardOf(topic, this.shardTotal)]!;
      const ids = shard.get(topic);
      if (ids) ids.push(item.id);
      else shard.set(topic, [item.id]);
    }
  }

  /** The shard files, each checked against the contract. */
  files(): FeedFile[] {
    return this.shards.map((topics, n) => {
      const doc = { version: 1 as const, topics: objectOf(topics) };
      assertValid(TopicIndexSchema, doc, topicShardFileName(n));
      return { name: topicShardFileName(n), render: () => render(doc) };
    });
  }
}

/** `people.json`, checked against the contract. */
export const AUTHORS_FILE = "authors.json";

/**
 * people.json, and the authors' file it names: every story page reads people.json for the
 * names it links, so a feed's authors (thousands, in a Weibo crawl) are kept in a file of
 * their own that only the people pages read. A feed with no authors says so in people.json,
 * so the app need not look for them in every page.
 */
export function peopleFiles(people: readonly Person[], authors: readonly ListedAuthor[]): FeedFile[] {
  if (authors.length === 0) {
    const doc = { version: 1 as const, people, authors: [] };
    assertValid(PeopleDocumentSchema, doc, PEOPLE_FILE);
    return [{ name: PEOPLE_FILE, render: () => render(doc) }];
  }
  const listed = { version: 1 as const, authors };
  assertValid(AuthorsDocumentSchema, listed, AUTHORS_FILE);
  const doc = { version: 1 as const, people, authors_url: AUTHORS_FILE };
  assertValid(PeopleDocumentSchema, doc, PEOPLE_FILE);
  return [
    { name: AUTHORS_FILE, render: () => render(listed) },
    { name: PEOPLE_FILE, render: () => render(doc) },
  ];
}

/** The ids of the people an item names (trending snippets name none). */
export function peopleNamedBy(item: Item): readonly string[] {
  return item._qingyue.kind === "trending" ? [] : (item._qingyue.people ?? []);
}
