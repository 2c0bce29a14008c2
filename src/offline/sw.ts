/// <reference lib="webworker" />
// The service worker (built by vite-plugin-pwa with Workbox). The app shell is precached;
// pages and feed files come from the network first, with the copy kept from the last visit
// when the network is gone; pictures are kept once seen. Stories the reader saves are
// copied into SAVED_CACHE by the app (src/features/offline/keep-offline.ts) and never expire.
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { registerRoute, setCatchHandler } from "workbox-routing";
import { CacheFirst, NetworkFirst } from "workbox-strategies";
import { ExpirationPlugin } from "workbox-expiration";
import { CacheableResponsePlugin } from "workbox-cacheable-response";
import { SAVED_CACHE } from "./cache-names";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

const ok = new CacheableResponsePlugin({ statuses: [200] });

registerRoute(
  ({ request }) => request.mode === "navigate",
  new NetworkFirst({ cacheName: "qingyue-pages", networkTimeoutSeconds: 5, plugins: [ok, new ExpirationPlugin({ maxEntries: 300 })] }),
);

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/feed/"),
  new NetworkFirst({ cacheName: "qingyue-feed", networkTimeoutSeconds: 5, plugins: [ok, new ExpirationPlugin({ maxEntries: 2_000 })] }),
);

const pictures = new CacheFirst({
  cacheName: "qingyue-pictures",
  // Pictures on other sites come back opaque (status 0): they still show, so keep them.
  plugins: [new CacheableResponsePlugin({ statuses: [0, 200] }), new ExpirationPlugin({ maxEntries: 400, purgeOnQuotaError: true })],
});

registerRoute(
  ({ request }) => request.destination === "image",
  async (options) => (await (await caches.open(SAVED_CACHE)).match(options.request)) ?? pictures.handle(options),
);

// The network failed and the route's own cache had nothing: a saved copy, else (for a page)
// the app shell, which reads the story from what the reader saved.
setCatchHandler(async ({ request }) => {
  const saved = await (await caches.open(SAVED_CACHE)).match(request, { ignoreSearch: request.mode === "navigate" });
  if (saved) return saved;
  if (request.mode === "navigate") return (await matchPrecache("/app-shell.html")) ?? Response.error();
  return Response.error();
});

// The first worker takes the open pages at once, so what they read next is kept.
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("message", (event) => {
  // The reader accepted the new version: take over now (the page then reloads).
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});
