import { useMemo } from "react";
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { feedQuery, type FeedWindowPage } from "./queries";
import { feedLedger, type FeedLedger } from "./feed-ledger";
import type { Item } from "../../content/feed-schema";

/** The feed as slots: every item known so far has one, whether its page is held or not. */
export interface FeedSlots {
  /** Slots known: items on every page read so far. */
  count: number;
  /** The feed's length once its end is known, else -1 (ARIA's "unknown"). */
  setsize: number;
  /** Stable across windows: the item's id, so a measured size survives its page being let go. */
  keyAt: (slot: number) => string;
  /** The item, null if its page no longer has it, undefined if its page is not held. */
  itemAt: (slot: number) => Item | null | undefined;
  /** Slot range of the held pages. */
  heldFrom: number;
  heldTo: number;
  /** The held window reaches the last page read, so the next page goes at the end. */
  atEnd: boolean;
}

export function feedSlots(ledger: FeedLedger, pages: readonly FeedWindowPage[], total = ledger.total): FeedSlots {
  const byIndex = new Map(pages.map((page) => [page.index, page]));
  const first = pages[0];
  const last = pages.at(-1);
  return {
    count: total,
    setsize: ledger.complete ? total : -1,
    keyAt: (slot) => ledger.idAt(slot) ?? `more-${slot - total}`,
    itemAt: (slot) => {
      const page = byIndex.get(ledger.pageOf(slot));
      return page ? (page.items[slot - ledger.start(page.index)] ?? null) : undefined;
    },
    heldFrom: first ? ledger.start(first.index) : 0,
    heldTo: last ? ledger.start(last.index + 1) : 0,
    atEnd: last === undefined || last.index === ledger.pageCount - 1,
  };
}

/** The home feed: the infinite query over its pages, and its items as slots. */
export function useFeedWindow() {
  const queryClient = useQueryClient();
  const feed = useInfiniteQuery(feedQuery(queryClient));
  const ledger = feedLedger(queryClient);
  const pages = feed.data?.pages;
  // The ledger grows inside the query function, just before the data it describes lands:
  // its total is read here so the slots are rebuilt whenever it has grown.
  const total = ledger.total;
  const slots = useMemo(() => feedSlots(ledger, pages ?? [], total), [ledger, pages, total]);
  return { feed, slots, ledger, queryClient };
}
