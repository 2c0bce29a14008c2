// Finding a story's page through the feed's item index (src/content/item-index.ts) instead
// of walking every page before it. An index that is missing, malformed or elsewhere is not
// used: the caller walks the pages as any JSON Feed reader would.
import { queryOptions } from "@tanstack/react-query";
import type { GenericSchema } from "valibot";
import type { ItemIndex, TopicIndex } from "../content/feed-schema";
import { shardOf } from "../content/item-index";
import { fetchJson } from "./fetch-json";
import { feedKeys } from "./feed-keys";
import type { LoadedPage } from "./feed-pages";

type Schemas = typeof import("../content/feed-schema");

/**
 * A shard of an index (the item, topic or search index), checked against its schema; a
 * malformed one is an error, never half read. The schema loads with the shard, not with the page.
 */
export async function readShard<T>(url: string, signal: AbortSignal, pick: (schemas: Schemas) => GenericSchema<unknown, T>, name: string): Promise<T> {
  const loading = Promise.all([import("valibot"), import("../content/feed-schema")]);
  const json = await fetchJson(url, signal);
  const [v, schemas] = await loading;
  const parsed = v.safeParse(pick(schemas), json);
  if (!parsed.success) throw new Error(`${name}格式无效：${url}`);
  return parsed.output;
}

/** One shard of the item index. Shards change only with the feed, as pages do. */
export const itemIndexShardQuery = (url: string) =>
  queryOptions({
    queryKey: feedKeys.itemIndexShard(url),
    queryFn: ({ signal }) => readShard(url, signal, (s) => s.ItemIndexSchema, "条目索引"),
    staleTime: Infinity,
    retry: false,
  });

/** One shard of the topic index. */
export const topicIndexShardQuery = (url: string) =>
  queryOptions({
    queryKey: feedKeys.topicIndexShard(url),
    queryFn: ({ signal }) => readShard(url, signal, (s) => s.TopicIndexSchema, "话题索引"),
    staleTime: Infinity,
    retry: false,
  });

/** A URL from a reference in `base`, kept only when it stays on the feed's own site. */
export function sameSite(ref: string, base: string): string | undefined {
  try {
    const url = new URL(ref, base);
    return url.origin === new URL(base).origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The shard that holds `key` among `shards` (references relative to page 1), if it is on the feed's site. */
async function shardHolding<T>(
  first: LoadedPage,
  shards: readonly string[] | undefined,
  key: string,
  fetch: (url: string) => Promise<T>,
): Promise<{ url: string; shard: T } | undefined> {
  if (shards === undefined) return undefined;
  const url = sameSite(shards[shardOf(key, shards.length)]!, first.url);
  if (url === undefined) return undefined;
  try {
    return { url, shard: await fetch(url) };
  } catch {
    return undefined;
  }
}

/**
 * Where the index says the item with route key `key` (content/route-key.ts) is: the page's
 * URL, `"absent"` when the index has no such item, or undefined when there is no index to
 * ask (or it could not be read).
 */
export async function indexedPage(
  first: LoadedPage,
  key: string,
  fetchShard: (url: string) => Promise<ItemIndex>,
): Promise<string | "absent" | undefined> {
  const found = await shardHolding(first, first.page._qingyue?.index_urls, key, fetchShard);
  if (found === undefined) return undefined;
  // Own keys only: a key such as "constructor" must not find Object.prototype's.
  if (!Object.hasOwn(found.shard.pages, key)) return "absent";
  return sameSite(found.shard.pages[key]!, found.url);
}

/**
 * The ids of the items with topic `name`, as the topic index lists them (none when it lists
 * no such topic), or undefined when there is no topic index to ask (or it could not be read).
 */
export async function indexedTopic(
  first: LoadedPage,
  name: string,
  fetchShard: (url: string) => Promise<TopicIndex>,
): Promise<string[] | undefined> {
  const found = await shardHolding(first, first.page._qingyue?.topic_index_urls, name, fetchShard);
  if (found === undefined) return undefined;
  return Object.hasOwn(found.shard.topics, name) ? found.shard.topics[name]! : [];
}
