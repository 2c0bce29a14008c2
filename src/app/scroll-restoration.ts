// Where each page was scrolled to, by history entry: Back and forward open a page where the
// reader left it (and after a reload of the tab), a new page opens at the top or at its
// #anchor. Kept in sessionStorage, so it lasts as long as the tab's history does.
import { useEffect, useLayoutEffect, useRef } from "react";
import { useLocation, type Location } from "react-router";

const STORAGE_KEY = "qingyue-scroll";

// A fresh load's history entry has no key of its own: every cold load in a tab is "default",
// so restoring by key would open a new page at an offset saved for another one. A fresh
// entry is keyed for this document and path alone: it opens at the top (or its #anchor).
const LOAD_ID = Math.random().toString(36).slice(2);
const scrollKey = (location: Location) => (location.key === "default" ? `fresh:${LOAD_ID}:${location.pathname}` : location.key);

let positions: Record<string, number> | undefined;

function saved(): Record<string, number> {
  if (positions) return positions;
  positions = {};
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "{}");
    if (stored && typeof stored === "object") {
      for (const [key, y] of Object.entries(stored)) if (typeof y === "number") positions[key] = y;
    }
  } catch {
    // Unreadable or blocked storage: pages open at the top.
  }
  return positions;
}

function persist() {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(saved()));
  } catch {
    // Full or blocked storage: positions last for this document only.
  }
}

function targetOf(hash: string): HTMLElement | null {
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

export function useScrollRestoration(): void {
  const location = useLocation();
  const key = scrollKey(location);
  const current = useRef(key);
  const first = useRef(true);

  useEffect(() => {
    window.history.scrollRestoration = "manual";
    // Every scroll is noted under the entry on the screen: a note taken on leaving could
    // already see the next page's height.
    const onScroll = () => {
      saved()[current.current] = window.scrollY;
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("pagehide", persist);
    return () => {
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("pagehide", persist);
    };
  }, []);

  useLayoutEffect(() => {
    current.current = key;
    const initial = first.current;
    first.current = false;
    const y = saved()[key];
    if (y !== undefined) {
      window.scrollTo(0, y);
      return;
    }
    const target = location.hash ? targetOf(location.hash) : null;
    if (target) target.scrollIntoView();
    // The first page of a visit stays where the browser put it.
    else if (!initial) window.scrollTo(0, 0);
    // Only a new entry (key) moves the page: a re-render of the same one never does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
