// Going to any place in the feed: find a story's page (reading on past the pages known if
// need be), and make the feed hold one page alone, ready to scroll to. Used by the offer to
// go back to the last story read, and when the reader lands far from the pages held (the
// scrollbar dragged a long way, or 首页 from deep down): one page is fetched, not hundreds.
import type { QueryClient } from "@tanstack/react-query";
import { feedKeys } from "../../../lib/feed-keys";
import { feedPageQuery, fetchFeedPage, type LoadedPage } from "../../../lib/feed-pages";
import { walkPages } from "../../../content/paging";
import { readOutline, withPage, type FeedOutline, causesOf } from "./feed-outline";
import { latestOutline, replaceWindow, windowOf, type FeedData } from "./feed-window";

const heldOutline = (client: QueryClient) => latestOutline(client.getQueryData<FeedData>(feedKeys.window())?.pages);

/**
 * Where `id` is in the feed: its slot and the outline that places it, reading pages after
 * the last one known until it shows or the feed ends (pages read are not held).
 */
export async function locateItem(
  client: QueryClient,
  id: string,
  signal?: AbortSignal,
): Promise<{ slot: number; outline: FeedOutline } | undefined> {
  let outline = heldOutline(client);
  const known = readOutline(outline).slotOf(id);
  if (known !== undefined) return { slot: known, outline };
  const last = readOutline(outline);
  const next = last.follow(last.pageCount - 1);
  if (last.pageCount === 0 || next.kind !== "next") return undefined;
  const pages = walkPages(next.url, (url) => fetchFeedPage(url, signal), (loaded) => loaded.page.next_url, outline.urls);
  for await (const { url, page } of pages) {
    outline = withPage(outline, outline.urls.length, url, page.items, page.page.next_url, causesOf(page)).outline;
    const slot = readOutline(outline).slotOf(id);
    if (slot !== undefined) return { slot, outline };
  }
  return undefined;
}

/**
 * Makes the feed hold page `index` (known to `outline`, or else to the feed held): nothing
 * to do if it does, else that page alone.
 */
export async function holdPage(client: QueryClient, index: number, outline = heldOutline(client), signal?: AbortSignal): Promise<void> {
  const held = client.getQueryData<FeedData>(feedKeys.window());
  const knowsMore = outline.urls.length > latestOutline(held?.pages).urls.length;
  if (!knowsMore && held?.pages.some((page) => page.index === index)) return;
  const url = readOutline(outline).url(index);
  if (url === undefined) return;
  const loaded: LoadedPage = client.getQueryData(feedPageQuery(url).queryKey) ?? (await fetchFeedPage(url, signal));
  await replaceWindow(client, windowOf(outline, index, loaded));
}
