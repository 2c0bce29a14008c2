// The reader's place in the feed for each visit, by history entry (location.key): Back to
// the feed finds the scroll offset, the measured sizes of the items passed (so the list is
// its true height before the scroll is restored) and the story that was open. Slots and
// sizes describe the feed the cache holds, so the places are kept in the same cache, beside
// the window, and go with it: in memory only, a few recent entries.
import type { QueryClient } from "@tanstack/react-query";
import type { VirtualItem } from "@tanstack/react-virtual";
import { feedKeys } from "../../../lib/feed-keys";

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

interface Places {
  /** By history entry, oldest first. */
  byEntry: ReadonlyMap<string, FeedPlace>;
  /** The list's offset last seen on any visit: a first guess before it is measured. */
  margin: number;
}

const MAX_PLACES = 20;

const placesOf = (client: QueryClient) => client.getQueryData<Places>(feedKeys.places());

export function placeFor(client: QueryClient, key: string): FeedPlace | undefined {
  return placesOf(client)?.byEntry.get(key);
}

/** The list's offset last seen on any visit. */
export function knownMargin(client: QueryClient): number {
  return placesOf(client)?.margin ?? 0;
}

export function savePlace(client: QueryClient, key: string, patch: Partial<FeedPlace>): void {
  const places = placesOf(client);
  const margin = patch.margin ?? places?.margin ?? 0;
  const byEntry = new Map(places?.byEntry);
  const place = { ...(byEntry.get(key) ?? { offset: 0, margin }), ...patch };
  // Re-inserting keeps the map in order of use; the oldest goes first.
  byEntry.delete(key);
  byEntry.set(key, place);
  if (byEntry.size > MAX_PLACES) byEntry.delete(byEntry.keys().next().value!);
  client.setQueryData<Places>(feedKeys.places(), { byEntry, margin });
}
