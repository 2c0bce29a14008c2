// The built site serving a synthetic feed of N items in place of the shipped one, from a
// temporary copy of dist: public/feed (the shipped seed feed) is never touched. Pages
// prerendered for the shipped feed are left out, so every page is rendered by the app.
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveStatic, type RunningServer } from "../scripts/static-server";
import { writeSyntheticFeed } from "../scripts/make-feed";
import { precompress } from "../scripts/precompress";

export interface FeedSite extends RunningServer {
  root: string;
}

/** The unrendered app (and its compressed copies) in place of the prerendered home page. */
export function putAppShellAsHome(distDir: string, root: string): void {
  // A full build keeps the unrendered app as app-shell.html; `vite build` alone has only index.html.
  if (!existsSync(join(distDir, "app-shell.html"))) return;
  for (const suffix of ["", ".br", ".gz"]) {
    rmSync(join(root, `index.html${suffix}`), { force: true });
    if (existsSync(join(distDir, `app-shell.html${suffix}`))) cpSync(join(distDir, `app-shell.html${suffix}`), join(root, `index.html${suffix}`));
  }
}

export async function serveSyntheticFeed(items: number, distDir = "dist", options: { index?: boolean } = {}): Promise<FeedSite> {
  if (!existsSync(join(distDir, "index.html"))) throw new Error(`${distDir} has no index.html: build the site first`);
  const root = mkdtempSync(join(tmpdir(), "qingyue-feed-site-"));
  cpSync(distDir, root, { recursive: true });
  for (const dir of ["articles", "posts", "people", "topics", "404.html", "404.html.br", "404.html.gz", "feed"]) {
    rmSync(join(root, dir), { recursive: true, force: true });
  }
  // A full build keeps the unrendered app as app-shell.html; `vite build` alone has only index.html.
  putAppShellAsHome(distDir, root);
  await writeSyntheticFeed(join(root, "feed"), items, 20, 1, options.index ?? true);
  await precompress(join(root, "feed"), { quality: 9 });
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
