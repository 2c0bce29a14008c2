import { useEffect, useEffectEvent } from "react";

export interface FeedKeyHandlers {
  /** j: +1, k: -1. */
  move: (delta: 1 | -1) => void;
  /** Enter on a focused story card. */
  open: (article: HTMLElement) => void;
}

// Keys typed into a field, a menu or a dialog are theirs, not the feed's.
const OWN_KEYS = "input, textarea, select, [contenteditable]:not([contenteditable='false']), dialog, [role='dialog'], [role='menu']";

/** j / k move between stories, Enter opens the focused one: anywhere on the page but in a field. */
export function useFeedKeys(handlers: FeedKeyHandlers): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target?.closest(OWN_KEYS)) return;
    if (event.key === "j" || event.key === "k") {
      event.preventDefault();
      handlers.move(event.key === "j" ? 1 : -1);
    } else if (event.key === "Enter" && target?.matches("[role='feed'] article")) {
      event.preventDefault();
      handlers.open(target);
    }
  });
  useEffect(() => {
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
