// The built site serving a synthetic feed of N items in place of the shipped one, from a
// temporary copy of dist: public/feed (the shipped seed feed) is never touched. Pages
// prerendered for the shipped feed are left out, so every page is rendered by the app.
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveStatic, type RunningServer } from "../scripts/static-server";
import { writeSyntheticFeed } from "../scripts/make-feed";

export interface FeedSite extends RunningServer {
  root: string;
}

export async function serveSyntheticFeed(items: number, distDir = "dist", options: { index?: boolean } = {}): Promise<FeedSite> {
  if (!existsSync(join(distDir, "index.html"))) throw new Error(`${distDir} has no index.html: build the site first`);
  const root = mkdtempSync(join(tmpdir(), "qingyue-feed-site-"));
  cpSync(distDir, root, { recursive: true });
  for (const dir of ["articles", "posts", "people", "topics", "404.html", "feed"]) {
    rmSync(join(root, dir), { recursive: true, force: true });
  }
  // A full build keeps the unrendered app as app-shell.html; `vite build` alone has only index.html.
  if (existsSync(join(distDir, "app-shell.html"))) cpSync(join(distDir, "app-shell.html"), join(root, "index.html"));
  await writeSyntheticFeed(join(root, "feed"), items, 20, 1, options.index ?? true);
  const server = await serveStatic(root);
  return {
    ...server,
    root,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
