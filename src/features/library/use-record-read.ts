import { useEffect } from "react";
import type { Item } from "../../content/feed-schema";
import { useHydrated } from "../../lib/use-hydrated";
import { loadStore } from "./store-loader";

/**
 * Puts the story the reader opened at the top of 最近阅读: once the page is up, so the
 * shelf's store (IndexedDB) is not fetched with the page.
 */
export function useRecordRead(item: Item): void {
  const hydrated = useHydrated();
  useEffect(() => {
    if (!hydrated) return;
    loadStore()
      .then((store) => store.noteRead(item))
      .catch(() => {
        // No storage (a private mode that refuses it): reading goes on, unrecorded.
      });
  }, [item, hydrated]);
}
