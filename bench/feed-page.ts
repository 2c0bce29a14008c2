// Scripts run inside the feed page, shared by the feed bench and the feed's browser tests.
import type { Page } from "playwright-core";

interface Counter {
  max: number;
}

/** Tracks the most elements the document ever holds, from before the app's first script. */
export async function installElementCounter(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counter: Counter = { max: 0 };
    (window as unknown as { __elements: Counter }).__elements = counter;
    const all = document.getElementsByTagName("*");
    new MutationObserver(() => {
      if (all.length > counter.max) counter.max = all.length;
    }).observe(document, { childList: true, subtree: true });
  });
}

export function maxElements(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __elements: Counter }).__elements.max);
}

/** Jumps to the bottom every frame until the end-of-feed marker is on screen; the time it took. */
export function scrollToEnd(page: Page, timeoutMs = 600_000): Promise<number> {
  return page.evaluate(async (timeout) => {
    const start = performance.now();
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    for (;;) {
      const marker = document.querySelector("[data-feed-end]");
      if (marker && marker.getBoundingClientRect().top < window.innerHeight) break;
      if (performance.now() - start > timeout) throw new Error("the end of the feed never came");
      if (document.querySelector("[data-feed-error]")) throw new Error("a page failed to load");
      window.scrollTo(0, document.documentElement.scrollHeight);
      // The next frame; or, where the browser holds frames back (a busy machine, a page it
      // thinks hidden), a timer, so the loop goes on and its own timeout can speak.
      await new Promise((ok) => {
        requestAnimationFrame(ok);
        setTimeout(ok, 100);
      });
    }
    return performance.now() - start;
  }, timeoutMs);
}

/** Scrolls `step` px every frame for `frames` frames; the time between frames, in ms. */
export function scriptedScroll(page: Page, step: number, frames: number): Promise<number[]> {
  return page.evaluate(
    async ([by, count]) => {
      const deltas: number[] = [];
      let last = await new Promise<number>((ok) => requestAnimationFrame(ok));
      for (let i = 0; i < count; i++) {
        window.scrollBy(0, by);
        const now = await new Promise<number>((ok) => requestAnimationFrame(ok));
        deltas.push(now - last);
        last = now;
      }
      return deltas;
    },
    [step, frames] as const,
  );
}

/** The viewport top of the item at `posinset`, or of the item across the middle of the screen. */
export function positionOf(page: Page, posinset?: number): Promise<{ posinset: number; top: number } | undefined> {
  return page.evaluate((wanted) => {
    const articles = [...document.querySelectorAll<HTMLElement>('[role="feed"] article[aria-posinset]')];
    const middle = window.innerHeight / 2;
    const found = articles.find((a) => {
      if (wanted !== undefined) return Number(a.getAttribute("aria-posinset")) === wanted;
      // The first story reaching past the middle of the screen (the gap between cards counts as the story above it).
      return a.getBoundingClientRect().bottom >= middle;
    });
    if (!found) return undefined;
    return { posinset: Number(found.getAttribute("aria-posinset")), top: found.getBoundingClientRect().top };
  }, posinset);
}

/**
 * The link a reader clicks to open story `posinset`: an article's title; a post's time (as
 * on Weibo) or a snippet's list label. The post's heading link is for screen readers only.
 */
export function storyLink(page: Page, posinset: number) {
  return page.locator(`article[aria-posinset="${posinset}"]`).locator(VISIBLE_STORY_LINK).first();
}

/** The link a reader clicks to open the story whose card is named `name` (its heading). */
export function storyLinkNamed(page: Page, name: string) {
  return page.getByRole("article", { name, exact: true }).locator(VISIBLE_STORY_LINK).first();
}

const VISIBLE_STORY_LINK = 'a[href^="/"]:not(h2.sr-only a):not([href^="/topics/"]):not([href^="/people/"])';

/**
 * The story across the middle of the screen and its link, measured once the link is on
 * screen: a click scrolls a link into view first, and a card taller than the screen may have
 * its link above it. Measured before that scroll, the scroll would count as a shift on Back.
 */
export async function storyToOpen(page: Page) {
  const middle = await positionOf(page);
  if (!middle) throw new Error("no story on screen");
  const link = storyLink(page, middle.posinset);
  await link.scrollIntoViewIfNeeded();
  await page.waitForTimeout(100);
  const before = await positionOf(page, middle.posinset);
  if (!before) throw new Error("the story left the screen");
  return { before, link };
}
