import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "./app/query-client";
import { createRouter } from "./app/router";
import { applySettings } from "./features/settings/settings-store";
import { seedHistoryWithFeed } from "./app/seed-history";
import { installTrustedTypesPolicy } from "./app/trusted-types";
import "./index.css";

installTrustedTypesPolicy();
// Theme and text size before the first paint, so a dark-theme reader never sees a white flash.
applySettings();
seedHistoryWithFeed();

const queryClient = createQueryClient();
const router = createRouter(queryClient);
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
  void ready.then(() => hydrateRoot(container, app));
} else {
  createRoot(container).render(app);
}
