// A page's code is fetched only when the reader goes there. Starting that fetch when a
// pointer rests on a link, a link takes focus or a finger touches it wins back most of the
// time between intent and click, without loading pages nobody is about to open.

const INTENT_EVENTS = ["pointerover", "focusin", "touchstart"] as const;

/**
 * Calls `preload` with the path of each same-origin link the reader shows intent to open,
 * once per path (again after a failure). Returns a function that stops listening.
 */
export function preloadOnIntent(root: Document | HTMLElement, preload: (pathname: string) => Promise<unknown>): () => void {
  const started = new Set<string>();
  const onIntent = (event: Event) => {
    const target = event.target;
    const link = target instanceof Element ? target.closest("a[href]") : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    if (link.origin !== window.location.origin || link.hasAttribute("download")) return;
    if (link.target !== "" && link.target !== "_self") return;
    const { pathname } = link;
    if (started.has(pathname)) return;
    started.add(pathname);
    preload(pathname).catch(() => started.delete(pathname));
  };
  for (const type of INTENT_EVENTS) root.addEventListener(type, onIntent, { capture: true, passive: true });
  return () => {
    for (const type of INTENT_EVENTS) root.removeEventListener(type, onIntent, { capture: true });
  };
}
