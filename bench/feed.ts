// The feed at scale in headless Chromium: a synthetic feed of N items, scrolled to the end.
// Figures: the most elements ever in the document, the JS heap after loading everything
// (after a forced GC), the time to scroll through all pages, the 95th-percentile frame time
// during a scripted fixed-speed scroll, and how far an item moves over Back and forward.
// Run directly (`npx tsx bench/feed.ts 1000 10000`, after `npx vite build`) or via `npm run bench`.
import type { Page } from "playwright-core";
import { launchBrowser } from "../tests/e2e/browser";
import { serveSyntheticFeed } from "./feed-site";
import { installElementCounter, maxElements, positionOf, scriptedScroll, scrollToEnd, storyToOpen } from "./feed-page";

export interface FeedFigures {
  items: number;
  maxElements: number;
  heapBytes: number;
  scrollAllMs: number;
  p95FrameMs: number;
  /** How far the item under the reader moved after opening a story and going Back, then forward and Back. */
  backShiftPx: number;
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return usedSize;
}

/** Opens the story at the middle of the screen, goes Back, forward and Back; the worst shift. */
async function backAndForward(page: Page): Promise<number> {
  const { before, link } = await storyToOpen(page);
  const path = await link.getAttribute("href");
  await link.click();
  await page.waitForURL(`**${path}`);
  await page.goBack();
  await page.locator(`article[aria-posinset="${before.posinset}"]`).waitFor();
  const first = await positionOf(page, before.posinset);
  await page.goForward();
  await page.waitForURL(`**${path}`);
  await page.goBack();
  await page.locator(`article[aria-posinset="${before.posinset}"]`).waitFor();
  const second = await positionOf(page, before.posinset);
  return Math.max(Math.abs((first?.top ?? Infinity) - before.top), Math.abs((second?.top ?? Infinity) - before.top));
}

export async function benchFeed(items: number, distDir = "dist"): Promise<FeedFigures> {
  const site = await serveSyntheticFeed(items, distDir);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    // Rendering thousands of items without a bound can take a while; a figure is still a figure.
    page.setDefaultTimeout(300_000);
    await installElementCounter(page);
    await page.goto(`${site.origin}/`);
    await page.locator('[role="feed"] article').first().waitFor();
    const scrollAllMs = await scrollToEnd(page);
    const heapBytes = await heapAfterGc(page);
    // A fast fling back up the fully loaded feed: 1,200 frames at 100 px a frame.
    const frames = await scriptedScroll(page, -100, 1_200);
    const sorted = [...frames].sort((a, b) => a - b);
    const p95FrameMs = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    // Read before Back and forward: a new document would start a new count.
    const most = await maxElements(page);
    const backShiftPx = await backAndForward(page).catch((error: unknown) => {
      console.warn(`Back and forward with ${items} items: ${String(error)}`);
      return Number.NaN;
    });
    return { items, maxElements: most, heapBytes, scrollAllMs, p95FrameMs, backShiftPx };
  } finally {
    await browser.close();
    await site.close();
  }
}

export function printFeedFigures(rows: FeedFigures[]): void {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  console.log("items    max elements   JS heap (GC'd)   scroll to end   p95 frame   Back shift");
  for (const r of rows) {
    console.log(
      `${String(r.items).padEnd(8)} ${String(r.maxElements).padStart(12)}   ${mib(r.heapBytes).padStart(14)}   ` +
        `${`${(r.scrollAllMs / 1000).toFixed(1)} s`.padStart(13)}   ${`${r.p95FrameMs.toFixed(1)} ms`.padStart(9)}   ${`${r.backShiftPx.toFixed(0)} px`.padStart(10)}`,
    );
  }
  const [small, large] = [rows.find((r) => r.items === 1_000), rows.find((r) => r.items === 10_000)];
  const verdict = (ok: boolean) => (ok ? "within budget" : "OVER BUDGET");
  if (small && large) {
    const ratio = large.heapBytes / small.heapBytes;
    console.log(`heap ratio 10,000 / 1,000 items: ${ratio.toFixed(2)}× (budget 1.5×: ${verdict(ratio <= 1.5)})`);
  }
  const most = Math.max(...rows.map((r) => r.maxElements));
  console.log(`most elements in the document at any point: ${most} (budget 3,000: ${verdict(most <= 3_000)})`);
  const shift = Math.max(...rows.map((r) => r.backShiftPx));
  console.log(`Back and forward: the story under the reader moved ${shift.toFixed(0)} px at most (budget 50 px: ${verdict(shift <= 50)})`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const rows: FeedFigures[] = [];
  for (const n of sizes.length ? sizes : [1_000, 10_000]) rows.push(await benchFeed(n));
  printFeedFigures(rows);
}
