// Feeds from other publishers (tests/fixtures/json-feeds) read in Chromium as a reader sees
// them: every story reachable from the home feed, each story page with its title, body and
// pictures, nothing called 微博 that is not from Weibo, and no console error.
import { afterAll, beforeAll, describe, expect, it, beforeEach } from "vitest";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { freshContextEachTest } from "./fresh-context";
import { serveSiteWithFeed, type FeedSite } from "./site-with-feed";
import { parseFeedPage } from "../../src/content/parse-feed-page";
import { htmlToText } from "../../src/content/html-text";
import { itemPath } from "../../src/lib/paths";
import { isWeiboPost } from "../../src/content/weibo-source";
import type { Item } from "../../src/content/feed-schema";

const CORPUS = "tests/fixtures/json-feeds";
const PICTURES = join(CORPUS, "pictures");
const SHOTS = resolve("tests/e2e/artifacts/screenshots");
/** The one picture the blog points to that does not exist: it must keep its box and show its alt. */
const MISSING = "https://blog.example/2024/03/caching-notes/images/missing.png";

let site: FeedSite | undefined;
const browser = freshContextEachTest();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
});
beforeEach(async () => {
  // The feeds' own hosts, offline: their pictures are answered from the corpus, anything else is not there.
  await browser.context.route(/^https:\/\/[a-z.]+\.example\//, async (route) => {
    const name = basename(new URL(route.request().url()).pathname);
    if (name.endsWith(".svg") && readdirSync(PICTURES).includes(name)) {
      await route.fulfill({ status: 200, contentType: "image/svg+xml", body: readFileSync(join(PICTURES, name)) });
    } else {
      await route.fulfill({ status: 404, body: "" });
    }
  });
});

afterAll(async () => {
  await site?.close();
});

function corpusFeed(file: string): unknown {
  return JSON.parse(readFileSync(join(CORPUS, file), "utf8")) as unknown;
}

/**
 * Serves `file` as the site's feed, with the corpus pictures beside it, from a fresh server:
 * the static server keeps each file's compressed body once made, so a feed replaced in place
 * would still be served as it was.
 */
async function serve(file: string | Record<string, unknown>): Promise<{ items: Item[]; origin: string }> {
  await site?.close();
  site = await serveSiteWithFeed();
  const json = typeof file === "string" ? corpusFeed(file) : file;
  const pictures = Object.fromEntries(readdirSync(PICTURES).map((name) => [`pictures/${name}`, readFileSync(join(PICTURES, name), "utf8")]));
  site.setFeed({ "feed.json": json, ...pictures });
  // Read as the app reads it: a story with only HTML gets its text (and its kind) from that HTML.
  return { items: parseFeedPage(json, { url: `${site.origin}/feed/feed.json`, htmlToText }).page.items, origin: site.origin };
}

/** Console errors and page errors, except the missing picture's failed load. */
function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && msg.location().url !== MISSING) errors.push(msg.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

const RAW = /\bundefined\b|Invalid Date|\bNaN\b|\[object Object\]/;

async function pageText(page: Page): Promise<string> {
  return page.locator("#root").innerText();
}

/** The heading a story's page shows. */
const headingOf = (item: Item) => {
  const ext = item._qingyue;
  return item.title ?? (ext.kind === "post" ? ext.headline : undefined);
};

describe.each(["blog-en.json", "podcast-v1.json", "zh-mixed.json", "sloppy.json"])("the feed %s", (file) => {
  it("reaches every story from the home feed, and each story page shows its title, body and pictures", async () => {
    const { items, origin } = await serve(file);
    expect(items.length).toBeGreaterThan(0);
    const page = await browser.context.newPage();
    const errors = watch(page);
    await page.goto(`${origin}/`);
    await page.getByRole("feed").waitFor();
    await page.waitForLoadState("networkidle");
    for (const item of items) {
      await expect.poll(() => page.locator(`[role="feed"] a[href="${itemPath(item)}"]`).count(), { timeout: 5_000 }).toBeGreaterThan(0);
    }
    expect(await pageText(page)).not.toMatch(RAW);

    for (const item of items) {
      await page.goto(`${origin}${itemPath(item)}`);
      const h1 = page.getByRole("heading", { level: 1 });
      await h1.waitFor();
      const heading = headingOf(item);
      // Half-width punctuation between Han characters shows full-width; compare without it.
      const bare = (text: string) => text.replace(/[:,!?;：，！？；]/g, "");
      if (heading) expect(bare(await h1.innerText())).toBe(bare(heading));
      const story = page.locator("article").first();
      const first = item.content_text?.split("\n")[0] ?? item._qingyue.kind;
      if (item.content_text) expect(bare(await story.innerText())).toContain(bare(first).slice(0, 12));
      else expect((await story.innerText()).length).toBeGreaterThan(20);
      // Every picture loads, but the one that does not exist, which keeps its box and shows its alt.
      await page.waitForLoadState("networkidle");
      const pictures = await story.locator("img").evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).map((img) => ({ src: img.currentSrc || img.src, loaded: img.complete && img.naturalWidth > 0, height: img.getBoundingClientRect().height, lazy: img.loading, decoding: img.decoding })),
      );
      for (const picture of pictures) {
        expect(picture.loaded || picture.src === MISSING || picture.src.endsWith("avatar.svg") === false, picture.src).toBe(true);
        if (picture.src === MISSING) expect(picture.height).toBeGreaterThan(50);
      }
      const label = await page.locator("article header p").first().innerText();
      if (label.startsWith("微博")) expect(isWeiboPost(item), `${item.id} is labelled 微博`).toBe(true);
      expect(await pageText(page)).not.toMatch(RAW);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("stories from other publishers", () => {
  it("shows a blog post's HTML in the reading view, in its own language's typography", async () => {
    const { items, origin } = await serve("blog-en.json");
    const post = items[0]!;
    const page = await browser.context.newPage();
    const errors = watch(page);
    await page.goto(`${origin}${itemPath(post)}`);
    const article = page.locator("article#article-body");
    await article.waitFor();
    expect(await article.getAttribute("lang")).toBe("en-GB");
    expect(await article.evaluate((el) => getComputedStyle(el).textAlign)).toBe("start");
    // Contents from its headings, numbered lists, a quote, code, a table that scrolls on its own.
    const toc = page.getByRole("navigation", { name: "目录" }).last();
    expect(await toc.getByRole("link").allInnerTexts()).toEqual(["Immutable files", "The page that must stay fresh", "A header table"]);
    expect(await article.locator(".story ol > li").count()).toBe(3);
    expect(await article.locator("blockquote").count()).toBe(1);
    expect(await article.locator("pre code").innerText()).toContain("immutable");
    expect(await page.getByRole("region", { name: /表格/ }).count()).toBe(1);
    expect(await article.locator("figcaption").innerText()).toBe("The harbour that gave this blog its name.");
    expect(await article.locator("#p-1").count()).toBe(1);
    // Relative links read against the story's own address, with the safe rel.
    const earlier = page.getByRole("link", { name: "the earlier note on hashing" });
    expect(await earlier.getAttribute("href")).toBe("https://blog.example/2023/11/hashing/");
    expect(await earlier.getAttribute("rel")).toBe("noopener noreferrer nofollow ugc");
    // A picture that fails shows its alt in its box, once the reader comes near it (it loads lazily).
    await article.locator('img[alt="A chart of cache hits per hour"]').scrollIntoViewIfNeeded();
    await page.getByText("A chart of cache hits per hour").waitFor();
    // Authors, 更新于, tags, 阅读原文.
    expect(await page.getByRole("list", { name: "作者" }).innerText()).toContain("Mara Lind");
    expect(await article.locator("header").innerText()).toMatch(/更新于 2024年3月6日/);
    expect(await page.getByRole("link", { name: "#caching" }).getAttribute("href")).toBe("/topics/caching");
    expect(await page.getByRole("link", { name: /阅读原文/ }).getAttribute("href")).toBe("https://blog.example/2024/03/caching-notes/?ref=feed");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("plays a podcast's audio only when asked, lists its files with type and size, and shows its pictures as a gallery", async () => {
    const { items, origin } = await serve("podcast-v1.json");
    const page = await browser.context.newPage();
    const errors = watch(page);
    await page.goto(`${origin}${itemPath(items[0]!)}`);
    await page.getByRole("heading", { level: 1, name: "Episode 12: Margins" }).waitFor();
    expect(await page.locator("audio").getAttribute("preload")).toBe("none");
    const download = page.getByRole("link", { name: "下载 Transcript" });
    expect(await download.getAttribute("href")).toBe("https://podcast.example/files/12-transcript.pdf");
    expect(await page.getByRole("list", { name: "可下载的文件" }).innerText()).toContain("PDF · 179 KB");
    // The pictures as a grid of buttons, each opening the viewer at its picture.
    const gallery = page.getByRole("list", { name: "图片，共 2 张" });
    expect(await gallery.getByRole("button", { name: /^查看第 [12] 张图片：/ }).count()).toBe(2);
    expect(await gallery.locator("button img").count()).toBe(2);
    // The episode reads as a post: its author's row names her.
    expect(await page.locator("article").first().innerText()).toContain("Ines Park");
    await page.goto(`${origin}${itemPath(items[1]!)}`);
    // A video plays in place only when asked: until then its play button, and no video element.
    await page.getByRole("button", { name: /^播放视频：Library tour/ }).waitFor();
    expect(await page.locator("video").count()).toBe(0);
    // The feed's own header and its about page.
    await page.goto(`${origin}/`);
    await page.getByText("Conversations about reading slowly.").waitFor();
    await page.getByRole("link", { name: "关于这个订阅源" }).click();
    await page.getByRole("heading", { level: 1, name: "The Quiet Hour" }).waitFor();
    expect(await page.locator("main").innerText()).toContain("Ines Park");
    expect(await page.locator("main").innerText()).toContain("https://podcast.example/");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads a Chinese article from a plain feed as an article, with full-width punctuation and its pictures", async () => {
    const { items, origin } = await serve("zh-mixed.json");
    const page = await browser.context.newPage();
    const errors = watch(page);
    await page.goto(`${origin}/`);
    const feed = page.getByRole("feed");
    await feed.waitFor();
    const labels = await feed.getByRole("article").evaluateAll((cards) => cards.map((card) => card.querySelector("p")?.textContent ?? ""));
    expect(labels.filter((l) => l.includes("微博"))).toHaveLength(1);
    expect(labels.filter((l) => l.includes("文章")).length).toBeGreaterThanOrEqual(1);
    expect(labels.filter((l) => l.includes("动态")).length).toBeGreaterThanOrEqual(2);
    await page.goto(`${origin}${itemPath(items[0]!)}`);
    await page.getByRole("heading", { level: 1, name: "老街茶馆：四十年的一壶茶" }).waitFor();
    const body = await page.locator("article#article-body").innerText();
    expect(body).toContain("清晨六点，老街的茶馆已经坐满了人。");
    expect(body).toContain("用 iPhone 拍下窗外的光");
    expect(body).toMatch(/阅读约需 \d/);
    expect(await page.getByRole("navigation", { name: "目录" }).last().getByRole("link").allInnerTexts()).toEqual(["一壶茶的功夫", "街坊的记忆"]);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("article img").evaluateAll((imgs) => (imgs as HTMLImageElement[]).every((img) => img.naturalWidth > 0))).toBe(true);
    // Ids that differ only in NFC / NFD are two stories with two addresses.
    const [nfc, nfd] = [items[3]!, items[4]!];
    expect(itemPath(nfc)).not.toBe(itemPath(nfd));
    await page.goto(`${origin}${itemPath(nfd)}`);
    await page.getByText("咖啡馆的隔壁是一家书店。").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says in a reader's words how many stories could not be shown and why, or that none could", async () => {
    let { origin } = await serve("sloppy.json");
    const page = await browser.context.newPage();
    const errors = watch(page);
    await page.goto(`${origin}/`);
    await page.locator("[role=\"feed\"] p").getByText("这一条可以正常显示。").waitFor();
    expect(await page.locator("[data-feed-dropped]").innerText()).toBe("另有 2 条内容没能显示：1 条没有正文，1 条缺少编号。");
    ({ origin } = await serve({ version: "https://jsonfeed.org/version/1", title: "全坏了", items: [{ id: "a" }, { title: "无编号" }, { id: 7 }] }));
    await page.goto(`${origin}/`);
    await page.getByText(/订阅源里的 3 条内容都没能显示/).waitFor();
    expect(await page.getByText("订阅源里还没有内容").count()).toBe(0);
    expect(await pageText(page)).not.toMatch(RAW);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("saves screenshots of an English blog post, a Chinese article from a plain feed and a story with attachments", async () => {
    const shots: [string, string][] = [
      ["blog-en.json", "plain-english-post"],
      ["zh-mixed.json", "plain-chinese-article"],
      ["podcast-v1.json", "plain-attachments"],
    ];
    for (const [file, name] of shots) {
      const { items, origin } = await serve(file);
      const path = itemPath(items[0]!);
      for (const [width, height] of [
        [390, 844],
        [1280, 800],
      ] as const) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height });
        await page.goto(`${origin}${path}`);
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: `${SHOTS}/${name}-${width}x${height}.png`, fullPage: true });
        await page.close();
      }
    }
  });
});
