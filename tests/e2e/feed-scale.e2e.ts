// A long synthetic feed in Chromium: the document stays small to the very end, and Back
// from deep down finds the reader's place.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSyntheticFeed, type FeedSite } from "../../bench/feed-site";
import { installElementCounter, maxElements, positionOf, scrollToEnd, storyToOpen } from "../../bench/feed-page";
import { axeViolations, launchBrowser, watchErrors, type Browser } from "./browser";

const ITEMS = 2_000;
let site: FeedSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveSyntheticFeed(ITEMS);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe(`a ${ITEMS}-story feed in Chromium`, () => {
  it("keeps at most 3,000 elements in the document all the way to the end, and knows its length there", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await installElementCounter(page);
    await page.goto(`${site.origin}/`);
    await page.locator('[role="feed"] article').first().waitFor();
    await scrollToEnd(page);
    expect(await page.locator("[data-feed-end]").textContent()).toContain(`共 ${ITEMS} 条`);
    const last = page.locator(`[role="feed"] article[aria-posinset="${ITEMS}"]`);
    expect(await last.getAttribute("aria-setsize")).toBe(String(ITEMS));
    // Scroll back up through part of it: pages let go are read again, in place.
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -2_000);
    await page.waitForTimeout(500);
    const mid = await positionOf(page);
    expect(mid?.posinset).toBeLessThan(ITEMS);
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
      await page.waitForTimeout(50);
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
