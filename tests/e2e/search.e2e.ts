// Search in Chromium on the built site and the shipped feed: a cold deep link, the header
// box, what a query fetches, and how the page looks on a phone and a laptop.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { serveStatic, type RunningServer } from "../../scripts/static-server";
import { axeViolations, watchErrors } from "./browser";
import { freshContextEachTest } from "./fresh-context";
import { serveSyntheticFeed } from "../../bench/feed-site";

const SHOTS = resolve("tests/e2e/artifacts/screenshots");
let server: RunningServer;
const browser = freshContextEachTest();

beforeAll(async () => {
  server = await serveStatic("dist");
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await server?.close();
});

async function open(path: string) {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  const feedFiles: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/feed/")) feedFiles.push(pathname.slice("/feed/".length));
  });
  await page.goto(`${server.origin}${path}`);
  await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
  return { page, errors, feedFiles };
}

describe("search in Chromium", () => {
  it("opens a shared search link cold: results with the query marked, from the index shards only", async () => {
    const { page, errors, feedFiles } = await open(`/search?q=${encodeURIComponent("检察官")}`);
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/^找到 \d+ 条结果$/);
    const results = page.getByRole("list", { name: "搜索结果" });
    // Both posts have 检察官 in their title; the article only in its text.
    const links = results.getByRole("link");
    await expect.poll(() => links.count()).toBeGreaterThanOrEqual(3);
    const first = await links.first().textContent();
    expect(first).toContain("检察官");
    expect(new Set(await results.locator("mark").allTextContents())).toEqual(new Set(["检察官"]));
    expect(await page.getByRole("searchbox", { name: "搜索" }).inputValue()).toBe("检察官");
    expect(await page.title()).toBe("检察官 · 搜索 · 轻阅");
    // No feed page past the first: the token shards the query hashes to, and the story shards of its results.
    expect(feedFiles.filter((f) => /^feed-\d+\.json$/.test(f))).toEqual([]);
    expect(feedFiles.some((f) => /^search-\d+\.json$/.test(f))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("finds a person's name from the header box after / and opens the story", async () => {
    const { page, errors } = await open("/");
    await page.keyboard.press("/");
    const box = page.getByRole("searchbox", { name: "搜索" });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill("郑严凯");
    await box.press("Enter");
    await page.waitForURL(/\/search\?q=/);
    const results = page.getByRole("list", { name: "搜索结果" });
    await results.getByRole("link").first().click();
    await page.waitForURL(/\/posts\//);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("郑严凯");
    expect(errors).toEqual([]);
  });

  it("finds a Korean word, a price and a single character in the trending snippets", async () => {
    const { page } = await open(`/search?q=${encodeURIComponent("강하다")}`);
    await expect.poll(() => page.getByRole("status").textContent()).toBe("找到 1 条结果");
    await page.goto(`${server.origin}/search?q=${encodeURIComponent("¥53")}`);
    await expect.poll(() => page.getByRole("list", { name: "搜索结果" }).locator("mark").first().textContent()).toBe("53");
    await page.goto(`${server.origin}/search?q=${encodeURIComponent("瓜")}`);
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/^找到 \d+ 条结果$/);
  });

  it("is accessible and readable on a phone and a laptop", async () => {
    for (const [width, height] of [[390, 844], [1280, 800]] as const) {
      const { page } = await open(`/search?q=${encodeURIComponent("检察官")}`);
      await page.setViewportSize({ width, height });
      await page.getByRole("list", { name: "搜索结果" }).getByRole("link").first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/search-${width}x${height}.png`, fullPage: false });
      await page.close();
    }
  });

  it("on a 10,000-item feed, fetches at most 512 KB for a query and answers the next from cached shards", async () => {
    const big = await serveSyntheticFeed(10_000);
    const page = await browser.context.newPage();
    try {
      const bytes: Promise<number>[] = [];
      page.on("response", (response) => {
        if (new URL(response.url()).pathname.startsWith("/feed/search")) bytes.push(response.body().then((b) => b.length, () => 0));
      });
      await page.goto(`${big.origin}/search?q=${encodeURIComponent("一天至少跑五十趟")}`);
      await expect.poll(() => page.getByRole("status").textContent(), { timeout: 30_000 }).toMatch(/^找到 \d+ 条结果$/);
      const fetched = (await Promise.all(bytes)).reduce((a, b) => a + b, 0);
      // 至少 is one of the pairs the first query read: its shard is in memory.
      const answered = await page.evaluate(async () => {
        const box = document.querySelector<HTMLInputElement>("#site-search")!;
        box.value = "至少";
        const started = performance.now();
        box.form!.requestSubmit();
        await new Promise<void>((done) => {
          const check = () => (document.querySelector("h1")?.textContent === "搜索：至少" && document.querySelector("[aria-label=搜索结果] mark") ? done() : requestAnimationFrame(check));
          check();
        });
        return performance.now() - started;
      });
      console.log(`10,000 items: the first query fetched ${(fetched / 1024).toFixed(0)} KiB of search files; the next was shown in ${answered.toFixed(0)} ms`);
      expect(fetched).toBeLessThanOrEqual(512 * 1024);
      expect(answered).toBeLessThan(1_000);
    } finally {
      await page.close();
      await big.close();
    }
  }, 120_000);
});
