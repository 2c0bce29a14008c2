import { useEffect } from "react";
import type { Item } from "../../content/feed-schema";
import { noteRead } from "./library-store";

/** Puts the story the reader opened at the top of 最近阅读. */
export function useRecordRead(item: Item): void {
  useEffect(() => {
    noteRead(item).catch(() => {
      // No storage (a private mode that refuses it): reading goes on, unrecorded.
    });
  }, [item]);
}
