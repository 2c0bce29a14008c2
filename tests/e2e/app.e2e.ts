import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { serveStatic, type RunningServer } from "../../scripts/static-server";
import { axeViolations, watchErrors } from "./browser";
import { freshContextEachTest } from "./fresh-context";
import { fullWidthPunctuation } from "../../src/content/cjk-punctuation";

/** A story's title as the page shows it: half-width , : between Han characters full-width. */
const shownTitle = (item: { title?: string }) => fullWidthPunctuation(item.title ?? "");

interface FeedItem {
  id: string;
  title?: string;
  _qingyue: { kind: string; paragraphs?: string[]; text?: string };
}

/** The first run of plain words in a post's text: what precedes any Weibo markup. */
const plainRun = (text: string) => text.split(/[#[【@]|https?:/).find((run) => run.trim().length > 3)?.trim().slice(0, 12) ?? "";

const SITE_URL = (process.env.SITE_URL ?? "http://127.0.0.1:4173").replace(/\/+$/, "");
let server: RunningServer;
const browser = freshContextEachTest();
let items: FeedItem[] = [];

beforeAll(async () => {
  server = await serveStatic("dist");
  const response = await fetch(`${server.origin}/feed/feed.json`);
  items = ((await response.json()) as { items: FeedItem[] }).items;
});

afterAll(async () => {
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

  it("keeps the home page's stories when the feed fails to load, with a retry that works", async () => {
    const article = firstOf("article");
    const page = await browser.context.newPage();
    let fail = true;
    await page.route("**/feed/feed.json", (route) => (fail ? route.fulfill({ status: 503, body: "" }) : route.continue()));
    await page.goto(`${server.origin}/`);
    // The page carries its own stories: the app takes it over without the feed, and says the
    // stories could not be brought up to date, with a retry.
    await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
    const notice = page.getByRole("alert").filter({ hasText: "内容没能更新，下面是之前的版本" });
    await notice.waitFor({ timeout: 10_000 });
    // The stories are all still there, as links, in the windowed feed; no error page.
    await page.getByRole("feed", { name: "今日阅读" }).getByRole("article").first().waitFor();
    await page.getByRole("link", { name: shownTitle(article) }).waitFor();
    expect(await page.getByRole("heading", { name: "今日阅读" }).isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "回到首页" }).count()).toBe(0);
    // A retry that fails again says so, and keeps the offer.
    await notice.getByRole("button", { name: "重试" }).click();
    await page.getByRole("alert").filter({ hasText: "还是没能连上" }).getByRole("button", { name: "重试" }).waitFor();
    fail = false;
    await page.getByRole("alert").getByRole("button", { name: "重试" }).click();
    await page.getByRole("alert").filter({ hasText: "没能" }).waitFor({ state: "detached" });
    // In-app navigation from the stories shown.
    await page.getByRole("link", { name: shownTitle(article) }).click();
    await page.getByRole("heading", { level: 1, name: shownTitle(article) }).waitFor();
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

  it("opens a post and a trending snippet cold, with their words", async () => {
    for (const kind of ["post", "trending"]) {
      const item = firstOf(kind);
      const { page, errors } = await open(`/posts/${item.id}`);
      const story = page.getByRole("article").first();
      await story.waitFor();
      await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
      // The words before any markup (#topics#, [emoticons], links) read as the feed has them,
      // with half-width , : ; ! ? between Han characters shown full-width.
      const text = kind === "trending" ? item._qingyue.text! : item._qingyue.paragraphs![0]!;
      const words = plainRun(fullWidthPunctuation(text));
      expect(words.length, `${kind}: a run of plain words to look for`).toBeGreaterThan(3);
      expect(await story.innerText()).toContain(words);
      if (kind === "trending") {
        // A snippet the source cut off says so, to the eye and to a screen reader.
        expect(await story.textContent()).toContain("…（原文在此被截断，并非全文）");
      }
      await expectAccessible(page);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("shows the people gallery, a card for every person with their name and honours", async () => {
    const people = ((await (await fetch(`${server.origin}/feed/people.json`)).json()) as { people: { id: string; name: string; honours: string[] }[] }).people;
    expect(people.length, "the seed feed presents people").toBeGreaterThan(0);
    const { page, errors } = await open("/people");
    await page.getByRole("heading", { level: 1, name: "人物" }).waitFor();
    // The people the stories report on have their own section, after the authors'.
    const section = page.getByRole("region", { name: "报道中的人物" });
    expect(await section.getByRole("heading", { level: 2, name: "报道中的人物" }).count()).toBe(1);
    const cards = section.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
    expect(await cards.count()).toBe(people.length);
    for (const person of people) {
      const card = cards.filter({ has: page.getByRole("link", { name: person.name, exact: true }) });
      expect(await card.count(), person.name).toBe(1);
      expect(await card.getByRole("link", { name: person.name }).getAttribute("href")).toBe(`/people/${person.id}`);
      for (const honour of person.honours) expect(await card.innerText()).toContain(honour);
    }
    await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the 404 page for an unknown story and an unknown path, with a way home", async () => {
    for (const path of ["/articles/no-such-story", "/no/such/page"]) {
      const page = await browser.context.newPage();
      const errors = watchErrors(page);
      const response = await page.goto(`${server.origin}${path}`);
      expect(response?.status()).toBe(404);
      await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
      await page.getByRole("heading", { name: "页面不存在" }).waitFor();
      await expectAccessible(page);
      await page.getByRole("link", { name: "回到首页" }).click();
      await page.getByRole("heading", { name: "今日阅读" }).waitFor();
      // The page's own 404 status is the only one.
      expect(errors).toEqual(["Failed to load resource: the server responded with a status of 404 (Not Found)"]);
      await page.close();
    }
  });
});
