import { useEffect, useEffectEvent } from "react";

export interface FeedKeyHandlers {
  /** j: +1, k: -1. */
  move: (delta: 1 | -1) => void;
  /** Enter on a focused story card. */
  open: (article: HTMLElement) => void;
}

type FeedKey = { move: 1 | -1 } | { open: HTMLElement };

// Keys typed into a field, a menu or a dialog are theirs, not the feed's.
const OWN_KEYS = "input, textarea, select, [contenteditable]:not([contenteditable='false']), dialog, [role='dialog'], [role='menu']";

/** What a key press asks of the feed: j / k move between stories, Enter opens the focused one; anywhere on the page but in a field. */
export function feedKey(event: KeyboardEvent): FeedKey | undefined {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return undefined;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (target?.closest(OWN_KEYS)) return undefined;
  if (event.key === "j" || event.key === "k") return { move: event.key === "j" ? 1 : -1 };
  if (event.key === "Enter" && target?.matches("[role='feed'] article")) return { open: target };
  return undefined;
}

export function useFeedKeys(handlers: FeedKeyHandlers): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const key = feedKey(event);
    if (!key) return;
    event.preventDefault();
    if ("move" in key) handlers.move(key.move);
    else handlers.open(key.open);
  });
  useEffect(() => {
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
