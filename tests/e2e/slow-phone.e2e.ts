// On a slow phone (bench/slow-phone.ts: 150 ms round trips, 1.6 Mbps, 4× CPU), a story opened
// cold answers its share control within 2.5 s of the navigation: a behaviour check, with the
// bench giving the figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { serveStatic, type RunningServer } from "../../scripts/static-server";
import { slowPhone } from "../../bench/slow-phone";
import { watchErrors } from "./browser";
import { freshContextEachTest } from "./fresh-context";

let server: RunningServer;
const browser = freshContextEachTest();

beforeAll(async () => {
  server = await serveStatic("dist");
});
afterAll(async () => {
  await server?.close();
});

describe("a story on a slow phone", () => {
  it("shares by the time 2.5 s have passed since the navigation", async () => {
    const feed = JSON.parse(readFileSync("dist/feed/feed.json", "utf8")) as { items: { id: string; _qingyue: { kind: string } }[] };
    const article = feed.items.find((item) => item._qingyue.kind === "article");
    if (!article) throw new Error("no article in the shipped feed");
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    // Headless desktop Chromium has no share sheet: the control copies the link.
    await page.addInitScript(() => Object.defineProperty(navigator, "share", { value: undefined, configurable: true }));
    await slowPhone(page);
    await page.goto(`${server.origin}/articles/${article.id}`, { waitUntil: "commit" });
    const share = page.getByRole("button", { name: "分享" });
    await share.waitFor();
    // Wait until 2.5 s after the navigation started, then press it once.
    const since = await page.evaluate(() => performance.now());
    if (since < 2_500) await page.waitForTimeout(2_500 - since);
    await share.click();
    await page.getByText("链接已复制").waitFor({ timeout: 1_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
