// Registers the service worker (production builds only) and offers a reload when a new
// version has been deployed. workbox-window passes the script URL as a string: under the
// site's CSP, `register()` is a Trusted Types sink, and the default policy
// (src/app/trusted-types.ts) admits only scripts from this site.
import type { Workbox } from "workbox-window";

type Listener = () => void;
let waiting: Workbox | undefined;
const listeners = new Set<Listener>();

export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a new version is installed and waiting for the reader's word. */
export const updateWaiting = () => waiting !== undefined;

/** Switches to the waiting version and reloads the page once it controls it. */
export function acceptUpdate(): void {
  const wb = waiting;
  if (!wb) return;
  wb.addEventListener("controlling", () => window.location.reload());
  wb.messageSkipWaiting();
}

/** Registers the worker; workbox-window is fetched then, after the page is up, not with the app. */
export async function registerServiceWorker(): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  const { Workbox } = await import("workbox-window");
  const wb = new Workbox("/sw.js");
  wb.addEventListener("waiting", () => {
    waiting = wb;
    listeners.forEach((l) => l());
  });
  // On a first visit the feed was read before the worker took over, so it kept none of it:
  // once it controls the page, the feed files read so far are read again through it, and a
  // story opened on that visit still opens with the network gone.
  if (!navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener("controllerchange", () => void keepFeedReadSoFar(), { once: true });
  }
  await wb.register().catch(() => {
    // No worker (e.g. a private mode): the site works as before, online only.
  });
}

async function keepFeedReadSoFar(): Promise<void> {
  const feedFiles = performance
    .getEntriesByType("resource")
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(`${location.origin}/feed/`));
  await Promise.all(
    [...new Set(feedFiles)].map((url) =>
      fetch(url).catch(() => {
        // Offline already: kept the next time it is read.
      }),
    ),
  );
}
