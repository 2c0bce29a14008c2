import { useMemo } from "react";
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { feedKeys } from "../../../lib/feed-keys";
import { feedWindowQuery, latestOutline, type FeedData, type FeedWindowPage } from "../data/feed-window";
import { readOutline, type OutlineReader } from "../data/feed-outline";
import type { Item } from "../../../content/feed-schema";

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

export function feedSlots(outline: OutlineReader, pages: readonly FeedWindowPage[]): FeedSlots {
  const byIndex = new Map(pages.map((page) => [page.index, page]));
  const first = pages[0];
  const last = pages.at(-1);
  const total = outline.total;
  return {
    count: total,
    setsize: outline.complete ? total : -1,
    keyAt: (slot) => outline.idAt(slot) ?? `more-${slot - total}`,
    itemAt: (slot) => {
      const page = byIndex.get(outline.pageOf(slot));
      return page ? (page.items[slot - outline.start(page.index)] ?? null) : undefined;
    },
    heldFrom: first ? outline.start(first.index) : 0,
    heldTo: last ? outline.start(last.index + 1) : 0,
    atEnd: last === undefined || last.index === outline.pageCount - 1,
  };
}

/** The home feed: the infinite query over its pages, the outline of every page read, and its items as slots. */
export function useFeedWindow() {
  const client = useQueryClient();
  // The window's size follows the size of the pages read so far.
  const known = readOutline(latestOutline(client.getQueryData<FeedData>(feedKeys.window())?.pages));
  const feed = useInfiniteQuery(feedWindowQuery(known.pageCount > 0 ? known.total / known.pageCount : undefined));
  const pages = feed.data?.pages;
  const outline = readOutline(latestOutline(pages));
  const slots = useMemo(() => feedSlots(outline, pages ?? []), [outline, pages]);
  return { feed, slots, outline };
}
