import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "./app/query-client";
import { AppRoutes, loadAt, preloadPage } from "./app/router";
import { createPageLoads } from "./app/page-loads";
import { PageLoadsProvider } from "./app/page-host";
import { preloadOnIntent } from "./app/preload-on-intent";
import { installTrustedTypesPolicy } from "./app/trusted-types";
import { beginHydration } from "./lib/use-hydrated";
import { showLoadFailure } from "./app/load-failure";
import { hydrateFromPage } from "./app/page-data";
import { loadStore } from "./features/library/store-loader";

installTrustedTypesPolicy();

const queryClient = createQueryClient();
// Before the page's load runs: it finds the page's own data and fetches nothing.
hydrateFromPage(queryClient);
const loads = createPageLoads(queryClient);
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
      <PageLoadsProvider value={loads}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </PageLoadsProvider>
    </QueryClientProvider>
  </StrictMode>
);

// A prerendered page is hydrated once its page has loaded (code and data), so the first
// render matches the HTML. Any other path (the fallback shell) is rendered fresh.
if (container.dataset.route === window.location.pathname && container.firstElementChild) {
  const { pathname, search } = window.location;
  const load = () => loadAt(loads, { pathname, search }) ?? Promise.resolve();
  // As a transition, hydration yields to the browser every few milliseconds instead of
  // blocking input for the whole page.
  const hydrate = () => {
    beginHydration();
    startTransition(() => void hydrateRoot(container, app));
  };
  // The feed could not be read (offline, a failed request): the prerendered page stays as it
  // is, readable and with working links, under a notice with a retry, instead of being
  // replaced by an error page.
  load().then(hydrate, () =>
    showLoadFailure(container, async () => {
      loads.forget(pathname + search);
      try {
        await load();
      } catch {
        return false;
      }
      hydrate();
      return true;
    }),
  );
} else {
  createRoot(container).render(app);
}
