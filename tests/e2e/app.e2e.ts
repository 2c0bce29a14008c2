import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { serveStatic, type RunningServer } from "../../scripts/static-server";
import { fullWidthPunctuation } from "../../src/content/cjk-punctuation";

/** A story's title as the page shows it: half-width , : between Han characters full-width. */
const shownTitle = (item: { title?: string }) => fullWidthPunctuation(item.title ?? "");
import { axeViolations, launchBrowser, watchErrors, type Browser } from "./browser";

interface FeedItem {
  id: string;
  title?: string;
  _qingyue: { kind: string };
}

const SITE_URL = (process.env.SITE_URL ?? "http://127.0.0.1:4173").replace(/\/+$/, "");
let server: RunningServer;
let browser: Browser;
let items: FeedItem[] = [];

beforeAll(async () => {
  server = await serveStatic("dist");
  browser = await launchBrowser();
  const response = await fetch(`${server.origin}/feed/feed.json`);
  items = ((await response.json()) as { items: FeedItem[] }).items;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.origin}${path}`);
  return { page, errors };
}

async function expectAccessible(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

function firstOf(kind: string): FeedItem {
  const item = items.find((i) => i._qingyue.kind === kind);
  if (!item) throw new Error(`the shipped feed has no ${kind}`);
  return item;
}

describe("the built site in Chromium", () => {
  it("shows the feed at /, and following an item opens it", async () => {
    const { page, errors } = await open("/");
    await page.getByRole("heading", { name: "今日阅读" }).waitFor();
    // The feed is windowed: the stories near the screen are rendered, each with its place.
    const cards = page.getByRole("feed", { name: "今日阅读" }).getByRole("article");
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await cards.first().getAttribute("aria-posinset")).toBe("1");
    await expectAccessible(page);

    const article = firstOf("article");
    await page.getByRole("link", { name: shownTitle(article) }).click();
    await page.getByRole("heading", { level: 1, name: shownTitle(article) }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/articles/${article.id}`);
    expect(await page.title()).toBe(`${article.title} · 轻阅`);
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens an article deep link cold, with every section and paragraph anchors", async () => {
    const article = firstOf("article");
    const { page, errors } = await open(`/articles/${article.id}`);
    await page.getByRole("heading", { level: 1, name: shownTitle(article) }).waitFor();
    expect(await page.getByRole("heading", { level: 2 }).count()).toBeGreaterThan(0);
    expect(await page.locator("#p-1").textContent()).not.toBe("");
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("goes Back from a cold deep link to the feed, not off the site", async () => {
    const article = firstOf("article");
    const page = await browser.context.newPage();
    await page.goto("about:blank");
    await page.goto(`${server.origin}/articles/${article.id}`);
    await page.getByRole("heading", { level: 1, name: shownTitle(article) }).waitFor();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    // Canonical links name the site's public address (SITE_URL at build time).
    expect(canonical).toBe(`${SITE_URL}/articles/${article.id}`);
    await page.goBack();
    await page.getByRole("heading", { name: "今日阅读" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    await page.close();
  });

  it("opens a post and a trending snippet cold", async () => {
    for (const kind of ["post", "trending"]) {
      const item = firstOf(kind);
      const { page, errors } = await open(`/posts/${item.id}`);
      await page.getByRole("article").first().waitFor();
      await expectAccessible(page);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("shows the people gallery", async () => {
    const { page, errors } = await open("/people");
    await page.getByRole("heading", { level: 1, name: "人物" }).waitFor();
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the 404 page for an unknown story and an unknown path, with a way home", async () => {
    for (const path of ["/articles/no-such-story", "/no/such/page"]) {
      const { page, errors } = await open(path);
      await page.getByRole("heading", { name: "页面不存在" }).waitFor();
      await expectAccessible(page);
      await page.getByRole("link", { name: "回到首页" }).click();
      await page.getByRole("heading", { name: "今日阅读" }).waitFor();
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
