// Gzip bytes of the JS and CSS a route really loads, measured in Chromium on the built site.
import { gzipSync } from "node:zlib";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveStatic } from "../scripts/static-server";
import { launchBrowser } from "../tests/e2e/browser";

export interface RouteBytes {
  path: string;
  js: number;
  css: number;
  files: number;
}

export async function measureRouteBytes(paths: string[], distDir = "dist"): Promise<RouteBytes[]> {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  const results: RouteBytes[] = [];
  try {
    for (const path of paths) {
      const page = await (await browser.newContext()).newPage();
      const assets = new Set<string>();
      page.on("response", (response) => {
        const url = new URL(response.url());
        if (/\.(js|css)$/.test(url.pathname)) assets.add(url.pathname);
      });
      await page.goto(`${server.origin}${path}`, { waitUntil: "networkidle" });
      let js = 0;
      let css = 0;
      for (const asset of assets) {
        const size = gzipSync(await readFile(join(distDir, asset)), { level: 9 }).length;
        if (asset.endsWith(".js")) js += size;
        else css += size;
      }
      results.push({ path, js, css, files: assets.size });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
