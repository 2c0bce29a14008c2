// Finding stories by id or by topic, anywhere in the feed. Each lookup reads the pages (and
// index shards) it needs through their own queries, so a page read once is not fetched again.
import { queryOptions } from "@tanstack/react-query";
import { feedKeys } from "../../../lib/feed-keys";
import { feedPageQuery, firstPageQuery, walkFeed } from "../../../lib/feed-pages";
import { uniqueById } from "../../../content/paging";
import { itemTopics } from "../../../content/item-topics";
import type { Item } from "../../../content/feed-schema";
import { indexedPage, indexedTopic, itemIndexShardQuery, topicIndexShardQuery } from "./item-index";
import type { FeedData } from "./feed-window";
import { ItemNotFoundError } from "./item-not-found";

/** An item the home feed holds right now, if any: opening a story from the feed fetches nothing. */
function heldItem(data: FeedData | undefined, id: string): Item | undefined {
  for (const page of data?.pages ?? []) {
    const found = page.items.find((item) => item?.id === id);
    if (found) return found;
  }
  return undefined;
}

/**
 * Finds one item by id: in the feed the home route holds, on page 1, on the page the feed's
 * item index names (two fetches however long the feed), or else by walking the pages from
 * the first.
 */
export const itemQuery = (id: string) =>
  queryOptions({
    queryKey: feedKeys.item(id),
    queryFn: async ({ client }): Promise<Item> => {
      const held = heldItem(client.getQueryData<FeedData>(feedKeys.window()), id);
      if (held) return held;
      const first = await client.fetchQuery(firstPageQuery());
      const onFirst = first.items.find((item) => item.id === id);
      if (onFirst) return onFirst;
      const indexed = await indexedPage(first, id, (url) => client.fetchQuery(itemIndexShardQuery(url)));
      const notFound = new ItemNotFoundError(`没有找到 id 为 ${id} 的内容`);
      if (indexed === "absent") throw notFound;
      if (indexed !== undefined) {
        const loaded = await client.fetchQuery(feedPageQuery(indexed));
        const found = loaded.items.find((item) => item.id === id);
        if (found) return found;
        // An index out of step with its pages: read the feed the long way.
      }
      for await (const { page } of walkFeed(client)) {
        const found = page.items.find((item) => item.id === id);
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
          client.fetchQuery(itemQuery(id)).catch((error: unknown) => {
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
