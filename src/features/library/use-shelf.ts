import { useEffect, useSyncExternalStore } from "react";
import { loadShelf, shelfSnapshot, subscribe } from "./library-store";
import type { Shelf, ShelfEntry } from "./library-db";

/** A shelf's entries, latest first; undefined while it is read (and while prerendering). */
export function useShelf(shelf: Shelf): ShelfEntry[] | undefined {
  useEffect(() => {
    void loadShelf(shelf);
  }, [shelf]);
  return useSyncExternalStore(subscribe, () => shelfSnapshot(shelf), () => undefined);
}

/** Whether the story is bookmarked (false until the shelf is read). */
export function useIsBookmarked(id: string): boolean {
  const entries = useShelf("bookmarks");
  return entries?.some((e) => e.id === id) ?? false;
}
