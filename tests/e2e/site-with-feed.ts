// The built site with another feed in place of the shipped one, for hostile-input tests.
// Pages prerendered for the shipped feed are removed: a site is rebuilt with its feed, and
// here every page is rendered by the app from the substituted feed.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { serveStatic, type RunningServer } from "../../scripts/static-server";
import { putAppShellAsHome } from "../../bench/feed-site";

export interface FeedSite extends RunningServer {
  /** Replaces every feed file with these (name, which may have folders → JSON value, or raw text). */
  setFeed: (files: Record<string, unknown>) => void;
  /** The folder the site is served from, for files a test adds (pictures, say). */
  root: string;
}

export async function serveSiteWithFeed(distDir = "dist"): Promise<FeedSite> {
  const root = mkdtempSync(join(tmpdir(), "qingyue-site-"));
  cpSync(distDir, root, { recursive: true });
  for (const dir of ["articles", "posts", "people", "topics", "404.html", "404.html.br", "404.html.gz"]) rmSync(join(root, dir), { recursive: true, force: true });
  putAppShellAsHome(distDir, root);
  const server = await serveStatic(root);
  return {
    ...server,
    root,
    setFeed(files) {
      rmSync(join(root, "feed"), { recursive: true, force: true });
      mkdirSync(join(root, "feed"), { recursive: true });
      for (const [name, value] of Object.entries(files)) {
        mkdirSync(dirname(join(root, "feed", name)), { recursive: true });
        writeFileSync(join(root, "feed", name), typeof value === "string" ? value : JSON.stringify(value));
      }
    },
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
