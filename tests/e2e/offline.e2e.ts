// Offline reading in Chromium: a saved story, its picture and the bookmarks page open with
// the network gone (Playwright's offline mode), a bookmark survives a reload, and a new
// deployment is offered as a reload.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { storyLinkNamed } from "../../bench/feed-page";
import { serveStatic } from "../../scripts/static-server";
import { watchErrors } from "./browser";
import { freshContextEachTest } from "./fresh-context";
import { serveSiteWithFeed, type FeedSite } from "./site-with-feed";

const SHOTS = resolve("tests/e2e/artifacts/screenshots");
const PHOTO = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"><rect width="320" height="200" fill="#2a7"/></svg>`;
const feed = {
  version: "https://jsonfeed.org/version/1.1",
  title: "离线测试",
  items: [
    {
      id: "p-photo",
      url: "/posts/p-photo",
      title: "雨后的街道",
      content_html: '<p>傍晚的雨停了，街道亮了起来。</p><p><img src="/media/street.svg" alt="雨后的街道"></p>',
      _qingyue: { kind: "post", paragraphs: ["傍晚的雨停了，街道亮了起来。"] },
    },
    { id: "p-plain", url: "/posts/p-plain", content_text: "另一条微博", _qingyue: { kind: "post", paragraphs: ["另一条微博"] } },
  ],
};

let site: FeedSite;
const browser = freshContextEachTest({ serviceWorkers: "allow" });

beforeAll(async () => {
  site = await serveSiteWithFeed();
  site.setFeed({ "feed.json": feed });
  mkdirSync(join(site.root, "media"), { recursive: true });
  writeFileSync(join(site.root, "media", "street.svg"), PHOTO);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await site?.close();
});

/** The page, once the service worker controls it. */
async function controlled(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}${path}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener("controllerchange", done, { once: true }));
    }
  });
  await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
  return page;
}

const pictureShown = (page: Page) =>
  page.getByRole("img", { name: "雨后的街道" }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

describe("offline reading in Chromium", () => {
  it("keeps a bookmark across a reload and reads the saved story with its picture offline", async () => {
    const page = await controlled("/");
    const errors = watchErrors(page);
    await storyLinkNamed(page, "雨后的街道").click();
    await page.getByRole("heading", { level: 1, name: "雨后的街道" }).waitFor();
    await page.getByRole("button", { name: "收藏" }).click();
    await page.getByText("已保存，可离线阅读").waitFor();
    await page.reload();
    await page.getByRole("button", { name: "已收藏" }).waitFor();

    await browser.context.setOffline(true);
    try {
      await page.goto(`${site.origin}/posts/p-photo`);
      await page.getByRole("heading", { level: 1, name: "雨后的街道" }).waitFor();
      await expect.poll(() => pictureShown(page)).toBe(true);
      await page.getByText("已断网：可以继续阅读收藏和读过的内容。").waitFor();
      await page.screenshot({ path: `${SHOTS}/offline-story-1280x800.png` });
      await page.goto(`${site.origin}/bookmarks`);
      const list = page.getByRole("list", { name: "收藏" });
      await list.getByRole("link", { name: "雨后的街道" }).waitFor();
      // Said once the shelf's store has read the saved copy (it loads after the page is up).
      await list.getByText("已保存，可离线阅读").waitFor();
      expect(await list.getByText("已保存，可离线阅读").count()).toBe(1);
    } finally {
      await browser.context.setOffline(false);
    }
    expect(errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    // The shelf with the saved story, at a phone's and a laptop's size.
    for (const [width, height] of [[390, 844], [1280, 800]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${site.origin}/bookmarks`);
      const shelf = page.getByRole("list", { name: "收藏" });
      await shelf.getByRole("link").first().waitFor();
      // Listed, so saved: its toggle says so as soon as it is shown.
      expect(await shelf.getByRole("button", { name: "已收藏" }).count()).toBe(1);
      await page.screenshot({ path: `${SHOTS}/bookmarks-${width}x${height}.png` });
    }
    await page.close();
  });

  it("reads a story opened earlier (not saved) with the network gone", async () => {
    const page = await controlled("/");
    await storyLinkNamed(page, "另一条微博").click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    // Recorded in 最近阅读 before the network goes.
    await page.getByRole("link", { name: "最近阅读" }).click();
    await page.getByRole("list", { name: "最近阅读" }).getByRole("link", { name: /另一条微博/ }).waitFor();
    await browser.context.setOffline(true);
    try {
      await page.goto(`${site.origin}/posts/p-plain`);
      await page.getByText("另一条微博", { exact: true }).first().waitFor();
      await page.goto(`${site.origin}/history`);
      await page.getByRole("list", { name: "最近阅读" }).getByRole("link", { name: /另一条微博/ }).waitFor();
    } finally {
      await browser.context.setOffline(false);
    }
    await page.close();
  });

  it("offers a reload when a new version is deployed, and reloads into it", async () => {
    // Its own server on the same files, so the rebuilt site can be served again at the same origin.
    const first = await serveStatic(site.root);
    const port = Number(new URL(first.origin).port);
    const page = await browser.context.newPage();
    await page.goto(`${first.origin}/`);
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
    // A rebuild changes the worker's bytes (its precache list). A new server: the old one keeps compressed bodies by path.
    // The build's brotli and gzip copies are what the server sends: they are rebuilt too.
    const worker = join(site.root, "sw.js");
    appendFileSync(worker, "\n// rebuilt\n");
    if (existsSync(`${worker}.br`)) writeFileSync(`${worker}.br`, brotliCompressSync(readFileSync(worker)));
    if (existsSync(`${worker}.gz`)) writeFileSync(`${worker}.gz`, gzipSync(readFileSync(worker)));
    await first.close();
    const second = await serveStatic(site.root, port);
    try {
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const offer = page.getByRole("button", { name: "重新载入" });
      await offer.waitFor();
      expect(await page.getByText("轻阅有新版本。").count()).toBe(1);
      const reloaded = page.waitForEvent("load");
      await offer.click();
      await reloaded;
      await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
      expect(await page.getByRole("button", { name: "重新载入" }).count()).toBe(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    } finally {
      await page.close();
      await second.close();
    }
  });
});
