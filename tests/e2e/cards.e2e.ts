// Feed cards in Chromium, on a small feed in the shapes of real Weibo data: pictures and the
// viewer (by keyboard and by touch), a repost, folding, no layout shift, and axe.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { serveSiteWithFeed, type FeedSite } from "./site-with-feed";
import { axeViolations, watchErrors } from "./browser";
import { freshContextEachTest } from "./fresh-context";
import { writePictures } from "../fixtures/make-pictures";
import { weiboFeedPage } from "../fixtures/weibo-feed";

const SHOTS = resolve("tests/e2e/artifacts/screenshots");
let site: FeedSite;
const browser = freshContextEachTest();

beforeAll(async () => {
  site = await serveSiteWithFeed();
  site.setFeed({ "feed.json": weiboFeedPage() });
  writePictures(join(site.root, "test-pictures"));
  mkdirSync(SHOTS, { recursive: true });
  console.log(`screenshots: ${SHOTS}`);
});

afterAll(async () => {
  await site?.close();
});

async function open(size = { width: 1280, height: 800 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  const errors = watchErrors(page);
  await page.goto(`${site.origin}/`);
  await page.locator('[role="feed"] article').first().waitFor();
  return { page, errors };
}

const card = (page: Page, id: string) => page.locator(`article[aria-labelledby="item-${id}-title"]`);
const viewer = (page: Page) => page.getByRole("dialog", { name: "图片查看器" });

/** Waits for the viewer to open and take the focus, and for its opening fade to end. */
async function opened(page: Page): Promise<void> {
  await viewer(page).waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "dialog");
  await page.waitForTimeout(450);
}

/** Brings a card to the top of the screen and waits for its pictures. */
async function show(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 60 && !(await card(page, id).count()); i++) {
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(40);
  }
  await card(page, id).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 72));
  await page.waitForFunction(
    (selector) => [...document.querySelectorAll<HTMLImageElement>(`${selector} img`)].every((img) => img.complete),
    `article[aria-labelledby="item-${id}-title"]`,
  );
  await page.waitForTimeout(150);
}

describe("feed cards in Chromium", () => {
  it("opens a picture in the viewer by keyboard: arrows, counter, alt text, Esc back to the cell", async () => {
    const { page, errors } = await open();
    await show(page, "w-nine");
    const third = card(page, "w-nine").getByRole("button", { name: /第 3 张图片/ });
    await third.focus();
    await page.keyboard.press("Enter");
    await opened(page);
    await expect.poll(() => page.locator(".pswp__counter").textContent()).toBe("3/9");
    expect(await page.locator(".pswp__caption").textContent()).toBe("图grid-3");
    expect(await page.getByRole("link", { name: "原图" }).getAttribute("href")).toBe("/test-pictures/grid-3.png");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator(".pswp__counter").textContent()).toBe("4/9");
    expect(await page.locator(".pswp__caption").textContent()).toBe("图grid-4");
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // Focus stays inside while it is open.
    for (let i = 0; i < 8; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest(".pswp")))).toBe(true);
    await page.keyboard.press("Escape");
    await viewer(page).waitFor({ state: "detached" });
    expect(await third.evaluate((el) => el === document.activeElement)).toBe(true);
    // Closing took the viewer's history entry with it: Back leaves nothing behind.
    expect(page.url()).toBe(`${site.origin}/`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("closes the viewer with Back and keeps the reader's place", async () => {
    const { page, errors } = await open();
    await show(page, "w-four");
    const y = await page.evaluate(() => window.scrollY);
    await card(page, "w-four").getByRole("button", { name: /第 2 张图片/ }).click();
    await viewer(page).waitFor();
    await page.goBack();
    await viewer(page).waitFor({ state: "detached" });
    expect(page.url()).toBe(`${site.origin}/`);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - y)).toBeLessThan(2);
    expect(await card(page, "w-four").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a long picture at its top, marked 长图", async () => {
    const { page } = await open({ width: 390, height: 844 });
    await show(page, "w-longpic");
    const cell = card(page, "w-longpic").getByRole("button", { name: /长图/ });
    expect(await cell.textContent()).toContain("长图");
    await cell.click();
    await viewer(page).waitFor();
    await page.waitForTimeout(500);
    const img = page.locator(".pswp__item[aria-hidden='false'] img.pswp__img:not(.pswp__img--placeholder)");
    const box = await img.boundingBox();
    // Filling the width (the picture is 400 px wide), its top on screen, its bottom far below.
    expect(box!.width).toBeGreaterThan(380);
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(100);
    expect(box!.y + box!.height).toBeGreaterThan(2000);
    await page.keyboard.press("Escape");
    await page.close();
  });

  it("swipes between pictures and pinches to zoom on a touch screen", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 5 });
    await page.goto(`${site.origin}/`);
    await page.locator('[role="feed"] article').first().waitFor();
    await show(page, "w-nine");
    const first = await card(page, "w-nine").getByRole("button", { name: /第 1 张图片/ }).boundingBox();
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: first!.x + 20, y: first!.y + 20 }] });
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await viewer(page).waitFor();
    await expect.poll(() => page.locator(".pswp__counter").textContent()).toBe("1/9");
    await page.waitForTimeout(400);
    const touch = async (type: "touchStart" | "touchMove" | "touchEnd", points: { x: number; y: number }[]) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points });
    // Swipe left: the next picture.
    await touch("touchStart", [{ x: 320, y: 420 }]);
    for (let x = 300; x >= 60; x -= 40) await touch("touchMove", [{ x, y: 422 }]);
    await touch("touchEnd", []);
    await expect.poll(() => page.locator(".pswp__counter").textContent()).toBe("2/9");
    await page.waitForTimeout(500);
    // Pinch out: zoomed in.
    await touch("touchStart", [{ x: 180, y: 420 }, { x: 210, y: 420 }]);
    for (let d = 30; d <= 230; d += 25) await touch("touchMove", [{ x: 195 - d / 2 - 30, y: 420 }, { x: 195 + d / 2 + 30, y: 420 }]);
    await touch("touchEnd", []);
    await expect.poll(() => page.locator(".pswp").getAttribute("class")).toContain("pswp--zoomed-in");
    await page.keyboard.press("Escape");
    await page.close();
  });

  it("keeps a failed picture's box, at the picture's shape, and shows its alt text there", async () => {
    const { page } = await open();
    await show(page, "w-broken");
    const cell = card(page, "w-broken").getByRole("button", { name: /查看图片/ });
    await expect.poll(() => cell.textContent()).toContain("江边的彩虹");
    const box = (await cell.boundingBox())!;
    expect(Math.abs(box.width / box.height - 1200 / 900)).toBeLessThan(0.02);
    expect(box.width).toBeGreaterThan(300);
    await page.close();
  });

  it("shows a repost's original inside the card, and a deleted one as deleted", async () => {
    const { page } = await open();
    await show(page, "w-repost");
    const quoted = card(page, "w-repost").getByRole("group", { name: "转发自人民日报的微博" });
    expect(await quoted.textContent()).toContain("近期多地出现高温天气");
    expect(await quoted.getByRole("button", { name: /查看图片/ }).count()).toBe(1);
    expect(await card(page, "w-deleted").getByRole("group", { name: "转发的原微博" }).textContent()).toBe("原微博已删除");
    await page.close();
  });

  it("folds a long post after about six lines and unfolds it", async () => {
    const { page } = await open({ width: 390, height: 844 });
    await show(page, "w-long");
    const long = card(page, "w-long");
    const before = (await long.boundingBox())!.height;
    const unfold = long.getByRole("button", { name: "展开" });
    expect(await unfold.getAttribute("aria-expanded")).toBe("false");
    // The short post above folds nothing.
    expect(await card(page, "w-nine").getByRole("button", { name: "展开" }).count()).toBe(0);
    await unfold.click();
    const fold = long.getByRole("button", { name: "收起" });
    expect(await fold.getAttribute("aria-expanded")).toBe("true");
    const after = (await long.boundingBox())!.height;
    expect(after).toBeGreaterThan(before + 100);
    expect(await long.textContent()).toContain("转给需要的人");
    await fold.click();
    expect((await long.boundingBox())!.height).toBe(before);
    await page.close();
  });

  for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    it(`moves nothing while the feed scrolls at ${size.width}×${size.height}`, async () => {
      const { page, errors } = await open(size);
      await page.evaluate(() => {
        const w = window as unknown as { shift: number };
        w.shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) w.shift += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      for (let i = 0; i < 40; i++) {
        await page.mouse.wheel(0, 400);
        await page.waitForTimeout(60);
      }
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("passes axe with every card form on screen in turn", async () => {
    const { page } = await open();
    for (const id of ["w-one", "w-repost", "w-video", "w-cut", "t-1"]) {
      await show(page, id);
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
    }
    await page.close();
  });

  it("saves screenshots of cards with 1, 4 and 9 pictures, a repost, and the open viewer", async () => {
    for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      const { page } = await open(size);
      for (const [name, id] of [["card-1-picture", "w-one"], ["card-4-pictures", "w-four"], ["card-9-pictures", "w-nine"], ["card-repost", "w-repost"], ["card-video", "w-video"]] as const) {
        await show(page, id);
        await page.screenshot({ path: `${SHOTS}/${name}-${size.width}x${size.height}.png` });
      }
      await show(page, "w-nine");
      await card(page, "w-nine").getByRole("button", { name: /第 3 张图片/ }).click();
      await viewer(page).waitFor();
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${SHOTS}/viewer-${size.width}x${size.height}.png` });
      await page.keyboard.press("Escape");
      await page.close();
    }
  });
});
