// Finding stories by id or by topic, anywhere in the feed. Each lookup reads the pages (and
// index shards) it needs through their own queries, so a page read once is not fetched again.
import { queryOptions } from "@tanstack/react-query";
import { feedKeys } from "../../../lib/feed-keys";
import { feedPageQuery, firstPageQuery, walkFeed } from "../../../lib/feed-pages";
import { uniqueById } from "../../../content/paging";
import { itemTopics } from "../../../content/item-topics";
import type { Item } from "../../../content/feed-schema";
import { routeKey } from "../../../content/route-key";
import { indexedPage, indexedTopic, itemIndexShardQuery, topicIndexShardQuery } from "../../../lib/item-index";
import type { FeedData } from "./feed-window";
import { ItemNotFoundError } from "./item-not-found";

/** The item of `items` whose route key is `key`. */
const withKey = <T extends { id: string }>(items: readonly (T | null)[], key: string): T | undefined =>
  items.find((item): item is T => item !== null && routeKey(item.id) === key);

/** An item the home feed holds right now, if any: opening a story from the feed fetches nothing. */
function heldItem(data: FeedData | undefined, key: string): Item | undefined {
  for (const page of data?.pages ?? []) {
    const found = withKey(page.items, key);
    if (found) return found;
  }
  return undefined;
}

/**
 * Finds one item by its route key (content/route-key.ts): in the feed the home route holds,
 * on page 1, on the page the feed's item index names (two fetches however long the feed), or
 * else by walking the pages from the first.
 */
export const itemQuery = (key: string) =>
  queryOptions({
    queryKey: feedKeys.item(key),
    queryFn: async ({ client }): Promise<Item> => {
      const held = heldItem(client.getQueryData<FeedData>(feedKeys.window()), key);
      if (held) return held;
      const first = await client.fetchQuery(firstPageQuery());
      const onFirst = withKey(first.items, key);
      if (onFirst) return onFirst;
      const indexed = await indexedPage(first, key, (url) => client.fetchQuery(itemIndexShardQuery(url)));
      const notFound = new ItemNotFoundError("订阅源里没有这条内容");
      if (indexed === "absent") throw notFound;
      if (indexed !== undefined) {
        const loaded = await client.fetchQuery(feedPageQuery(indexed));
        const found = withKey(loaded.items, key);
        if (found) return found;
        // An index out of step with its pages: read the feed the long way.
      }
      for await (const { page } of walkFeed(client)) {
        const found = withKey(page.items, key);
        if (found) return found;
      }
      throw notFound;
    },
    staleTime: Infinity,
  });

/**
 * The items with these ids, in this order, each found as itemQuery finds it (through the item
 * index where the feed has one); an id the feed does not have is left out.
 */
export const itemsByIdQuery = (ids: readonly string[]) =>
  queryOptions({
    queryKey: feedKeys.items(ids),
    queryFn: async ({ client }): Promise<Item[]> => {
      const found = await Promise.all(
        [...new Set(ids)].map((id) =>
          client.fetchQuery(itemQuery(routeKey(id))).catch((error: unknown) => {
            if (error instanceof ItemNotFoundError) return undefined;
            throw error;
          }),
        ),
      );
      return found.filter((item): item is Item => item !== undefined);
    },
    staleTime: Infinity,
  });

/** Every item of every page, each id once: for a topic when the feed has no topic index. */
export const allItemsQuery = () =>
  queryOptions({
    queryKey: feedKeys.allItems(),
    queryFn: async ({ client }): Promise<Item[]> => {
      const pages: Item[][] = [];
      for await (const { page } of walkFeed(client)) pages.push(page.items);
      return uniqueById(pages);
    },
    staleTime: Infinity,
  });

/**
 * The items with topic `name`, in feed order: through the topic index where the feed has
 * one (reading only the pages that hold them), else from every page of the feed.
 */
export const topicItemsQuery = (name: string) =>
  queryOptions({
    queryKey: feedKeys.topic(name),
    queryFn: async ({ client }): Promise<Item[]> => {
      const first = await client.fetchQuery(firstPageQuery());
      const ids = await indexedTopic(first, name, (url) => client.fetchQuery(topicIndexShardQuery(url)));
      const items = await (ids === undefined ? client.fetchQuery(allItemsQuery()) : client.fetchQuery(itemsByIdQuery(ids)));
      // An index out of step with its pages never shows a story without the topic.
      return items.filter((item) => itemTopics(item).includes(name));
    },
    staleTime: Infinity,
  });
