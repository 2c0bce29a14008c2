import { infiniteQueryOptions, queryOptions, type InfiniteData, type QueryClient } from "@tanstack/react-query";
import { fetchFeedPage, feedUrl, type LoadedPage } from "./feed-api";
import { nextPage, uniqueById, type NextPage } from "./paging";
import { feedLedger } from "./feed-ledger";
import { indexedPage, indexedTopic, itemIndexShardQuery, topicIndexShardQuery } from "./item-index";
import { itemTopics } from "../../content/item-topics";
import type { Item } from "../../content/feed-schema";

/** One page of the feed. Pages never change once published, so they never go stale. */
export const feedPageQuery = (url: string) =>
  queryOptions({
    queryKey: ["feed-page", url],
    queryFn: ({ signal }) => fetchFeedPage(url, signal),
    staleTime: Infinity,
  });

/** Where a page says the feed goes on, given the pages read before it (loops are refused). */
export function followNext(from: { url: string; nextUrl?: string | undefined }, visited: readonly string[]): NextPage {
  return nextPage(from.nextUrl, from.url, visited);
}

export interface FeedParam {
  url: string;
  /** The page's place in the feed: 0 for feed.json. */
  index: number;
}

/** A page as the home feed holds it: its items lined up with their slots (see FeedLedger). */
export interface FeedWindowPage {
  url: string;
  index: number;
  items: (Item | null)[];
}

export type FeedData = InfiniteData<FeedWindowPage>;

/**
 * How many pages the feed holds at once: about 200 items, however the feed is paged, so a
 * window always covers several screens above and below the reader (no fetch ping-pong)
 * while a feed of any length costs the same memory. Pages beyond it are fetched again.
 */
export function pagesToHold(itemsPerPage: number): number {
  return Math.max(6, Math.ceil(200 / Math.max(1, itemsPerPage)));
}

/** The feed as the home route reads it: a window of pages, following `next_url`. */
export const feedQuery = (queryClient: QueryClient) => {
  const ledger = feedLedger(queryClient);
  return infiniteQueryOptions({
    queryKey: ["feed"],
    queryFn: async ({ pageParam, signal }): Promise<FeedWindowPage> => {
      // A first read with nothing held starts the feed afresh: page 1 may have changed.
      if (pageParam.index === 0 && queryClient.getQueryData(["feed"]) === undefined) ledger.reset();
      const pageKey = feedPageQuery(pageParam.url).queryKey;
      // A story opened cold has read page 1 already; Back to the feed then fetches nothing.
      const loaded = queryClient.getQueryData(pageKey) ?? (await fetchFeedPage(pageParam.url, signal));
      // Page 1 stays shared with the story and people routes; other pages are let go with the window.
      if (pageParam.index === 0) queryClient.setQueryData(pageKey, loaded);
      const items = ledger.record(pageParam.index, pageParam.url, loaded.items, loaded.page.next_url);
      return { url: pageParam.url, index: pageParam.index, items };
    },
    initialPageParam: { url: feedUrl(), index: 0 } as FeedParam,
    getNextPageParam: (last): FeedParam | undefined => {
      const next = ledger.follow(last.index);
      return next.kind === "next" ? { url: next.url, index: last.index + 1 } : undefined;
    },
    getPreviousPageParam: (first): FeedParam | undefined => {
      const url = ledger.url(first.index - 1);
      return url === undefined ? undefined : { url, index: first.index - 1 };
    },
    maxPages: pagesToHold(ledger.pageCount > 0 ? ledger.total / ledger.pageCount : 20),
    staleTime: Infinity,
  });
};

export class ItemNotFoundError extends Error {
  override name = "ItemNotFoundError";
}

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
 * the first. Pages come from the query cache, so a page read once is not fetched again.
 */
export const itemQuery = (queryClient: QueryClient, id: string) =>
  queryOptions({
    queryKey: ["item", id],
    queryFn: async (): Promise<Item> => {
      const held = heldItem(queryClient.getQueryData<FeedData>(["feed"]), id);
      if (held) return held;
      const notFound = () => new ItemNotFoundError(`没有找到 id 为 ${id} 的内容`);
      const first: LoadedPage = await queryClient.fetchQuery(feedPageQuery(feedUrl()));
      const onFirst = first.items.find((item) => item.id === id);
      if (onFirst) return onFirst;
      const indexed = await indexedPage(first, id, (url) => queryClient.fetchQuery(itemIndexShardQuery(url)));
      if (indexed === "absent") throw notFound();
      if (indexed !== undefined) {
        const loaded: LoadedPage = await queryClient.fetchQuery(feedPageQuery(indexed));
        const found = loaded.items.find((item) => item.id === id);
        if (found) return found;
        // An index out of step with its pages: read the feed the long way.
      }
      const visited: string[] = [];
      let url: string | undefined = feedUrl();
      while (url !== undefined) {
        visited.push(url);
        const loaded: LoadedPage = await queryClient.fetchQuery(feedPageQuery(url));
        const found = loaded.items.find((item) => item.id === id);
        if (found) return found;
        const next = followNext({ url: loaded.url, nextUrl: loaded.page.next_url }, visited);
        url = next.kind === "next" ? next.url : undefined;
      }
      throw notFound();
    },
    staleTime: Infinity,
  });

/**
 * The items with these ids, in this order, each found as itemQuery finds it (through the item
 * index where the feed has one); an id the feed does not have is left out.
 */
export const itemsByIdQuery = (queryClient: QueryClient, ids: readonly string[]) =>
  // The query client is where the items are looked up, not an input: the ids are the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: ["items", ...ids],
    queryFn: async (): Promise<Item[]> => {
      const found = await Promise.all(
        [...new Set(ids)].map((id) =>
          queryClient.fetchQuery(itemQuery(queryClient, id)).catch((error: unknown) => {
            if (error instanceof ItemNotFoundError) return undefined;
            throw error;
          }),
        ),
      );
      return found.filter((item): item is Item => item !== undefined);
    },
    staleTime: Infinity,
  });

/** Every item of every page, each id once: for views across the feed (topics, people). */
export const allItemsQuery = (queryClient: QueryClient) =>
  queryOptions({
    queryKey: ["all-items"],
    queryFn: async (): Promise<Item[]> => {
      const pages: Item[][] = [];
      const visited: string[] = [];
      let url: string | undefined = feedUrl();
      while (url !== undefined) {
        visited.push(url);
        const loaded: LoadedPage = await queryClient.fetchQuery(feedPageQuery(url));
        pages.push(loaded.items);
        const next = followNext({ url: loaded.url, nextUrl: loaded.page.next_url }, visited);
        url = next.kind === "next" ? next.url : undefined;
      }
      return uniqueById(pages);
    },
    staleTime: Infinity,
  });

/**
 * The items with topic `name`, in feed order: through the topic index where the feed has
 * one (reading only the pages that hold them), else from every page of the feed.
 */
export const topicItemsQuery = (queryClient: QueryClient, name: string) =>
  // The query client is where the items are looked up, not an input: the topic is the key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: ["topic", name],
    queryFn: async (): Promise<Item[]> => {
      const first: LoadedPage = await queryClient.fetchQuery(feedPageQuery(feedUrl()));
      const ids = await indexedTopic(first, name, (url) => queryClient.fetchQuery(topicIndexShardQuery(url)));
      const items =
        ids === undefined
          ? await queryClient.fetchQuery(allItemsQuery(queryClient))
          : await queryClient.fetchQuery(itemsByIdQuery(queryClient, ids));
      // An index out of step with its pages never shows a story without the topic.
      return items.filter((item) => itemTopics(item).includes(name));
    },
    staleTime: Infinity,
  });
