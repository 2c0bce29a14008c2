// A story opened cold from a shared link, on a long feed: the last post of a 10,000-item
// synthetic feed, in headless Chromium on the built app (no prerendered page). Figures: how
// many feed files it fetched and how long until the story's words were on the screen, with
// the item index the ingest writes and without it (a plain JSON Feed, walked page by page).
// Run directly (`npx tsx bench/deep-link.ts`, after `npm run build`) or via `npm run bench`.
import { launchBrowser } from "../tests/e2e/browser";
import { serveSyntheticFeed } from "./feed-site";

export interface DeepLinkFigures {
  items: number;
  index: boolean;
  feedFetches: number;
  feedKiB: number;
  storyShownMs: number;
}

/** One cold open of `path` in a new page (feed files are never cached: a new context each time). */
async function openOnce(origin: string, path: string) {
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(300_000);
    const feedFiles: Promise<number>[] = [];
    page.on("response", (response) => {
      if (new URL(response.url()).pathname.startsWith("/feed/")) feedFiles.push(response.body().then((b) => b.length, () => 0));
    });
    const started = Date.now();
    await page.goto(`${origin}${path}`);
    await page.locator('[data-paragraph="1"]').waitFor();
    const storyShownMs = Date.now() - started;
    const bytes = (await Promise.all(feedFiles)).reduce((a, b) => a + b, 0);
    return { feedFetches: feedFiles.length, feedKiB: bytes / 1024, storyShownMs };
  } finally {
    await browser.close();
  }
}

/** The median of three cold opens, after one discarded run that warms the machine's caches. */
export async function benchDeepLink(items: number, index: boolean, distDir = "dist"): Promise<DeepLinkFigures> {
  const site = await serveSyntheticFeed(items, distDir, { index });
  try {
    // The last post (every fifth item is a trending snippet, so the one before the last).
    const ordinal = items % 5 === 0 ? items - 1 : items;
    const path = `/posts/syn-${String(ordinal).padStart(Math.max(5, String(items).length), "0")}`;
    await openOnce(site.origin, path);
    const runs = [];
    for (let i = 0; i < 3; i += 1) runs.push(await openOnce(site.origin, path));
    const median = [...runs].sort((a, b) => a.storyShownMs - b.storyShownMs)[1]!;
    return { items, index, ...median };
  } finally {
    await site.close();
  }
}

export function printDeepLinkFigures(rows: DeepLinkFigures[]): void {
  console.log("items    item index   feed files fetched   feed KiB   story on screen");
  for (const r of rows) {
    console.log(
      `${String(r.items).padEnd(8)} ${(r.index ? "yes" : "no").padEnd(12)} ${String(r.feedFetches).padStart(18)}   ` +
        `${r.feedKiB.toFixed(0).padStart(8)}   ${`${(r.storyShownMs / 1000).toFixed(2)} s`.padStart(15)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows: DeepLinkFigures[] = [];
  for (const index of [true, false]) rows.push(await benchDeepLink(10_000, index));
  printDeepLinkFigures(rows);
}
