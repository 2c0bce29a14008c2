// The feed's rows, as both of its modes render them: first the pages held as a plain list
// (what the server prerenders and the browser hydrates), then, once the windowing has
// loaded, only the rows near the screen, each placed where the windowing measured it. The
// rows are the same elements with the same keys in both modes, so the change from one to the
// other keeps every story's DOM: nothing is built twice on a slow phone.
import type { FocusEvent, MouseEvent, RefObject } from "react";
import { FeedItemCard } from "../card/feed-item-card";
import { FeedSkeleton } from "./feed-skeleton";
import type { FeedSlots } from "./use-feed-window";

/** The gap under each card, part of its row so that measured sizes include it (pb-3). */
const GAP = 12;

/** Where the windowing places the rows it keeps in the document. */
export interface RowLayout {
  rows: readonly { key: string | number | bigint; index: number; start: number; size: number }[];
  /** The list's height: every row, measured or estimated. */
  totalSize: number;
  /** Where the list starts in the document. */
  margin: number;
  measureElement: (element: Element | null) => void;
  onFocus: (event: FocusEvent<HTMLDivElement>) => void;
}

interface Props {
  labelledBy: string;
  listRef: RefObject<HTMLDivElement | null>;
  slots: FeedSlots;
  busy: boolean;
  /** A story opened by its link, given by its slot: remembered for Back and for the next visit. */
  onOpen: (slot: number) => void;
  /** Absent: the plain list of the pages held. */
  layout?: RowLayout;
}

export function FeedRows({ labelledBy, listRef, slots, busy, onOpen, layout }: Props) {
  const onClickCapture = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest("a[href]");
    const slot = link?.closest<HTMLElement>("[data-index]")?.dataset.index;
    if (slot !== undefined) onOpen(Number(slot));
  };
  const rows = layout
    ? layout.rows.map((row) => ({ slot: row.index, key: String(row.key), row }))
    : Array.from({ length: slots.heldTo - slots.heldFrom }, (_, i) => ({ slot: slots.heldFrom + i, key: slots.keyAt(slots.heldFrom + i), row: undefined }));
  return (
    <div
      ref={listRef}
      role="feed"
      aria-labelledby={labelledBy}
      aria-busy={busy}
      // No inline style in the plain list: the CSP forbids style attributes in the server's HTML.
      style={layout ? { position: "relative", height: layout.totalSize } : undefined}
      onFocus={layout?.onFocus}
      onClickCapture={onClickCapture}
    >
      {rows.map(({ slot, key, row }) => {
        const item = slot < slots.count ? slots.itemAt(slot) : undefined;
        return (
          <div
            key={key}
            data-index={slot}
            data-key={key}
            // Only real cards are measured: a placeholder takes the size its story had.
            ref={item && layout ? layout.measureElement : undefined}
            className={layout ? "absolute top-0 left-0 w-full pb-3" : "pb-3"}
            style={row && layout ? { transform: `translateY(${row.start - layout.margin}px)` } : undefined}
          >
            {item ? (
              <FeedItemCard item={item} posinset={slot + 1} setsize={slots.setsize} />
            ) : row ? (
              <FeedSkeleton height={row.size - GAP} />
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
