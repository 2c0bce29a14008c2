// The home feed in Chromium, on the shipped seed feed (three pages) and on a synthetic one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { serveStatic, type RunningServer } from "../../scripts/static-server";
import { serveSyntheticFeed, type FeedSite } from "../../bench/feed-site";
import { positionOf, scrollToEnd, storyLink } from "../../bench/feed-page";
import { axeViolations, watchErrors } from "./browser";
import { freshContextEachTest } from "./fresh-context";

let seed: RunningServer;
let synthetic: FeedSite;
const browser = freshContextEachTest();

beforeAll(async () => {
  seed = await serveStatic("dist");
  synthetic = await serveSyntheticFeed(200);
});

afterAll(async () => {
  await seed?.close();
  await synthetic?.close();
});

async function open(origin: string, path = "/"): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${origin}${path}`);
  await page.locator('[role="feed"] article').first().waitFor();
  return { page, errors };
}

const story = (page: Page, n: number) => page.locator(`[role="feed"] article[aria-posinset="${n}"]`);
const posinsets = (page: Page) =>
  page.locator('[role="feed"] article').evaluateAll((all) => all.map((a) => Number(a.getAttribute("aria-posinset"))));

/** Scrolls until story n is on screen, near the middle. */
async function scrollTo(page: Page, n: number): Promise<void> {
  for (let i = 0; i < 200 && !(await story(page, n).count()); i++) {
    await page.mouse.wheel(0, 600);
    await nextFrame(page);
  }
  await story(page, n).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight / 2));
  // Settled: the story stays where the scroll put it (rows above it are measured).
  let last = NaN;
  await expect
    .poll(async () => {
      const top = (await positionOf(page, n))?.top ?? NaN;
      const still = top === last;
      last = top;
      return still;
    })
    .toBe(true);
}

/** Waits for the browser to render a frame: the page has reacted to what just happened. */
const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));

describe("the home feed in Chromium", () => {
  it("scrolls the seed's three pages to the end, every story in its place, and passes axe", async () => {
    const { page, errors } = await open(seed.origin);
    const seen = new Set<number>();
    for (const n of await posinsets(page)) seen.add(n);
    expect(await page.getByRole("feed", { name: "今日阅读" }).count()).toBe(1);
    await scrollToEnd(page);
    for (let y = 0; y <= (await page.evaluate(() => document.documentElement.scrollHeight)); y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await nextFrame(page);
      for (const n of await posinsets(page)) seen.add(n);
    }
    const total = Number(await page.locator("[data-feed-end]").textContent().then((t) => /共 (\d+) 条/.exec(t ?? "")?.[1]));
    expect(total).toBeGreaterThan(20);
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(await story(page, total).getAttribute("aria-setsize")).toBe(String(total));
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ["the seed's feed", 15],
    ["a synthetic feed", 25],
  ])("on %s, opens story %i, and Back finds it where it was, focused, with nothing fetched again", async (feed, n) => {
    const { page, errors } = await open(feed === "the seed's feed" ? seed.origin : synthetic.origin);
    await scrollTo(page, n);
    const before = await positionOf(page, n);
    const link = storyLink(page, n);
    const href = (await link.getAttribute("href")) ?? "";
    await link.click();
    await page.waitForURL(`**${href}`);
    // The feed stays on the screen until the story has loaded: wait for the story itself.
    await page.locator('[role="feed"]').waitFor({ state: "detached" });
    const fetched: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/feed/")) fetched.push(request.url());
    });
    await page.goBack();
    await story(page, n).waitFor();
    const after = await positionOf(page, n);
    expect(Math.abs((after?.top ?? Infinity) - (before?.top ?? 0))).toBeLessThanOrEqual(50);
    // Focus follows once the feed's rows are placed (an effect after the page is painted).
    await expect.poll(() => story(page, n).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(fetched).toEqual([]);
    // Forward and Back again: the same place.
    await page.goForward();
    await page.waitForURL(`**${href}`);
    await page.goBack();
    await story(page, n).waitFor();
    expect(Math.abs(((await positionOf(page, n))?.top ?? Infinity) - (before?.top ?? 0))).toBeLessThanOrEqual(50);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the prerendered list until the reader scrolls, then windows it with the same elements", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${seed.origin}/`);
    // Marked before the app takes over: a story built again would lose the mark.
    await story(page, 1).evaluate((el) => el.setAttribute("data-first-paint", ""));
    await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
    const listHeight = () => page.locator('[role="feed"]').evaluate((el) => (el as HTMLElement).style.height);
    // Interactive, and the extras are in (the page's first poll of the feed shows nothing new):
    // still the plain list, with nothing spent on windowing it.
    await page.getByRole("button", { name: "加载更多" }).waitFor();
    await nextFrame(page);
    expect(await listHeight()).toBe("");
    await page.mouse.wheel(0, 300);
    // Windowed: the list holds its rows at measured places, its height set by the windowing.
    await expect.poll(listHeight).toMatch(/px$/);
    expect(await story(page, 1).getAttribute("data-first-paint")).toBe("");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("remembers a story opened from the plain list, before any scroll, for the next visit", async () => {
    const { page, errors } = await open(seed.origin);
    await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
    const title = (await story(page, 4).locator("h2").first().textContent())?.slice(0, 8) ?? "";
    expect(title).not.toBe("");
    // A click that scrolls nothing: the list is still the plain one.
    await storyLink(page, 4).evaluate((link) => (link as HTMLElement).click());
    await page.waitForURL((url) => url.pathname !== "/");
    await page.goto(`${seed.origin}/`);
    await expect.poll(() => page.getByRole("region", { name: "上次读到" }).textContent()).toContain(title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps page 1 when page 2 fails, and recovers with retry", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    let failures = 1;
    await page.route("**/feed/feed-2.json", (route) => (failures-- > 0 ? route.fulfill({ status: 503, body: "" }) : route.continue()));
    await page.goto(`${synthetic.origin}/`);
    await story(page, 1).waitFor();
    const alert = page.getByRole("alert").filter({ hasText: "下一页没能加载" });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await alert.waitFor();
    expect(await story(page, 20).count()).toBe(1);
    await alert.getByRole("button", { name: "重试" }).click();
    await story(page, 21).waitFor();
    expect(await alert.count()).toBe(0);
    // Page 1 was kept all along: back at the top, nothing is fetched for it.
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(request.url()));
    await page.evaluate(() => window.scrollTo(0, 0));
    await story(page, 1).waitFor();
    expect(fetched.filter((url) => url.endsWith("/feed/feed.json"))).toEqual([]);
    // The failed request is the only console error: the browser logs every failed fetch.
    expect(errors.filter((e) => !e.includes("503"))).toEqual([]);
    await page.close();
  });

  it("moves between stories with j and k, opens one with Enter, and Back returns focus to it", async () => {
    const { page, errors } = await open(synthetic.origin);
    const focused = () => page.evaluate(() => Number(document.activeElement?.getAttribute("aria-posinset")));
    await page.keyboard.press("j");
    expect(await focused()).toBe(1);
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    expect(await focused()).toBe(3);
    await page.keyboard.press("k");
    expect(await focused()).toBe(2);
    for (let i = 0; i < 12; i++) await page.keyboard.press("j");
    expect(await focused()).toBe(14);
    // The focused story is on screen.
    const box = await story(page, 14).boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 800).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL("**/posts/syn-00014");
    await page.goBack();
    await story(page, 14).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-posinset") === "14");
    await page.keyboard.press("j");
    expect(await focused()).toBe(15);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("offers, on a later visit, to go back to the story last opened", async () => {
    const { page, errors } = await open(synthetic.origin);
    await scrollTo(page, 120);
    await storyLink(page, 120).click();
    await page.waitForURL("**/posts/syn-00120");
    // A new visit: the feed starts at the top and offers the way back.
    await page.goto(`${synthetic.origin}/`);
    const offer = page.getByRole("region", { name: "上次读到" });
    await offer.getByRole("button", { name: "回到那里" }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-posinset") === "120");
    const box = await story(page, 120).boundingBox();
    expect(box && box.y >= -5 && box.y < 800).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
