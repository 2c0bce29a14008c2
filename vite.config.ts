import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import type { Plugin } from "vite";
import { CSP_META } from "./scripts/csp.ts";

// The CSP goes into the built page only: the dev server needs inline scripts for hot reload.
const contentSecurityPolicy = (): Plugin => ({
  name: "qingyue-csp",
  apply: "build",
  transformIndexHtml: (html) =>
    html.replace("<meta charset=\"UTF-8\" />", `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`),
});

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
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
  build: { target: "es2022", sourcemap: false, modulePreload: false, manifest: true },
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
});
