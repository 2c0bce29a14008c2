// Finding a story's page through the feed's item index (src/content/item-index.ts) instead
// of walking every page before it. An index that is missing, malformed or elsewhere is not
// used: the caller walks the pages as any JSON Feed reader would.
import { queryOptions } from "@tanstack/react-query";
import * as v from "valibot";
import { ItemIndexSchema, TopicIndexSchema, type ItemIndex, type TopicIndex } from "../../content/feed-schema";
import { shardOf } from "../../content/item-index";
import { fetchJson } from "../../lib/fetch-json";
import type { LoadedPage } from "./feed-api";

/** One shard of the item index. Shards change only with the feed, as pages do. */
export const itemIndexShardQuery = (url: string) =>
  queryOptions({
    queryKey: ["item-index", url],
    queryFn: async ({ signal }): Promise<ItemIndex> => {
      const parsed = v.safeParse(ItemIndexSchema, await fetchJson(url, signal));
      if (!parsed.success) throw new Error(`条目索引格式无效：${url}`);
      return parsed.output;
    },
    staleTime: Infinity,
    retry: false,
  });

/** One shard of the topic index. */
export const topicIndexShardQuery = (url: string) =>
  queryOptions({
    queryKey: ["topic-index", url],
    queryFn: async ({ signal }): Promise<TopicIndex> => {
      const parsed = v.safeParse(TopicIndexSchema, await fetchJson(url, signal));
      if (!parsed.success) throw new Error(`话题索引格式无效：${url}`);
      return parsed.output;
    },
    staleTime: Infinity,
    retry: false,
  });

/** A URL from a reference in `base`, kept only when it stays on the feed's own site. */
function sameSite(ref: string, base: string): string | undefined {
  try {
    const url = new URL(ref, base);
    return url.origin === new URL(base).origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where the index says item `id` is: the page's URL, `"absent"` when the index has no such
 * item, or undefined when there is no index to ask (or it could not be read).
 */
export async function indexedPage(
  first: LoadedPage,
  id: string,
  fetchShard: (url: string) => Promise<ItemIndex>,
): Promise<string | "absent" | undefined> {
  const shards = first.page._qingyue?.index_urls;
  if (shards === undefined) return undefined;
  const shardUrl = sameSite(shards[shardOf(id, shards.length)]!, first.url);
  if (shardUrl === undefined) return undefined;
  let shard: ItemIndex;
  try {
    shard = await fetchShard(shardUrl);
  } catch {
    return undefined;
  }
  // Own keys only: an id such as "constructor" must not find Object.prototype's.
  if (!Object.hasOwn(shard.pages, id)) return "absent";
  return sameSite(shard.pages[id]!, shardUrl);
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
  const shards = first.page._qingyue?.topic_index_urls;
  if (shards === undefined) return undefined;
  const shardUrl = sameSite(shards[shardOf(name, shards.length)]!, first.url);
  if (shardUrl === undefined) return undefined;
  try {
    const shard = await fetchShard(shardUrl);
    return Object.hasOwn(shard.topics, name) ? shard.topics[name]! : [];
  } catch {
    return undefined;
  }
}
