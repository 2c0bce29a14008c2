import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import type { Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { CSP_META } from "./scripts/csp.ts";

// The CSP goes into the built page only: the dev server needs inline scripts for hot reload.
const contentSecurityPolicy = (): Plugin => ({
  name: "qingyue-csp",
  apply: "build",
  transformIndexHtml: (html) =>
    html.replace("<meta charset=\"UTF-8\" />", `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`),
});

// Offline reading: a service worker with the app shell precached (src/offline/sw.ts), and the
// web app manifest. Only in the client build: the SSR build that prerenders pages needs neither.
const offline = () =>
  VitePWA({
    strategies: "injectManifest",
    srcDir: "src/offline",
    filename: "sw.ts",
    registerType: "prompt",
    // The app registers the worker itself (src/features/offline/register.ts).
    injectRegister: false,
    injectManifest: {
      globPatterns: ["assets/**/*.{js,css}", "index.html", "favicon.svg", "icons/*.png"],
      // The built index.html is the app shell; prerendering later writes it as app-shell.html
      // and puts the home page in index.html. Precache it under the name it will have.
      manifestTransforms: [
        async (entries) => ({
          manifest: entries.map((e) => (e.url === "index.html" ? { ...e, url: "app-shell.html" } : e)),
          warnings: [],
        }),
      ],
    },
    manifest: {
      name: "轻阅",
      short_name: "轻阅",
      description: "安静地阅读中文长文与微博热门，收藏的文章断网也能读。",
      lang: "zh-CN",
      dir: "ltr",
      start_url: "/",
      scope: "/",
      display: "standalone",
      background_color: "#fbfaf7",
      theme_color: "#1b5a45",
      icons: [
        { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
        { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        { src: "/favicon.svg", sizes: "any", type: "image/svg+xml" },
      ],
    },
    devOptions: { enabled: false },
  });

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), ...(isSsrBuild ? [] : [offline()])],
  define: {
    // The public address for canonical links and previews (see src/lib/site.ts).
    "import.meta.env.VITE_SITE_URL": JSON.stringify(process.env.SITE_URL ?? "http://127.0.0.1:4173"),
  },
  preview: { host: "127.0.0.1", port: 4173 },
  // No module-preload helper: on a slow phone its <link> insertions cost more main-thread
  // time than the request waterfall it saves. Instead the prerender writes a prerendered
  // page's own <link rel="modulepreload"> tags from the manifest (scripts/preload-links.ts),
  // and other pages' code is fetched when the reader points at a link to them
  // (src/app/preload-on-intent.ts).
  build: {
    target: "es2022",
    sourcemap: false,
    modulePreload: false,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: "query", test: /node_modules[\\/]@tanstack[\\/](query-core|react-query)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    // Each test file in its own process with a fresh DOM: the app keeps module state (the
    // hydration flag, the early feed fetch, the settings store) that must not leak between files.
    pool: "forks",
    isolate: true,
    globals: true,
    setupFiles: ["./tests/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.{ts,tsx}"],
    restoreMocks: true,
  },
}));
