/**
 * A story opened cold (from a shared link) gets the feed beneath it in the tab's history,
 * so Back lands on the feed rather than off the site. Reloads and back/forward visits
 * are left alone.
 */
export function seedHistoryWithFeed(win: Window = window): void {
  const entry = win.performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (entry && entry.type !== "navigate") return;
  const { pathname, search, hash } = win.location;
  if (pathname === "/") return;
  if (win.history.state !== null) return; // already an entry of ours
  win.history.replaceState(null, "", "/");
  win.history.pushState(null, "", pathname + search + hash);
}
