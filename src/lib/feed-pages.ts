// The feed's pages as the app reads them: fetch → parse with the contract → the query cache.
// Shared by every feature that reads the feed (the home feed, item lookups, people).
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";
import { feedKeys } from "./feed-keys";
import { feedUrl } from "./feed-path";
import type { DroppedItem } from "../content/parse-feed-page";
import { walkPages } from "../content/paging";
import type { Item, FeedPage } from "../content/feed-schema";

export interface LoadedPage {
  /** The absolute URL this page was fetched from. */
  url: string;
  page: FeedPage;
  items: Item[];
  dropped: DroppedItem[];
}

export async function fetchFeedPage(url: string, signal?: AbortSignal): Promise<LoadedPage> {
  // The contract (valibot) loads with the first page fetched, in parallel with it: a
  // prerendered page hydrates from its own data and needs no schema to start.
  const parser = import("../content/parse-feed-page");
  const json = await fetchJson(url, signal);
  const { pageNeedsHtmlText, parseFeedPage } = await parser;
  // The HTML parser (about 23 kB gzip) is fetched only for a page with items that need it.
  const htmlToText = pageNeedsHtmlText(json) ? (await import("../content/html-text")).htmlToText : undefined;
  const { page, dropped } = parseFeedPage(json, { url, htmlToText });
  if (dropped.length > 0) {
    // Dropped items are expected with untrusted feeds; say which, for whoever runs the feed.
    console.warn(`轻阅：${url} 中有 ${dropped.length} 条内容无效，已跳过`, dropped);
  }
  return { url, page, items: page.items, dropped };
}

/** One page of the feed. Pages never change once published, so they never go stale. */
export const feedPageQuery = (url: string) =>
  queryOptions({
    queryKey: feedKeys.page(url),
    queryFn: ({ signal }) => fetchFeedPage(url, signal),
    staleTime: Infinity,
  });

/** The feed's first page: where every lookup starts, and what says where people and indexes are. */
export const firstPageQuery = () => feedPageQuery(feedUrl());

/** The feed's own fields from its first page (all but its items), and the address it was read from. */
export interface FeedInfo {
  url: string;
  feed: Omit<FeedPage, "items">;
}

/**
 * What the feed says about itself: the story pages need only this of page 1 (its home page
 * for links, its language), and a prerendered page carries it in a few hundred bytes, so
 * hydrating one fetches and parses no feed page.
 */
export const feedInfoQuery = () =>
  queryOptions({
    queryKey: feedKeys.info(),
    queryFn: async ({ client }): Promise<FeedInfo> => {
      const { url, page } = await client.fetchQuery(firstPageQuery());
      const { items, ...feed } = page;
      return { url, feed };
    },
    staleTime: Infinity,
  });

/**
 * The feed's pages from the first (or from `start`, after the pages in `visited`), each read
 * through the cache, so a page read once is not fetched again. Loops are refused.
 */
export function walkFeed(client: QueryClient, start = feedUrl(), visited: Iterable<string> = []) {
  return walkPages(start, (url) => client.fetchQuery(feedPageQuery(url)), (loaded) => loaded.page.next_url, visited);
}
