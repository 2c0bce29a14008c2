// Your own feed in two steps: a JSON Feed from another publisher (JSON Feed 1, URL and
// numeric ids, HTML stories) put in place of the shipped feed builds, every story is
// prerendered under its route key, and each hydrates without a console error.
import { afterAll, beforeAll, describe, expect, it, beforeEach } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { serveStatic, type RunningServer } from "../../scripts/static-server";
import { watchErrors } from "./browser";
import { freshContextEachTest } from "./fresh-context";
import { parseFeedPage } from "../../src/content/parse-feed-page";
import { htmlToText } from "../../src/content/html-text";
import { itemPath } from "../../src/lib/paths";

const ROOT = resolve(".");
const work = mkdtempSync(join(tmpdir(), "qingyue-own-feed-"));
let server: RunningServer;
const browser = freshContextEachTest();
let paths: string[] = [];

beforeAll(async () => {
  // The client and SSR builds do not depend on the feed: prerender them again with another one.
  cpSync(join(ROOT, "dist"), join(work, "dist"), { recursive: true });
  cpSync(join(ROOT, "dist-ssr"), join(work, "dist-ssr"), { recursive: true });
  for (const dir of ["articles", "posts", "people", "topics", "feed"]) rmSync(join(work, "dist", dir), { recursive: true, force: true });
  cpSync(join(ROOT, "dist", "app-shell.html"), join(work, "dist", "index.html"));
  // The SSR bundle imports its dependencies from node_modules beside it.
  symlinkSync(join(ROOT, "node_modules"), join(work, "node_modules"));
  const feed = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/json-feeds/zh-mixed.json"), "utf8")) as unknown;
  const podcast = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/json-feeds/podcast-v1.json"), "utf8")) as { items: unknown[] };
  // One feed with both: JSON Feed 1's envelope, the Chinese feed's stories and the podcast's.
  const own = { ...podcast, items: [...(feed as { items: unknown[] }).items, ...podcast.items] };
  cpSync(join(ROOT, "tests/fixtures/json-feeds/pictures"), join(work, "dist", "feed", "pictures"), { recursive: true });
  writeFileSync(join(work, "dist", "feed", "feed.json"), JSON.stringify(own));
  const run = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "scripts/prerender.ts")], { cwd: work, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`the build's prerender failed on the feed: ${run.stderr.slice(-2_000)}`);
  // Read as the app reads it: a story with only HTML gets its text from that HTML.
  paths = parseFeedPage(own, { htmlToText }).page.items.map(itemPath);
  server = await serveStatic(join(work, "dist"));
}, 120_000);

beforeEach(async () => {
  // The feeds' own hosts, offline: their pictures are answered from the corpus.
  await browser.context.route(/^https:\/\/[a-z.]+\.example\//, async (route) => {
    const name = basename(new URL(route.request().url()).pathname);
    const file = join(ROOT, "tests/fixtures/json-feeds/pictures", name);
    if (existsSync(file)) await route.fulfill({ status: 200, contentType: "image/svg+xml", body: readFileSync(file) });
    else await route.fulfill({ status: 404, body: "" });
  });
});

afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("a JSON Feed from another publisher as the site's own feed", () => {
  it("prerenders every story under its route key, and the about page", () => {
    expect(paths.length).toBe(8);
    for (const path of [...paths, "/about"]) expect(existsSync(join(work, "dist", path, "index.html")), path).toBe(true);
    expect(readFileSync(join(work, "dist", "about", "index.html"), "utf8")).toContain("The Quiet Hour");
  });

  it("hydrates every story without a console error", async () => {
    for (const path of [...paths, "/", "/about"]) {
      const page = await browser.context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${server.origin}${path}`, { waitUntil: "networkidle" });
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.app)).toBe("ready");
      expect(errors, path).toEqual([]);
      await page.close();
    }
  });
});
