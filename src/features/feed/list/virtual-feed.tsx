// The home feed's windowing: only the stories near the screen are in the document, whatever
// the feed's length (see the feed bench for why), with paging, focus, keys and the reader's
// place for Back. It takes over from the plain list (feed-view.tsx) once the reader moves
// through the feed: it then places the rows the plain list rendered, without building them again.
import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type RefObject } from "react";
import { useLocation, useNavigate, useNavigationType } from "react-router";
import { useWindowVirtualizer, type VirtualItem } from "@tanstack/react-virtual";
import { useQueryClient } from "@tanstack/react-query";
import { FeedStatus } from "./feed-status";
import { FeedRows, type RowLayout } from "./feed-rows";
import { knownMargin, placeFor, savePlace } from "./feed-places";
import type { useFeedWindow } from "./use-feed-window";
import { useFeedPaging } from "./use-feed-paging";
import { stepFrom, useFeedFocus, type FocusScroll } from "./use-feed-focus";
import { useFeedKeys } from "./use-feed-keys";
import { useListMargin, useNoScrollAnchoring } from "./use-list-margin";
import { itemPath } from "../../../lib/paths";

/** A card's height before it is measured: a typical two-line post. */
const ESTIMATE = 132;
/** Skeleton cards shown at the end while the next page loads. */
const LOADING_ROWS = 3;
const estimateSize = () => ESTIMATE;

/**
 * The sizes of the rows of the plain list on the screen (prerendered or not), so the windowed
 * list that takes over places every row where the plain list had it: no layout shift.
 */
function prerenderedRows(): VirtualItem[] {
  if (typeof document === "undefined") return [];
  const rows = document.querySelectorAll<HTMLElement>('[role="feed"] > [data-key]');
  return Array.from(rows, (row) => {
    const size = row.getBoundingClientRect().height;
    return { key: row.dataset.key ?? "", index: Number(row.dataset.index), start: 0, end: size, size, lane: 0 };
  });
}

/** What the feed around the windowing asks of it: to focus a story (and bring it into view), or to move as j / k do. */
export type FeedRequest = { slot: number; scroll: FocusScroll; key?: string } | { move: 1 | -1 };

export interface WindowingProps {
  labelledBy: string;
  listRef: RefObject<HTMLDivElement | null>;
  feedWindow: ReturnType<typeof useFeedWindow>;
  /** A story opened from the list: remembered for Back and the next visit. */
  remember: (slot: number) => void;
  /** The latest request, carried out once each (a new object is a new request). */
  request?: FeedRequest;
  /** The plain list's rows are on the screen, rendered by the feed view: their layout goes there. */
  onLayout?: (layout: RowLayout) => void;
}

export function FeedWindowing({ labelledBy, listRef, feedWindow, remember, request, onLayout }: WindowingProps) {
  const queryClient = useQueryClient();
  const { feed, slots, outline } = feedWindow;
  // Read once, while the plain list is still what is on the screen.
  const [plainRows] = useState(prerenderedRows);
  const location = useLocation();
  const navigate = useNavigate();
  const pop = useNavigationType() === "POP";
  // Back or forward to this entry: its place, remembered when the reader left it.
  const [place] = useState(() => (pop ? placeFor(queryClient, location.key) : undefined));
  const margin = useListMargin(listRef, place?.margin ?? knownMargin(queryClient));
  const loadingMore = feed.isFetchingNextPage && slots.atEnd;
  const focus = useFeedFocus(listRef, place?.focusSlot, slots.count);

  const virtualizer = useWindowVirtualizer({
    count: slots.count + (loadingMore ? LOADING_ROWS : 0),
    estimateSize,
    getItemKey: slots.keyAt,
    overscan: 4,
    scrollMargin: margin,
    // Restored before the first paint: the right rows at the right height, so the scroll
    // restore lands on the story the reader left, with no flash of the top of the feed.
    // Else where the page is: a page loaded again keeps its scroll, and so does the plain list taken over.
    initialOffset: () => place?.offset ?? ((pop || onLayout) && typeof window !== "undefined" ? window.scrollY : 0),
    initialMeasurementsCache: place?.snapshot ?? plainRows,
    initialRect: typeof window === "undefined" ? undefined : { width: window.innerWidth, height: window.innerHeight },
    rangeExtractor: focus.rangeExtractor,
    onChange: (instance) => savePlace(queryClient, location.key, { offset: instance.scrollOffset ?? 0, margin }),
  });
  // Leaving: keep the sizes measured on this visit for Back.
  useLayoutEffect(() => () => savePlace(queryClient, location.key, { snapshot: virtualizer.takeSnapshot() }), [queryClient, location.key, virtualizer]);

  useNoScrollAnchoring(true);
  useFeedPaging({ virtualizer, slots, outline, feed, queryClient, enabled: true });

  const move = (delta: 1 | -1) => {
    const slot = stepFrom(listRef.current, delta, slots.count, focus.pendingSlot());
    if (slot !== undefined) focus.request(slot, "nearest");
  };
  const carryOut = useEffectEvent((asked: FeedRequest) => {
    if ("move" in asked) move(asked.move);
    else focus.request(asked.slot, asked.scroll, asked.key);
  });
  useEffect(() => {
    if (request) carryOut(request);
  }, [request]);
  useFeedKeys({
    move,
    open: (article) => {
      const slot = Number(article.closest<HTMLElement>("[data-index]")?.dataset.index);
      const item = slots.itemAt(slot);
      if (!item) return;
      remember(slot);
      void navigate(itemPath(item));
    },
  });

  // The list's handler reads the latest state through a ref: the layout changes only with the rows.
  const latest = useRef(focus);
  useLayoutEffect(() => {
    latest.current = focus;
  });
  const onFocus = useCallback((event: FocusEvent<HTMLDivElement>) => latest.current.onFocus(event.target), []);
  const rows = virtualizer.getVirtualItems();
  const totalSize = virtualizer.getTotalSize();
  const layout = useMemo<RowLayout>(
    () => ({ rows, totalSize, margin, measureElement: virtualizer.measureElement, onFocus }),
    [rows, totalSize, margin, virtualizer, onFocus],
  );
  useLayoutEffect(() => onLayout?.(layout), [onLayout, layout]);

  return (
    <>
      {onLayout ? null : <FeedRows labelledBy={labelledBy} listRef={listRef} slots={slots} busy={feed.isFetching} onOpen={remember} layout={layout} />}
      <FeedStatus feed={feed} slots={slots} outline={outline} />
    </>
  );
}
