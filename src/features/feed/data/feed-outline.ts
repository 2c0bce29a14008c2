// The outline of the feed: what the reader's tab knows about every page read, kept after a
// page's items are let go. The home feed holds only a window of pages (maxPages), yet the
// list must keep every item's place: its position (aria-posinset), its key (for the measured
// size) and whether an id was already shown on an earlier page. Ids and page addresses are
// small; the items themselves are not.
//
// An outline is plain, immutable data: it travels with the pages in the query cache (and so
// in a prerendered page's data), and reading a page makes a new outline rather than changing
// one. Pages other than the first never change once published, so what it records stays true.
import { nextPage, type NextPage } from "../../../content/paging";
import type { DropCause } from "../../../content/parse-feed-page";

export interface FeedOutline {
  /** Each page's address, in feed order. */
  readonly urls: readonly string[];
  /** Where each page says the feed goes on, judged when the page was first read. */
  readonly follows: readonly NextPage[];
  /** Every slot's id in feed order, each id once across all pages. */
  readonly ids: readonly string[];
  /** starts[p] is the first slot of page p. */
  readonly starts: readonly number[];
  /** Why items of each page were left out (see parse-feed-page), for the page to say so. */
  readonly dropped: readonly (readonly DropCause[])[];
}

export const EMPTY_OUTLINE: FeedOutline = { urls: [], follows: [], ids: [], starts: [], dropped: [] };

/**
 * Page `page`, read from `url`, in the outline: its items lined up with their slots and the
 * outline that includes it. A new page appends its ids that no earlier page had. A page read
 * again (scrolled back to after it was let go) keeps the slots it had; an item missing from
 * it now is null, and the outline is the same.
 */
export function withPage<T extends { id: string }>(
  outline: FeedOutline,
  page: number,
  url: string,
  items: readonly T[],
  nextUrl: string | undefined,
  dropped: readonly DropCause[] = [],
): { outline: FeedOutline; items: (T | null)[] } {
  const view = readOutline(outline);
  if (page > view.pageCount) throw new Error(`page ${page + 1} read before page ${view.pageCount + 1}`);
  if (page < view.pageCount) {
    const byId = new Map(items.map((item) => [item.id, item]));
    const out: (T | null)[] = [];
    for (let slot = view.start(page); slot < view.start(page + 1); slot++) out.push(byId.get(outline.ids[slot]!) ?? null);
    return { outline, items: out };
  }
  const ids = [...outline.ids];
  const seen = new Set(outline.ids);
  const fresh: T[] = [];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    ids.push(item.id);
    fresh.push(item);
  }
  // Judged now, against exactly the pages before it: a next_url back to any of them is a loop.
  const follow = nextPage(nextUrl, url, new Set([...outline.urls, url]));
  return {
    outline: {
      urls: [...outline.urls, url],
      follows: [...outline.follows, follow],
      ids,
      starts: [...outline.starts, outline.ids.length],
      dropped: [...(outline.dropped ?? []), dropped],
    },
    items: fresh,
  };
}

/** Questions asked of an outline; built once per outline (the id → slot map is not free). */
export interface OutlineReader {
  readonly pageCount: number;
  /** Slots known so far: every item of every page read. */
  readonly total: number;
  /** True once the last page read has no next page. */
  readonly complete: boolean;
  url(page: number): string | undefined;
  start(page: number): number;
  /** Items on `page`, after ids shown on earlier pages are left out. */
  size(page: number): number;
  idAt(slot: number): string | undefined;
  slotOf(id: string): number | undefined;
  /** The page a slot belongs to. */
  pageOf(slot: number): number;
  /** Where page `page` says the feed goes on; a page already read is refused (a loop). */
  follow(page: number): NextPage;
  /** Why each item left out of the pages read so far was left out. */
  readonly dropped: readonly DropCause[];
}

const readers = new WeakMap<FeedOutline, OutlineReader>();

export function readOutline(outline: FeedOutline): OutlineReader {
  let reader = readers.get(outline);
  if (reader) return reader;
  const { urls, follows, ids, starts } = outline;
  let slots: Map<string, number> | undefined;
  const start = (page: number) => starts[page] ?? ids.length;
  const follow = (page: number): NextPage => follows[page] ?? { kind: "end" };
  reader = {
    pageCount: urls.length,
    total: ids.length,
    complete: urls.length > 0 && follow(urls.length - 1).kind !== "next",
    url: (page) => urls[page],
    start,
    size: (page) => start(page + 1) - start(page),
    idAt: (slot) => ids[slot],
    slotOf: (id) => {
      slots ??= new Map(ids.map((slotId, slot) => [slotId, slot]));
      return slots.get(id);
    },
    pageOf: (slot) => {
      // Binary search over page starts.
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= slot) low = mid;
        else high = mid - 1;
      }
      return low;
    },
    follow,
    dropped: (outline.dropped ?? []).flat(),
  };
  readers.set(outline, reader);
  return reader;
}

/** Why a loaded page's items were left out, as the outline keeps it. */
export const causesOf = (loaded: { dropped: readonly { cause: DropCause }[] }): DropCause[] => loaded.dropped.map((d) => d.cause);
