// A synthetic feed of N posts for scale tests and benchmarks: JSON Feed 1.1 pages of ~20
// items, clearly marked synthetic (feed title, description, `syn-` ids), each page checked
// against the same schema the app parses with. Never the shipped feed.
import * as v from "valibot";
import { FeedEnvelopeSchema, ItemSchema, JSON_FEED_VERSION, type Item } from "../src/content/feed-schema";
import { extractTopics } from "../src/content/weibo-markup";
import { ItemIndexBuilder } from "../src/ingest/build/feed-pages";
import { searchChars, SearchFilesBuilder } from "../src/ingest/build/search-files";
import { seededRandom, syntheticPost, syntheticSnippet } from "./synthetic-text";
import { syntheticMedia } from "./synthetic-media";

/** Where the synthetic feed's pictures are, beside its pages (make-feed writes them). */
export const PICTURE_DIR = "pictures";

export const SYNTHETIC_TITLE = "轻阅 · 合成测试订阅源";

export interface SyntheticFeedOptions {
  items: number;
  pageSize?: number;
  seed?: number;
  /**
   * Whether to write the item index (`index-N.json`) and the search index (`search-N.json`,
   * `search-docs-N.json`), named on page 1, as the ingest does. Default true.
   */
  index?: boolean;
}

export interface FeedFile {
  /** File name inside the feed folder: feed.json, feed-2.json, … */
  name: string;
  page: Record<string, unknown>;
}

export const pageName = (n: number) => (n === 1 ? "feed.json" : `feed-${n}.json`);

function syntheticItem(random: () => number, ordinal: number, width: number): Record<string, unknown> {
  const id = `syn-${String(ordinal).padStart(width, "0")}`;
  // One in five is a cut-off trending snippet, as in the seed's 热门推荐 list.
  if (ordinal % 5 === 0) {
    const text = syntheticSnippet(random);
    const topics = extractTopics(text);
    return {
      id,
      url: `/posts/${id}`,
      content_text: text,
      _qingyue: { kind: "trending", text, truncated: true, list: "热门推荐", ...(topics.length ? { topics } : {}) },
    };
  }
  const { headline, paragraphs } = syntheticPost(random, ordinal);
  const topics = extractTopics(paragraphs.join("\n"));
  return {
    id,
    url: `/posts/${id}`,
    ...(headline ? { title: headline } : {}),
    content_text: paragraphs.join("\n\n"),
    ...(topics.length ? { tags: topics } : {}),
    ...syntheticMedia(ordinal, `/feed/${PICTURE_DIR}`),
    _qingyue: { kind: "post", ...(headline ? { headline } : {}), paragraphs, ...(topics.length ? { topics } : {}) },
  };
}

/**
 * Builds every page in order; with `index`, page 1 names the item index's shards (see
 * syntheticIndex). Throws if any page or item does not satisfy the feed schema.
 */
export function buildSyntheticFeed({ items, pageSize = 20, seed = 1, index = true }: SyntheticFeedOptions): FeedFile[] {
  return buildSyntheticFiles({ items, pageSize, seed, index }).pages;
}

/**
 * The pages in order and, with `index`, the search index files (story shards and token
 * shards). Throws if any page, item or shard does not satisfy the feed schema.
 */
export function buildSyntheticFiles({ items, pageSize = 20, seed = 1, index = true }: SyntheticFeedOptions): { pages: FeedFile[]; search: FeedFile[] } {
  if (!Number.isInteger(items) || items < 0) throw new Error("items must be a whole number ≥ 0");
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error("page size must be a whole number ≥ 1");
  const random = seededRandom(seed);
  const width = Math.max(5, String(items).length);
  const pageCount = Math.max(1, Math.ceil(items / pageSize));
  const all: Record<string, unknown>[] = [];
  for (let ordinal = 1; ordinal <= items; ordinal++) {
    const item = syntheticItem(random, ordinal, width);
    // The contract, checked here so a broken generator never reaches a test or a bench.
    v.parse(ItemSchema, item);
    all.push(item);
  }
  const shards = index ? ItemIndexBuilder.forItems(items) : undefined;
  const search = index ? searchFiles(all.map((item) => v.parse(ItemSchema, item))) : undefined;
  const files: FeedFile[] = [];
  for (let n = 1; n <= pageCount; n++) {
    const pageItems = all.slice((n - 1) * pageSize, n * pageSize);
    const page: Record<string, unknown> = {
      version: JSON_FEED_VERSION,
      title: SYNTHETIC_TITLE,
      description: `合成的测试数据（${items} 条），由 make-feed 生成，并非真实内容`,
      home_page_url: "/",
      feed_url: "/feed/feed.json",
      language: "zh-CN",
      ...(n < pageCount ? { next_url: pageName(n + 1) } : {}),
      ...(n === 1 && shards && search ? { _qingyue: { index_urls: shards.names(), search: search.ref } } : {}),
      items: pageItems,
    };
    v.parse(FeedEnvelopeSchema, page);
    files.push({ name: pageName(n), page });
  }
  return { pages: files, search: search?.files ?? [] };
}

function searchFiles(items: readonly Item[]) {
  const builder = SearchFilesBuilder.forFeed(items.length, items.reduce((n, item) => n + searchChars(item), 0));
  const files = items.flatMap((item) => builder.add(item) ?? []);
  files.push(...builder.finish());
  return { ref: builder.ref(), files: files.map((f) => ({ name: f.name, page: JSON.parse(f.render()) as Record<string, unknown> })) };
}

/** The item index of these pages (the shards page 1 names), each shard checked against the schema. */
export function syntheticIndex(pages: readonly FeedFile[]): FeedFile[] {
  const all = pages.map((p) => ({ name: p.name, ids: (p.page.items as { id: string }[]).map((item) => item.id) }));
  const index = ItemIndexBuilder.forItems(all.reduce((n, p) => n + p.ids.length, 0));
  for (const { name, ids } of all) for (const id of ids) index.add(id, name);
  return index.files().map((shard) => ({ name: shard.name, page: JSON.parse(shard.render()) as Record<string, unknown> }));
}
