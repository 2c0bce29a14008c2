import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { defaultRangeExtractor, type Range } from "@tanstack/react-virtual";

/** How to bring a story being focused into view: not at all (Back restores the scroll), minimally, to the top of the screen, or with the page at its top. */
export type FocusScroll = "none" | "nearest" | "start" | "top";

interface FocusRequest {
  slot: number;
  scroll: FocusScroll;
  /** The story expected in that slot, when the feed is about to change under it. */
  key?: string;
  scrolled?: boolean;
  /** Scrolls to the story's top so far: rows scrolled past are measured only once shown, and can move it. */
  tries?: number;
}

/**
 * Which story has focus. That story stays rendered even when scrolled far off (a screen
 * reader must not lose its place when the window moves), and a request to focus a story
 * is carried out once it is rendered: a story not loaded yet is focused when it arrives.
 */
export function useFeedFocus(listRef: RefObject<HTMLElement | null>, initialSlot: number | undefined, count: number) {
  const [keep, setKeep] = useState(initialSlot);
  const pending = useRef<FocusRequest | undefined>(initialSlot === undefined ? undefined : { slot: initialSlot, scroll: "none" });
  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range);
      if (keep === undefined || keep >= range.count || rows.includes(keep)) return rows;
      return [...rows, keep].sort((a, b) => a - b);
    },
    [keep],
  );
  const request = (slot: number, scroll: FocusScroll, key?: string) => {
    pending.current = { slot, scroll, ...(key === undefined ? {} : { key }) };
    setKeep(slot);
  };
  const onFocus = (target: EventTarget) => {
    const slot = target instanceof HTMLElement ? target.closest<HTMLElement>("[data-index]")?.dataset.index : undefined;
    if (slot !== undefined && Number(slot) !== keep) setKeep(Number(slot));
  };

  useEffect(() => {
    const want = pending.current;
    if (!want || want.slot >= count) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-index="${want.slot}"]`);
    if (!row || (want.key !== undefined && row.dataset.key !== want.key)) return;
    // The kept row is rendered at its place even far off screen: scroll to it, then wait for its story.
    if (!want.scrolled && want.scroll === "top") window.scrollTo(0, 0);
    // Rows above it are placed by estimate until shown and measured (a card with pictures is
    // taller than one without): after a scroll to it, look again after the next render.
    const misplaced = want.scroll === "start" && Math.abs(row.getBoundingClientRect().top) > 1 && (want.tries ?? 0) < 10;
    if (misplaced) {
      row.scrollIntoView?.({ block: "start" });
      want.tries = (want.tries ?? 0) + 1;
    }
    want.scrolled = true;
    const article = row.querySelector("article");
    if (!article) return; // not loaded yet: tried again after the next render
    if (document.activeElement !== article) article.focus({ preventScroll: true });
    if (misplaced) return;
    if (want.scroll === "nearest") article.scrollIntoView?.({ block: "nearest" });
    pending.current = undefined;
  });

  /** The story a request not yet carried out is for: quick presses of j count from it. */
  const pendingSlot = () => pending.current?.slot;
  return { rangeExtractor, request, onFocus, pendingSlot };
}

/**
 * The story j (+1) or k (−1) goes to: from `pending` (a story about to be focused), else
 * from the focused one while it is on screen, else from the first on screen. Read from the
 * DOM, not the virtualizer: a scroll just made has not been reported to it yet.
 */
export function stepFrom(list: HTMLElement | null, delta: 1 | -1, count: number, pending?: number): number | undefined {
  if (count === 0 || !list) return undefined;
  const clamp = (slot: number) => Math.min(Math.max(slot, 0), count - 1);
  if (pending !== undefined) return clamp(pending + delta);
  const onScreen = (row: Element) => {
    const rect = row.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < window.innerHeight;
  };
  const active = document.activeElement?.closest<HTMLElement>("[data-index]");
  if (active && list.contains(active) && onScreen(active)) return clamp(Number(active.dataset.index) + delta);
  const rows = [...list.querySelectorAll<HTMLElement>("[data-index]")].sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
  const first = rows.find((row) => row.getBoundingClientRect().top >= -1) ?? rows.find(onScreen);
  if (!first) return undefined;
  return clamp(Number(first.dataset.index) + (delta > 0 ? 0 : -1));
}
