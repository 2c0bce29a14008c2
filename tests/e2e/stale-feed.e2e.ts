// A publisher replaces the feed without rebuilding the site, as a news site refreshes. Every
// prerendered page still hydrates from the data it was rendered from, and the new stories
// wait behind "N 条新内容".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveStatic, type RunningServer } from "../../scripts/static-server";
import { watchErrors } from "./browser";
import { freshContextEachTest } from "./fresh-context";
import { fullWidthPunctuation } from "../../src/content/cjk-punctuation";

interface Page1 {
  items: { id: string; title?: string; url?: string; content_text: string; _qingyue: { kind: string } }[];
}

let root: string;
let server: RunningServer;
const browser = freshContextEachTest();
let built: Page1;
const NEW_TITLE = "构建之后才发布的新文章";

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "qingyue-stale-"));
  cpSync("dist", root, { recursive: true });
  built = JSON.parse(readFileSync(join(root, "feed", "feed.json"), "utf8")) as Page1;
  // The live feed now: a story published after the build, and the lead story retitled.
  const live = structuredClone(built) as Page1 & Record<string, unknown>;
  const lead = live.items[0]!;
  lead.title = "标题在构建之后改过了";
  live.items.unshift({
    id: "a-after-build",
    url: "/articles/a-after-build",
    title: NEW_TITLE,
    content_text: `${NEW_TITLE}\n\n正文。`,
    _qingyue: { kind: "article", sections: [{ paragraphs: ["正文。"] }] } as Page1["items"][number]["_qingyue"],
  });
  writeFileSync(join(root, "feed", "feed.json"), JSON.stringify(live));
  server = await serveStatic(root);
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Opens `path` cold; true when React hydrated the prerendered page rather than replacing it. */
async function openCold(path: string) {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    document.addEventListener("readystatechange", () => {
      if (document.readyState === "interactive") {
        (window as unknown as { __prerendered?: Element | null }).__prerendered = document.getElementById("root")?.firstElementChild;
      }
    });
  });
  await page.goto(`${server.origin}${path}`);
  await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
  const hydrated = () =>
    page.evaluate(() => {
      const before = (window as unknown as { __prerendered?: Element | null }).__prerendered;
      return Boolean(before) && document.getElementById("root")?.firstElementChild === before;
    });
  return { page, errors, hydrated };
}

describe("a feed replaced after the build", () => {
  it("hydrates the home page from its own data, then offers the new story behind the control", async () => {
    const { page, errors, hydrated } = await openCold("/");
    const leadTitle = fullWidthPunctuation(built.items[0]!.title!);
    expect(await hydrated()).toBe(true);
    const control = page.getByRole("button", { name: "1 条新内容" });
    await control.waitFor({ timeout: 10_000 });
    // Until asked for, the list is the one the page was built with.
    expect(await page.getByRole("link", { name: NEW_TITLE }).count()).toBe(0);
    expect(await page.getByRole("link", { name: leadTitle }).count()).toBe(1);
    await control.click();
    const first = page.locator('[role="feed"] article').first();
    await expect.poll(() => first.getAttribute("aria-posinset")).toBe("1");
    await page.getByRole("link", { name: NEW_TITLE }).waitFor();
    expect(await first.getByRole("link").first().textContent()).toBe(NEW_TITLE);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("hydrates a story whose text the live feed has changed, with no console error", async () => {
    const lead = built.items[0]!;
    const path = lead._qingyue.kind === "article" ? `/articles/${lead.id}` : `/posts/${lead.id}`;
    const { page, errors, hydrated } = await openCold(path);
    expect(await hydrated()).toBe(true);
    if (lead.title) expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(fullWidthPunctuation(lead.title));
    expect(errors).toEqual([]);
    await page.close();
  });
});
