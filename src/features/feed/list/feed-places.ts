// The reader's place in the feed for each visit, by history entry (location.key): Back to
// the feed finds the scroll offset, the measured sizes of the items passed (so the list is
// its true height before the scroll is restored) and the story that was open. Kept for the
// tab's life in memory only, a few recent entries per QueryClient: slots and sizes describe
// the feed that client's cache holds.
import type { QueryClient } from "@tanstack/react-query";
import type { VirtualItem } from "@tanstack/react-virtual";

export interface FeedPlace {
  /** The window's scroll offset. */
  offset: number;
  /** Where the list starts in the document. */
  margin: number;
  /** Sizes measured on this visit, as the virtualizer takes and restores them. */
  snapshot?: VirtualItem[];
  /** The item that had focus or was opened. */
  focusSlot?: number;
}

const MAX_PLACES = 20;
const byClient = new WeakMap<QueryClient, Map<string, FeedPlace>>();
let lastMargin = 0;

function placesOf(queryClient: QueryClient): Map<string, FeedPlace> {
  let places = byClient.get(queryClient);
  if (!places) {
    places = new Map();
    byClient.set(queryClient, places);
  }
  return places;
}

export function placeFor(queryClient: QueryClient, key: string): FeedPlace | undefined {
  return placesOf(queryClient).get(key);
}

/** The list's offset last seen on any visit: a first guess before it is measured. */
export function knownMargin(): number {
  return lastMargin;
}

export function savePlace(queryClient: QueryClient, key: string, patch: Partial<FeedPlace>): void {
  const places = placesOf(queryClient);
  const place = places.get(key) ?? { offset: 0, margin: lastMargin };
  Object.assign(place, patch);
  if (patch.margin !== undefined) lastMargin = patch.margin;
  // Re-inserting keeps the map in order of use; the oldest goes first.
  places.delete(key);
  places.set(key, place);
  if (places.size > MAX_PLACES) places.delete(places.keys().next().value!);
}
