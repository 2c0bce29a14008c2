// Gzip bytes of the JS and CSS each route loads, measured in Chromium on the built site: the
// first view (everything fetched until the page is hydrated) and the whole visit (until the
// network is idle: the feed's new-items check and what it loads). Beside them, the floor: the
// same libraries in the least app that uses them, built the same way.
import { gzipSync } from "node:zlib";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import react from "@vitejs/plugin-react";
import { serveStatic } from "../scripts/static-server";
import { launchBrowser } from "../tests/e2e/browser";

export interface RouteBytes {
  path: string;
  /** JS fetched until the page was hydrated (html[data-app=ready]). */
  firstViewJs: number;
  js: number;
  css: number;
  files: number;
}

/** Records in the page when it is hydrated: the root layout sets html[data-app=ready]. */
export const READY_PROBE = `new MutationObserver(function (_, observer) {
  if (document.documentElement.dataset.app !== "ready") return;
  window.readyAt = performance.now();
  observer.disconnect();
}).observe(document, { attributes: true, attributeFilter: ["data-app"], subtree: true });`;

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

export async function measureRouteBytes(paths: string[], distDir = "dist"): Promise<RouteBytes[]> {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  const results: RouteBytes[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // The moment the page is hydrated (the root layout marks it), taken in the page itself.
      // (Given as text: the bench's compiler wraps named functions in a helper the page lacks.)
      await page.addInitScript({ content: READY_PROBE });
      await page.goto(`${server.origin}${path}`);
      await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
      await page.waitForLoadState("networkidle");
      const { firstView, assets } = await page.evaluate(() => {
        const readyAt = (window as unknown as { readyAt: number }).readyAt;
        const entries = performance
          .getEntriesByType("resource")
          .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }))
          .filter((e) => /\.(js|css)$/.test(e.path));
        return { firstView: entries.filter((e) => e.start <= readyAt).map((e) => e.path), assets: entries.map((e) => e.path) };
      });
      const size = async (list: string[], ext: string) => {
        let total = 0;
        for (const asset of list.filter((a) => a.endsWith(ext))) total += gzipSize(await readFile(join(distDir, asset)));
        return total;
      };
      results.push({ path, firstViewJs: await size(firstView, ".js"), js: await size(assets, ".js"), css: await size(assets, ".css"), files: assets.length });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

/** Gzip bytes of bench/floor built for production, as the site is. */
export async function libraryFloor(): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), "qingyue-floor-"));
  try {
    await build({
      root: join(import.meta.dirname, "floor"),
      configFile: false,
      logLevel: "silent",
      plugins: [react()],
      build: { outDir, target: "es2022", modulePreload: false },
    });
    const dir = join(outDir, "assets");
    return readdirSync(dir)
      .filter((name) => name.endsWith(".js"))
      .reduce((total, name) => total + gzipSize(readFileSync(join(dir, name))), 0);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
