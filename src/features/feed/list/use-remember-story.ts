import { useQueryClient } from "@tanstack/react-query";
import { useLocation } from "react-router";
import { cardTitle } from "../card/feed-item-card";
import { savePlace } from "./feed-places";
import { writeLastRead } from "../return/last-read";
import type { FeedSlots } from "./use-feed-window";

/**
 * Remembers the story in a slot as the one the reader opened: for Back to this visit (its
 * focus), and for the next visit's offer to go back to it.
 */
export function useRememberStory(slots: FeedSlots): (slot: number) => void {
  const queryClient = useQueryClient();
  const { key } = useLocation();
  return (slot) => {
    const item = slots.itemAt(slot);
    if (!item) return;
    savePlace(queryClient, key, { focusSlot: slot });
    writeLastRead({ id: item.id, title: cardTitle(item), slot });
  };
}
