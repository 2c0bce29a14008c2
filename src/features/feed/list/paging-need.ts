// When to fetch a page, from where the reader is: pure, so it is tested on its own.

/** Fetch the next page once the reader is this many screens from the end of what is held. */
export const SCREENS_AHEAD = 1.5;

export interface PagingView {
  /** Window scroll offset and height, in px. */
  top: number;
  height: number;
  /** Where the held pages start and end in the document, in px. */
  heldTop: number;
  heldBottom: number;
  /** Pages (by index) on screen, and held. */
  visiblePages: [number, number];
  heldPages: [number, number];
  hasNext: boolean;
  hasPrevious: boolean;
}

export type PagingNeed = { kind: "next" } | { kind: "previous" } | { kind: "jump"; page: number } | { kind: "none" };

export function pagingNeed(view: PagingView): PagingNeed {
  const [firstVisible, lastVisible] = view.visiblePages;
  const [firstHeld, lastHeld] = view.heldPages;
  // On screen and not next to the pages held (a long scrollbar drag): fetch that page alone
  // rather than every page between.
  if (lastVisible < firstHeld - 1 || firstVisible > lastHeld + 1) return { kind: "jump", page: firstVisible };
  const ahead = SCREENS_AHEAD * view.height;
  if (view.hasNext && view.heldBottom - (view.top + view.height) < ahead) return { kind: "next" };
  if (view.hasPrevious && view.heldTop > view.top - ahead) return { kind: "previous" };
  return { kind: "none" };
}
