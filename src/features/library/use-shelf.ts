import { useEffect, useSyncExternalStore } from "react";
import { loadShelf, shelfSnapshot, subscribe } from "./library-store";
import type { Shelf, ShelfEntry } from "./library-db";
import { loadStore } from "./store-loader";

/** A shelf's entries, latest first; undefined while it is read (and while prerendering). */
export function useShelf(shelf: Shelf): ShelfEntry[] | undefined {
  useEffect(() => {
    // Known as loaded from here on: a 收藏 toggle on this page shows its state at once.
    void loadStore();
    void loadShelf(shelf);
  }, [shelf]);
  return useSyncExternalStore(subscribe, () => shelfSnapshot(shelf), () => undefined);
}
