import { useEffect, useLayoutEffect, useState, type RefObject } from "react";

/**
 * Where the list starts in the document (the virtualizer's scrollMargin). It moves when
 * anything above it changes size (the text-size setting, the header wrapping), and every
 * such change also resizes the body, which is what is observed.
 */
export function useListMargin(ref: RefObject<HTMLElement | null>, initial: number): number {
  const [margin, setMargin] = useState(initial);
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setMargin(Math.round(list.getBoundingClientRect().top + window.scrollY)));
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return margin;
}

/**
 * The windowed list keeps the reader's place itself (sizes measured above the screen are
 * made up for). The browser's scroll anchoring would move the page a second time, and with
 * the list's rows left out of it, it anchors on the footer below a growing list and follows
 * every page appended. Off while the feed is shown, as the style of the page, set by script.
 */
export function useNoScrollAnchoring(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    // Chromium reads the page's setting from the body, not the root element.
    const body = document.body;
    const before = body.style.overflowAnchor;
    body.style.overflowAnchor = "none";
    return () => {
      body.style.overflowAnchor = before;
    };
  }, [active]);
}
