// The home feed as the cache holds it: a window of pages (maxPages) following `next_url`,
// each page carrying the outline of every page read up to it (see feed-outline.ts). The
// window is the one source of the list's state; changing it (a jump, new items) means
// setting this query's data.
import { infiniteQueryOptions, type InfiniteData, type QueryClient } from "@tanstack/react-query";
import { feedKeys } from "../../../lib/feed-keys";
import { feedPageQuery, fetchFeedPage, type LoadedPage } from "../../../lib/feed-pages";
import { feedUrl } from "../../../lib/feed-path";
import type { FeedPage, Item } from "../../../content/feed-schema";
import { EMPTY_OUTLINE, readOutline, withPage, type FeedOutline, causesOf } from "./feed-outline";

export interface FeedParam {
  url: string;
  /** The page's place in the feed: 0 for feed.json. */
  index: number;
  /** The outline as it was known when this page was asked for. */
  outline: FeedOutline;
}

/** A page as the home feed holds it: its items lined up with their slots. */
export interface FeedWindowPage {
  url: string;
  index: number;
  items: (Item | null)[];
  /** The outline once this page was read. */
  outline: FeedOutline;
  /** The feed's own header, on its first page: carried in a prerendered page's data. */
  head?: FeedHead;
}

/** What the feed says about itself, shown above its stories. */
export type FeedHead = Pick<FeedPage, "title" | "description" | "icon" | "favicon">;

const headOf = (index: number, loaded: LoadedPage): FeedHead | undefined => {
  if (index !== 0) return undefined;
  const { title, description, icon, favicon } = loaded.page;
  return { title, description, icon, favicon };
};

export type FeedData = InfiniteData<FeedWindowPage>;

/**
 * How many pages the feed holds at once: about 200 items, however the feed is paged, so a
 * window always covers several screens above and below the reader (no fetch ping-pong)
 * while a feed of any length costs the same memory. Pages beyond it are fetched again.
 */
export function pagesToHold(itemsPerPage: number): number {
  return Math.max(6, Math.ceil(200 / Math.max(1, itemsPerPage)));
}

/** The newest outline among the pages held: the one that has read the most pages. */
export function latestOutline(pages: readonly FeedWindowPage[] | undefined): FeedOutline {
  let latest = EMPTY_OUTLINE;
  for (const page of pages ?? []) if (page.outline.urls.length > latest.urls.length) latest = page.outline;
  return latest;
}

/** The window holding page `index` alone, read from `loaded`, with what `outline` knows. */
export function windowOf(outline: FeedOutline, index: number, loaded: LoadedPage): FeedData {
  const placed = withPage(outline, index, loaded.url, loaded.items, loaded.page.next_url, causesOf(loaded));
  const param = { url: loaded.url, index, outline };
  return { pages: [{ url: loaded.url, index, items: placed.items, outline: placed.outline, head: headOf(index, loaded) }], pageParams: [param] };
}

/**
 * The feed as the home route reads it, holding about 200 items (`itemsPerPage` as the pages
 * read so far show it). Each page's items come from its page query's cache when there.
 */
export const feedWindowQuery = (itemsPerPage = 20) =>
  infiniteQueryOptions({
    queryKey: feedKeys.window(),
    queryFn: async ({ pageParam, signal, client }): Promise<FeedWindowPage> => {
      const { url, index, outline } = pageParam;
      // Page 1 stays shared with the story and people routes (a story opened cold has read it
      // already, so Back to the feed fetches nothing); other pages are let go with the window.
      const loaded =
        index === 0
          ? await client.fetchQuery(feedPageQuery(url))
          : (client.getQueryData(feedPageQuery(url).queryKey) ?? (await fetchFeedPage(url, signal)));
      const placed = withPage(outline, index, url, loaded.items, loaded.page.next_url, causesOf(loaded));
      return { url, index, items: placed.items, outline: placed.outline, head: headOf(index, loaded) };
    },
    initialPageParam: { url: feedUrl(), index: 0, outline: EMPTY_OUTLINE } as FeedParam,
    getNextPageParam: (_last, pages): FeedParam | undefined => {
      const outline = latestOutline(pages);
      const last = pages.at(-1)!;
      const next = readOutline(outline).follow(last.index);
      return next.kind === "next" ? { url: next.url, index: last.index + 1, outline } : undefined;
    },
    getPreviousPageParam: (first, pages): FeedParam | undefined => {
      const outline = latestOutline(pages);
      const url = readOutline(outline).url(first.index - 1);
      return url === undefined ? undefined : { url, index: first.index - 1, outline };
    },
    maxPages: pagesToHold(itemsPerPage),
    // Cached pages never go stale: Back to the feed fetches nothing and shows what was there.
    staleTime: Infinity,
  });

/** Makes the feed hold only `data`, after any page fetch still running (it would land on the old window). */
export async function replaceWindow(client: QueryClient, data: FeedData): Promise<void> {
  await client.cancelQueries({ queryKey: feedKeys.window() });
  client.setQueryData<FeedData>(feedKeys.window(), data);
}
