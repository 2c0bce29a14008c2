import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { serveStatic, type RunningServer } from "../../scripts/static-server";
import { axeViolations, watchErrors } from "./browser";
import { freshContextEachTest } from "./fresh-context";
import { fullWidthPunctuation } from "../../src/content/cjk-punctuation";

interface FeedItem {
  id: string;
  title?: string;
  _qingyue: { kind: string; sections?: { heading?: string; paragraphs: string[] }[] };
}
interface PersonDoc {
  people: { id: string; name: string; items: string[] }[];
}

const SHOTS = resolve("tests/e2e/artifacts/screenshots");
let server: RunningServer;
const browser = freshContextEachTest();
let article: FeedItem;
let people: PersonDoc["people"] = [];

beforeAll(async () => {
  server = await serveStatic("dist");
  const feed = (await (await fetch(`${server.origin}/feed/feed.json`)).json()) as { items: FeedItem[] };
  const found = feed.items.find((i) => i._qingyue.kind === "article");
  if (!found) throw new Error("the shipped feed has no article");
  article = found;
  people = ((await (await fetch(`${server.origin}/feed/people.json`)).json()) as PersonDoc).people;
  mkdirSync(SHOTS, { recursive: true });
  console.log(`screenshots: ${SHOTS}`);
});

afterAll(async () => {
  await server?.close();
});

async function open(path: string) {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.origin}${path}`);
  // Controls work once the prerendered page is hydrated.
  await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
  return { page, errors };
}

async function expectAccessible(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

describe("reading in Chromium", () => {
  it("sets Chinese type right on a phone: full-width quotation marks, a title not spread out, 分钟 kept whole", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.origin}/articles/${article.id}`);
    const measured = await page.evaluate(() => {
      // The advance of a character of the story's text that follows a Han one (an opening mark
      // at the start of a line is rightly set half width), against the width of a Han one.
      const widthOf = (char: string) => {
        const walker = document.createTreeWalker(document.querySelector("article")!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = [...node.textContent!.matchAll(new RegExp(`(?<=\\p{Script=Han})${char}`, "gu"))][0]?.index ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return range.getBoundingClientRect().width;
        }
        return undefined;
      };
      const title = document.querySelector("h1")!;
      const reading = [...document.querySelectorAll("header span")].find((s) => s.textContent!.startsWith("阅读约需"));
      return {
        quote: widthOf("\u2018"),
        han: widthOf("的"),
        titleAlign: getComputedStyle(title).textAlign,
        // Lines the label's boxes sit on (a line may hold more than one box).
        readingLines: reading ? new Set([...reading.getClientRects()].map((r) => Math.round(r.bottom))).size : undefined,
      };
    });
    expect(measured.quote, "the article has a ‘ after a Han character").toBeDefined();
    expect(measured.quote! / measured.han!).toBeGreaterThan(0.9);
    expect(measured.titleAlign).toBe("start");
    expect(measured.readingLines).toBe(1);
    await page.close();
  });

  it("jumps through the table of contents and tracks the section being read", async () => {
    const { page, errors } = await open(`/articles/${article.id}`);
    const toc = page.getByRole("complementary", { name: "文章导航" }).getByRole("navigation", { name: "目录" });
    const headings = (article._qingyue.sections ?? []).flatMap((s) => (s.heading ? [s.heading] : []));
    expect(headings.length).toBeGreaterThan(1);
    const last = headings.at(-1)!;
    await toc.getByRole("link", { name: last }).click();
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#s-\d+$/);
    await expect.poll(() => toc.locator('[aria-current="location"]').textContent()).toBe(last);
    const top = await page.getByRole("heading", { level: 2, name: last }).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(120);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("copies a paragraph link that opens cold at that paragraph, marked", async () => {
    const { page } = await open(`/articles/${article.id}`);
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    await page.getByRole("button", { name: "复制第 5 段的链接" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("已复制本段链接").waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${server.origin}/articles/${article.id}#p-5`);
    await page.close();

    const cold = await open(new URL(link).pathname + new URL(link).hash);
    const p5 = cold.page.locator("#p-5");
    await p5.waitFor();
    await expect.poll(() => p5.getAttribute("class")).toContain("paragraph-marked");
    await expect.poll(() => p5.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(200);
    expect(cold.errors).toEqual([]);
    await cold.page.close();
  });

  it("fills the reading-progress bar as the reader scrolls through the article", async () => {
    const { page, errors } = await open(`/articles/${article.id}`);
    const bar = page.getByRole("progressbar", { name: "阅读进度" });
    const width = () => bar.locator("div").evaluate((el) => el.getBoundingClientRect().width);
    expect(await width()).toBe(0);
    const viewport = page.viewportSize()!.width;
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2));
    await expect.poll(width).toBeGreaterThan(viewport * 0.2);
    expect(await width()).toBeLessThan(viewport * 0.9);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(width).toBeGreaterThan(viewport * 0.95);
    expect(Number(await bar.getAttribute("aria-valuenow"))).toBeGreaterThan(90);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens the next page at the top, and Back returns to the article where the reader was", async () => {
    const { page, errors } = await open(`/articles/${article.id}`);
    await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
    await page.evaluate(() => window.scrollTo(0, 900));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(900);
    const left = await page.evaluate(() => window.scrollY);
    // Followed where it is (a click would first scroll the header link into view).
    // The home feed is longer than the screen: it would open where the article was left.
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "首页" }).dispatchEvent("click");
    await page.getByRole("heading", { level: 1, name: "今日阅读" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeGreaterThan(left);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "今日阅读" }).waitFor({ state: "detached" });
    expect(new URL(page.url()).pathname).toBe(`/articles/${article.id}`);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(left);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a fresh load at the top, however far the tab had scrolled another page", async () => {
    const { page, errors } = await open(`/articles/${article.id}`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    // The same tab, a link opened fresh (typed, or from another site): no entry of ours.
    for (const path of [`/articles/${article.id}`, "/people"]) {
      await page.goto(`${server.origin}${path}`);
      await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      expect(await page.evaluate(() => window.scrollY), path).toBe(0);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a person's card when their name gets keyboard focus", async () => {
    const person = people.find((p) => p.items.length > 0);
    expect(person, "the seed feed presents people").toBeDefined();
    const story = person!.items[0]!;
    const path = story === article.id ? `/articles/${story}` : `/posts/${story}`;
    const { page } = await open(path);
    await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
    const name = page.getByRole("link", { name: person!.name }).first();
    await name.focus();
    await page.getByRole("group", { name: `${person!.name}的资料卡` }).waitFor();
    await page.close();
  });

  it("shows a person's card on the first tap on a touch screen, and follows the link on the second", async () => {
    const person = people.find((p) => p.items.length > 0)!;
    const story = person.items[0]!;
    const path = story === article.id ? `/articles/${story}` : `/posts/${story}`;
    const phone = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.origin}${path}`);
    await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
    const name = page.getByRole("link", { name: person.name }).first();
    await name.tap();
    const card = page.getByRole("group", { name: `${person.name}的资料卡` });
    await card.waitFor({ timeout: 5_000 });
    expect(new URL(page.url()).pathname).toBe(path);
    await name.tap();
    await page.waitForURL(`**/people/${person.id}`);
    await page.getByRole("heading", { level: 1, name: person.name }).waitFor();
    expect(errors).toEqual([]);
  });

  it("shares by copying the link when the Web Share API is missing", async () => {
    const { page } = await open(`/articles/${article.id}`);
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    await page.evaluate(() => {
      // Headless desktop Chromium has no share sheet; make sure of it.
      Object.defineProperty(navigator, "share", { value: undefined, configurable: true });
    });
    await page.getByRole("button", { name: "分享" }).click();
    await page.getByText("链接已复制").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.origin}/articles/${article.id}`);
    await page.getByRole("button", { name: "二维码" }).click();
    await page.getByRole("img", { name: /本页链接的二维码/ }).waitFor();
    await page.close();
  });

  it("remembers the dark theme across a reload, and every route passes axe in every theme", async () => {
    const { page, errors } = await open(`/articles/${article.id}`);
    await page.getByText("阅读设置").click();
    await page.getByRole("radio", { name: "深色" }).check();
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe("rgb(22, 24, 27)");

    const routes = ["/", `/articles/${article.id}`, "/people", ...(people[0] ? [`/people/${people[0].id}`] : [])];
    for (const theme of ["light", "sepia", "dark"]) {
      await page.evaluate((t) => localStorage.setItem("qingyue:settings", JSON.stringify({ theme: t, size: "medium" })), theme);
      for (const route of routes) {
        await page.goto(`${server.origin}${route}`);
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        await expectAccessible(page);
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("saves screenshots of the article, a post and the people page at phone and desktop sizes", async () => {
    const feed = (await (await fetch(`${server.origin}/feed/feed.json`)).json()) as { items: FeedItem[] };
    const post = feed.items.find((i) => i._qingyue.kind === "post");
    if (!post) throw new Error("the shipped feed has no post");
    const postText = (post as FeedItem & { _qingyue: { paragraphs: string[] } })._qingyue.paragraphs[0]!;
    // As the page shows them: half-width , : ; ! ? between Han characters full-width.
    const postWords = fullWidthPunctuation(postText).split(/[#[【@]/).find((run) => run.length > 4)!.slice(0, 8);
    // Each page and what a reader must see at the top of it.
    const shots: [string, string, string][] = [
      ["article", `/articles/${article.id}`, fullWidthPunctuation(article.title ?? "")],
      ["post", `/posts/${post.id}`, postWords],
      ["people", "/people", people[0]?.name ?? "人物"],
    ];
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ] as const) {
      for (const [name, path, words] of shots) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height });
        await page.goto(`${server.origin}${path}`);
        await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
        const heading = page.getByRole("heading", { level: 1 }).first();
        await heading.waitFor();
        // What the screenshot shows: the page's heading and its first words on screen, and
        // nothing wider than the screen.
        const box = (await heading.boundingBox())!;
        expect(box.y, `${name} ${width}: heading on screen`).toBeLessThan(height / 2);
        expect(box.x + box.width, `${name} ${width}: heading within the width`).toBeLessThanOrEqual(width);
        const firstWords = page.getByText(words).first();
        expect(await firstWords.isVisible(), `${name} ${width}: ${words}`).toBe(true);
        expect((await firstWords.boundingBox())!.y, `${name} ${width}: ${words} on screen`).toBeLessThan(height);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} ${width}: no sideways scroll`).toBeLessThanOrEqual(width);
        const shot = await page.screenshot({ path: `${SHOTS}/${name}-${width}x${height}.png` });
        expect(shot.length, `${name} ${width}: not a blank page`).toBeGreaterThan(10_000);
        await page.close();
      }
    }
  });
});
