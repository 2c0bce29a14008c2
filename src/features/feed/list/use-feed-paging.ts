import { useEffect, useRef, useState } from "react";
import type { InfiniteQueryObserverResult, QueryClient } from "@tanstack/react-query";
import type { Virtualizer } from "@tanstack/react-virtual";
import type { OutlineReader } from "../data/feed-outline";
import type { FeedSlots } from "./use-feed-window";
import type { FeedData } from "../data/feed-window";
import { holdPage } from "../data/locate";
import { pagingNeed, type PagingNeed } from "./paging-need";

interface PagingOptions {
  virtualizer: Virtualizer<Window, Element>;
  slots: FeedSlots;
  outline: OutlineReader;
  feed: InfiniteQueryObserverResult<FeedData>;
  queryClient: QueryClient;
  enabled: boolean;
}

/** Fetches pages as the reader scrolls: ahead of them, behind them, or where they jumped to. */
export function useFeedPaging({ virtualizer, slots, outline, feed, queryClient, enabled }: PagingOptions): void {
  const held = feed.data?.pages ?? [];
  const range = virtualizer.range;
  const top = virtualizer.scrollOffset ?? 0;
  let need: PagingNeed = { kind: "none" };
  if (enabled && range && held.length > 0 && slots.count > 0) {
    const measured = virtualizer.measurementsCache;
    const listEnd = virtualizer.options.scrollMargin + virtualizer.getTotalSize();
    const last = slots.count - 1;
    need = pagingNeed({
      top,
      height: virtualizer.scrollRect?.height ?? 0,
      heldTop: measured[slots.heldFrom]?.start ?? 0,
      heldBottom: slots.heldTo < slots.count ? (measured[slots.heldTo]?.start ?? listEnd) : listEnd,
      visiblePages: [outline.pageOf(Math.min(range.startIndex, last)), outline.pageOf(Math.min(range.endIndex, last))],
      heldPages: [held[0]!.index, held.at(-1)!.index],
      hasNext: feed.hasNextPage,
      hasPrevious: feed.hasPreviousPage,
    });
  }
  const kind = need.kind;
  const jumpTo = need.kind === "jump" ? need.page : -1;
  const { isFetching, isFetchNextPageError, isFetchPreviousPageError, fetchNextPage, fetchPreviousPage } = feed;
  const jumping = useRef(false);
  // A failed jump is tried again a little later, as the reader is still looking at that place.
  const [failedJumps, setFailedJumps] = useState(0);

  useEffect(() => {
    if (isFetching || jumping.current) return;
    // Judged on where the reader was at render: if the page has scrolled since (a story
    // brought into view), the scroll's own render judges again.
    if (Math.abs(window.scrollY - top) > 1) return;
    // A page already on its way is left to arrive: asking again would cancel it and start over.
    if (kind === "next" && !isFetchNextPageError) void fetchNextPage({ cancelRefetch: false });
    else if (kind === "previous" && !isFetchPreviousPageError) void fetchPreviousPage({ cancelRefetch: false });
    else if (kind === "jump") {
      jumping.current = true;
      holdPage(queryClient, jumpTo)
        .catch(() => window.setTimeout(() => setFailedJumps((n) => n + 1), 3_000))
        .finally(() => {
          jumping.current = false;
        });
    }
  }, [top, kind, jumpTo, isFetching, isFetchNextPageError, isFetchPreviousPageError, fetchNextPage, fetchPreviousPage, queryClient, failedJumps]);
}
