// Going to any place in the feed: find a story's page (reading on past the pages known if
// need be), and make the feed hold one page alone, ready to scroll to. Used by the offer to
// go back to the last story read, and when the reader lands far from the pages held (the
// scrollbar dragged a long way, or 首页 from deep down): one page is fetched, not hundreds.
import type { QueryClient } from "@tanstack/react-query";
import { fetchFeedPage } from "./feed-api";
import { feedLedger } from "./feed-ledger";
import { feedPageQuery, type FeedData } from "./queries";

/** The slot of `id`, reading pages after the last one known until it shows or the feed ends. */
export async function locateItem(queryClient: QueryClient, id: string, signal?: AbortSignal): Promise<number | undefined> {
  const ledger = feedLedger(queryClient);
  for (;;) {
    const slot = ledger.slotOf(id);
    if (slot !== undefined) return slot;
    const last = ledger.pageCount - 1;
    const next = ledger.follow(last);
    if (next.kind !== "next") return undefined;
    const loaded = await fetchFeedPage(next.url, signal);
    // The feed's own paging may have read this page meanwhile; then it is already recorded.
    if (ledger.pageCount === last + 1) ledger.record(last + 1, next.url, loaded.items, loaded.page.next_url);
  }
}

/** Makes the feed hold page `index` (already read once): nothing to do if it does, else that page alone. */
export async function holdPage(queryClient: QueryClient, index: number, signal?: AbortSignal): Promise<void> {
  const ledger = feedLedger(queryClient);
  const held = queryClient.getQueryData<FeedData>(["feed"]);
  if (held?.pages.some((page) => page.index === index)) return;
  const url = ledger.url(index);
  if (url === undefined) return;
  const loaded = queryClient.getQueryData(feedPageQuery(url).queryKey) ?? (await fetchFeedPage(url, signal));
  // A page fetch still running would land on the old window and undo this one.
  await queryClient.cancelQueries({ queryKey: ["feed"] });
  const items = ledger.record(index, url, loaded.items, loaded.page.next_url);
  queryClient.setQueryData<FeedData>(["feed"], { pages: [{ url, index, items }], pageParams: [{ url, index }] });
}
