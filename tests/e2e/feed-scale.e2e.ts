// A long synthetic feed in Chromium: the document stays small to the very end, and Back
// from deep down finds the reader's place.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { serveSyntheticFeed, type FeedSite } from "../../bench/feed-site";
import { installElementCounter, maxElements, positionOf, scrollToEnd, storyToOpen } from "../../bench/feed-page";
import { axeViolations, watchErrors } from "./browser";
import { freshContextEachTest } from "./fresh-context";

const ITEMS = 2_000;

interface Shown {
  posinset: number;
  href: string;
  text: string;
}

/** The synthetic feed's item ids in feed order, read from its pages. */
function feedIds(): string[] {
  const ids: string[] = [];
  let name: string | undefined = "feed.json";
  while (name) {
    const page = JSON.parse(readFileSync(join(site.root, "feed", name), "utf8")) as { items: { id: string }[]; next_url?: string };
    ids.push(...page.items.map((item) => item.id));
    name = page.next_url?.split("/").pop();
  }
  return ids;
}

/** The stories wholly on screen: their place, where their link goes, and their words. */
function onScreen(page: Page): Promise<Shown[]> {
  return page.locator('[role="feed"] article[aria-posinset]').evaluateAll((all) =>
    all
      .filter((a) => a.getBoundingClientRect().top >= 0 && a.getBoundingClientRect().bottom <= window.innerHeight)
      .map((a) => ({
        posinset: Number(a.getAttribute("aria-posinset")),
        href: a.querySelector("h2 a")?.getAttribute("href") ?? "",
        text: (a as HTMLElement).innerText.trim(),
      })),
  );
}

/** Waits for the browser to render a frame: the page has reacted to what just happened. */
const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))));
let site: FeedSite;
const browser = freshContextEachTest();

beforeAll(async () => {
  site = await serveSyntheticFeed(ITEMS);
});

afterAll(async () => {
  await site?.close();
});

describe(`a ${ITEMS}-story feed in Chromium`, () => {
  it("keeps at most 3,000 elements in the document all the way to the end, and knows its length there", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await installElementCounter(page);
    await page.goto(`${site.origin}/`);
    await page.locator('[role="feed"] article').first().waitFor();
    // Well inside the test's own limit, so that a feed that never ends says so.
    await scrollToEnd(page, 150_000);
    expect(await page.locator("[data-feed-end]").textContent()).toContain(`共 ${ITEMS} 条`);
    const last = page.locator(`[role="feed"] article[aria-posinset="${ITEMS}"]`);
    expect(await last.getAttribute("aria-setsize")).toBe(String(ITEMS));
    // Scroll back up through part of it: pages let go are read again, in place. On screen
    // are the right stories, whole, in order: not skeletons, gaps or another page's stories.
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -2_000);
    await expect.poll(async () => (await positionOf(page))?.posinset ?? ITEMS, { timeout: 20_000 }).toBeLessThan(ITEMS - 200);
    const ids = feedIds();
    // A post card shows the post as Weibo does (its text, up to nine pictures): one can be
    // 650 px tall, so a tall window holds the three whole stories checked here.
    await page.setViewportSize({ width: 1280, height: 2_400 });
    await expect
      .poll(() => onScreen(page), { timeout: 20_000 })
      .toSatisfy((shown: Shown[]) => shown.length >= 3 && shown.every((story) => story.href === `/posts/${ids[story.posinset - 1]}` && story.text.length > 20));
    const shown = await onScreen(page);
    expect(shown.map((story) => story.posinset)).toEqual(Array.from({ length: shown.length }, (_, i) => shown[0]!.posinset + i));
    expect(await maxElements(page)).toBeLessThanOrEqual(3_000);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
    // Scrolling 2,000 cards with pictures to the end takes longer than a minute on a busy machine.
  }, 180_000);

  it("goes Back to a story deep in the feed and finds it where it was", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.origin}/`);
    await page.locator('[role="feed"] article').first().waitFor();
    // Deep down: about story 1,500.
    while (((await positionOf(page))?.posinset ?? 0) < 1_500) {
      await page.evaluate(() => window.scrollBy(0, 20_000));
      await nextFrame(page);
    }
    const { before, link } = await storyToOpen(page);
    const href = await link.getAttribute("href");
    await link.click();
    await page.waitForURL(`**${href}`);
    await page.goBack();
    const story = page.locator(`article[aria-posinset="${before.posinset}"]`);
    await story.waitFor();
    expect(Math.abs((await positionOf(page, before.posinset))!.top - before.top)).toBeLessThanOrEqual(50);
    await page.goForward();
    await page.waitForURL(`**${href}`);
    await page.goBack();
    await story.waitFor();
    expect(Math.abs((await positionOf(page, before.posinset))!.top - before.top)).toBeLessThanOrEqual(50);
    expect(errors).toEqual([]);
    await page.close();
  });
});
