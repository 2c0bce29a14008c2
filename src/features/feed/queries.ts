import { infiniteQueryOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { fetchFeedPage, feedUrl, type LoadedPage } from "./feed-api";
import { nextPage, uniqueById, type NextPage } from "./paging";
import type { Item } from "../../content/feed-schema";

/** One page of the feed. Pages never change once published, so they never go stale. */
export const feedPageQuery = (url: string) =>
  queryOptions({
    queryKey: ["feed-page", url],
    queryFn: ({ signal }) => fetchFeedPage(url, signal),
    staleTime: Infinity,
  });

export function followNext(last: LoadedPage, visited: readonly string[]): NextPage {
  return nextPage(last.page.next_url, last.url, visited);
}

/** The feed as the home route reads it: pages in order, following `next_url`. */
export const feedQuery = (queryClient: QueryClient) =>
  infiniteQueryOptions({
    queryKey: ["feed"],
    queryFn: ({ pageParam }) => queryClient.fetchQuery(feedPageQuery(pageParam)),
    initialPageParam: feedUrl(),
    getNextPageParam: (last, _all, _lastParam, allParams) => {
      const next = followNext(last, allParams);
      return next.kind === "next" ? next.url : undefined;
    },
    staleTime: Infinity,
  });

export class ItemNotFoundError extends Error {
  override name = "ItemNotFoundError";
}

/**
 * Finds one item by id, walking the pages from the first. Pages come from the same cache
 * the feed uses, so opening a story after scrolling the feed fetches nothing again.
 */
export const itemQuery = (queryClient: QueryClient, id: string) =>
  queryOptions({
    queryKey: ["item", id],
    queryFn: async (): Promise<Item> => {
      const visited: string[] = [];
      let url: string | undefined = feedUrl();
      while (url !== undefined) {
        visited.push(url);
        const loaded: LoadedPage = await queryClient.fetchQuery(feedPageQuery(url));
        const found = loaded.items.find((item) => item.id === id);
        if (found) return found;
        const next = followNext(loaded, visited);
        url = next.kind === "next" ? next.url : undefined;
      }
      throw new ItemNotFoundError(`没有找到 id 为 ${id} 的内容`);
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
        const next = followNext(loaded, visited);
        url = next.kind === "next" ? next.url : undefined;
      }
      return uniqueById(pages);
    },
    staleTime: Infinity,
  });
