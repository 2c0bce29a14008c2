import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "./app/query-client";
import { createRouter, preloadPage } from "./app/router";
import { preloadOnIntent } from "./app/preload-on-intent";
import { installTrustedTypesPolicy } from "./app/trusted-types";
import { beginHydration } from "./lib/use-hydrated";
import { loadFailed, showLoadFailure } from "./app/load-failure";
import { hydrateFromPage } from "./app/page-data";
import { loadStore } from "./features/library/store-loader";

installTrustedTypesPolicy();

const queryClient = createQueryClient();
// Before the router starts its loaders: they find the page's own data and fetch nothing.
hydrateFromPage(queryClient);
const router = createRouter(queryClient);
preloadOnIntent(document, preloadPage);

// Offline reading, loaded once the page is interactive rather than competing with its first
// view: the service worker keeps what the app fetched; a story the reader saves is also copied
// whole (page, feed files, pictures), and saving asks the browser to keep the site's storage
// when space runs short.
function startOfflineReading() {
  if (import.meta.env.PROD) void import("./features/library/register").then(({ registerServiceWorker }) => registerServiceWorker());
  void loadStore().then(({ onSave }) =>
    onSave((item) => {
      void navigator.storage?.persist?.().catch(() => false);
      import("./features/library/keep-offline")
        .then(({ keepForOffline }) => keepForOffline(item, queryClient))
        .catch(() => {
          // Offline or out of space: the story is still on the shelf, just not copied yet.
        });
    }),
  );
}
// The root layout marks the page ready (html[data-app=ready]) once it has hydrated or rendered.
const pageReady = () => document.documentElement.dataset.app === "ready";
if (pageReady()) startOfflineReading();
else {
  const watcher = new MutationObserver(() => {
    if (!pageReady()) return;
    watcher.disconnect();
    startOfflineReading();
  });
  watcher.observe(document.documentElement, { attributes: true, attributeFilter: ["data-app"] });
}

const container = document.getElementById("root");
if (!container) throw new Error("#root is missing from index.html");

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>
);

// A prerendered page is hydrated once its loaders have filled the cache, so the first
// render matches the HTML. Any other path (the fallback shell) is rendered fresh.
if (container.dataset.route === window.location.pathname && container.firstElementChild) {
  const ready = router.state.initialized
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        const stop = router.subscribe((state) => {
          if (state.initialized) {
            stop();
            resolve();
          }
        });
      });
  // As a transition, hydration yields to the browser every few milliseconds instead of
  // blocking input for the whole page.
  const hydrate = () => {
    beginHydration();
    startTransition(() => void hydrateRoot(container, app));
  };
  // The feed could not be read (offline, a failed request): the prerendered page stays as it
  // is, readable and with working links, under a notice with a retry, instead of being
  // replaced by an error page.
  void ready.then(() => {
    if (!loadFailed(router.state)) {
      hydrate();
      return;
    }
    showLoadFailure(container, async () => {
      await router.revalidate();
      if (loadFailed(router.state)) return false;
      hydrate();
      return true;
    });
  });
} else {
  createRoot(container).render(app);
}
