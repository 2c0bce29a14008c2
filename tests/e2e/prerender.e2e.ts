import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { serveStatic, type RunningServer } from "../../scripts/static-server";
import { watchErrors } from "./browser";
import { freshContextEachTest } from "./fresh-context";
import { fullWidthPunctuation } from "../../src/content/cjk-punctuation";
import { READY_PROBE } from "../../bench/route-bytes";

interface FeedItem {
  id: string;
  title?: string;
  content_text: string;
  tags?: string[];
  _qingyue: { kind: string; sections?: { paragraphs: string[] }[]; paragraphs?: string[]; text?: string; topics?: string[] };
}

const SITE_URL = (process.env.SITE_URL ?? "http://127.0.0.1:4173").replace(/\/+$/, "");
let server: RunningServer;
const browser = freshContextEachTest();
let items: FeedItem[] = [];
let people: { id: string; name: string }[] = [];

function readFeed(): FeedItem[] {
  const all: FeedItem[] = [];
  let name: string | undefined = "feed.json";
  while (name) {
    const page = JSON.parse(readFileSync(`dist/feed/${name}`, "utf8")) as { items: FeedItem[]; next_url?: string };
    all.push(...page.items);
    name = page.next_url?.split("/").pop();
  }
  return all;
}

const pathOf = (item: FeedItem) => (item._qingyue.kind === "article" ? `/articles/${item.id}` : `/posts/${item.id}`);

const decode = (html: string) =>
  html.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

beforeAll(async () => {
  server = await serveStatic("dist");
  items = readFeed();
  people = (JSON.parse(readFileSync("dist/feed/people.json", "utf8")) as { people: typeof people }).people;
});
afterAll(async () => {
  await server?.close();
});

describe("prerendered story pages", () => {
  it("every item has raw HTML with its title, Open Graph tags and text, before any script runs", async () => {
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const response = await fetch(`${server.origin}${pathOf(item)}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      const text = decode(html.replace(/<!-- -->/g, ""));
      const plain = decode(html.replace(/<[^>]*>/g, ""));
      expect(html, item.id).toContain(`data-route="${pathOf(item)}"`);
      expect(text).toMatch(/<title>[^<]+ · 轻阅<\/title>/);
      expect(text).toContain(`<link rel="canonical" href="${SITE_URL}${pathOf(item)}"/>`);
      expect(text).toContain(`<meta property="og:url" content="${SITE_URL}${pathOf(item)}"/>`);
      expect(text).toContain('<meta property="og:locale" content="zh_CN"/>');
      expect(text).toMatch(/<meta property="og:title" content="[^"]+"\/>/);
      expect(text).toMatch(/<meta name="twitter:card" content="summary(_large_image)?"\/>/);
      if (item.title) expect(text).toContain(item.title);
      const ext = item._qingyue;
      // Every kind has its words in the page: an article's sections, a post's paragraphs, a
      // trending snippet's text.
      const paragraphs = ext.sections?.flatMap((s) => s.paragraphs) ?? ext.paragraphs ?? (ext.text !== undefined ? [ext.text] : []);
      expect(paragraphs.length, `${item.id} has text`).toBeGreaterThan(0);
      let checked = 0;
      for (const paragraph of paragraphs) {
        // Markup turns into links and emoji; each plain run of words between markup is there as is.
        for (const run of paragraph.split(/#[^#]*#|\[[^\]]*\]|【|】|@\S+|https?:\S+/)) {
          const words = fullWidthPunctuation(run.trim()).slice(0, 12);
          if (words.length < 4) continue;
          expect(plain, `${item.id}: ${words}`).toContain(words);
          checked++;
        }
      }
      expect(checked, `${item.id}: words checked`).toBeGreaterThan(0);
    }
  });

  it("every person has a prerendered profile page, and the sitemap lists every page", async () => {
    const sitemap = await (await fetch(`${server.origin}/sitemap.xml`)).text();
    for (const person of people) {
      const html = await (await fetch(`${server.origin}/people/${person.id}`)).text();
      expect(html).toContain(`data-route="/people/${person.id}"`);
      expect(html).toContain(person.name);
      expect(sitemap).toContain(`<loc>${SITE_URL}/people/${person.id}</loc>`);
    }
    for (const item of items) expect(sitemap).toContain(`<loc>${SITE_URL}${pathOf(item)}</loc>`);
    expect(await (await fetch(`${server.origin}/robots.txt`)).text()).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
    const home = await (await fetch(`${server.origin}/`)).text();
    expect(home).toContain('<link rel="alternate" type="application/feed+json"');
    expect(await (await fetch(`${server.origin}/404.html`)).text()).toContain("页面不存在");
  });

  it("serves every topic's prerendered page at its real URL, with its title and preview, and lists it in the sitemap", async () => {
    const topics = [...new Set(items.flatMap((item) => [...(item.tags ?? []), ...(item._qingyue.topics ?? [])]))];
    expect(topics.length).toBeGreaterThan(0);
    const sitemap = await (await fetch(`${server.origin}/sitemap.xml`)).text();
    expect(sitemap).not.toContain("%25");
    for (const topic of topics) {
      const path = `/topics/${encodeURIComponent(topic)}`;
      const response = await fetch(`${server.origin}${path}`);
      expect(response.status, topic).toBe(200);
      const text = decode((await response.text()).replace(/<!-- -->/g, ""));
      expect(text, topic).toContain(`data-route="${path}"`);
      expect(text).toContain(`<title>#${topic}# · 话题 · 轻阅</title>`);
      expect(text).toContain(`<meta property="og:title" content="#${topic}#"/>`);
      expect(text).toContain(`<meta property="og:url" content="${SITE_URL}${path}"/>`);
      expect(text).toMatch(/<meta property="og:description" content="[^"]+"\/>/);
      expect(text).toContain(`<h1 id="topic-title" class="text-xl font-bold">#${topic}#</h1>`);
      expect(sitemap).toContain(`<loc>${SITE_URL}${path}</loc>`);
    }
  });

  it("hydrates every story without a console error or hydration warning, from the data in its page", async () => {
    const topics = [...new Set(items.flatMap((item) => [...(item.tags ?? []), ...(item._qingyue.topics ?? [])]))];
    const paths = [...items.map(pathOf), ...people.map((p) => `/people/${p.id}`), ...topics.map((t) => `/topics/${encodeURIComponent(t)}`), "/", "/people"];
    for (const path of paths) {
      const page = await browser.context.newPage();
      const errors = watchErrors(page);
      // Remember the prerendered node before any app script runs: hydration keeps it,
      // a fresh client render would replace it.
      await page.addInitScript(() => {
        document.addEventListener("readystatechange", () => {
          if (document.readyState === "interactive") {
            (window as unknown as { __prerendered?: Element | null }).__prerendered =
              document.getElementById("root")?.firstElementChild;
          }
        });
      });
      await page.addInitScript({ content: READY_PROBE });
      await page.goto(`${server.origin}${path}`);
      // Set by the root layout's first effect: hydration has committed.
      await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      // The page carries what it was rendered from: hydrating it reads no file of the feed
      // (the home page alone asks for page 1 early, to look for newer stories).
      const readFirst = await page.evaluate(() => {
        const readyAt = (window as unknown as { readyAt: number }).readyAt;
        return performance
          .getEntriesByType("resource")
          .filter((e) => e.startTime <= readyAt)
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.startsWith("/feed/"));
      });
      expect(readFirst, path).toEqual(path === "/" ? ["/feed/feed.json"] : []);
      const kept = await page.evaluate(() => {
        const before = (window as unknown as { __prerendered?: Element | null }).__prerendered;
        return Boolean(before) && document.getElementById("root")?.firstElementChild === before;
      });
      expect(kept, `${path} was hydrated, not re-rendered`).toBe(true);
      expect(errors, path).toEqual([]);
      await page.close();
    }
  }, 240_000);

  it("asks for all of the page's code at once after its words paint, and a page's code when the reader points at a link to it", async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    const scripts: string[] = [];
    const requests: string[] = [];
    await page.addInitScript({ content: READY_PROBE });
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (request.resourceType() === "script") scripts.push(path);
      requests.push(path);
    });
    await page.goto(`${server.origin}/`);
    await page.locator("html[data-app=ready]").waitFor({ state: "attached" });
    // The scripts asked for before the page was hydrated, and before its words painted, as the page itself saw them.
    const { beforeReady, beforeWords } = await page.evaluate(() => {
      const readyAt = (window as unknown as { readyAt: number }).readyAt;
      const wordsAt = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
      const scriptsBefore = (at: number) =>
        performance
          .getEntriesByType("resource")
          .filter((entry) => entry.startTime <= at && /\.js$/.test(entry.name))
          .map((entry) => new URL(entry.name).pathname);
      return { beforeReady: scriptsBefore(readyAt), beforeWords: scriptsBefore(wordsAt) };
    });
    const articleCode = (path: string) => /^\/assets\/article-[\w-]+\.js$/.test(path);
    expect(scripts.filter(articleCode), "the home page loads no article code").toEqual([]);
    // Nothing but the boot script competes with the words: the rest is asked for once they show.
    const boot = await page.evaluate(() => new URL(document.querySelector<HTMLScriptElement>('script[type="module"][src]')!.src).pathname);
    expect(beforeWords.filter((path) => path !== boot)).toEqual([]);
    // Every chunk the page needed to become interactive was listed by it, so all were asked
    // for at once rather than one after another.
    const named = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[rel="modulepreload"], script[type="module"][src]')].map(
        (el) => new URL(el instanceof HTMLLinkElement ? el.href : el.src).pathname,
      ),
    );
    expect(named.length).toBeGreaterThan(2);
    expect(beforeReady.length).toBeGreaterThan(2);
    expect(beforeReady.filter((path) => !named.includes(path))).toEqual([]);
    // The page hydrates from its own data; page 1 is read once, for the new-items check.
    expect(requests.filter((path) => path === "/feed/feed.json")).toHaveLength(1);

    const link = page.locator('a[href^="/articles/"]').first();
    const loaded = page.waitForRequest((request) => articleCode(new URL(request.url()).pathname), { timeout: 5000 });
    await link.hover();
    await loaded;
    await link.click();
    await page.waitForURL(/\/articles\//);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the whole story with JavaScript off", async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const article = items.find((i) => i._qingyue.kind === "article");
    if (!article) throw new Error("no article in the feed");
    const page = await noScript.newPage();
    await page.goto(`${server.origin}${pathOf(article)}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(fullWidthPunctuation(article.title ?? ""));
    const paragraphs = article._qingyue.sections!.flatMap((s) => s.paragraphs);
    expect(await page.locator("[data-paragraph]").count()).toBe(paragraphs.length);
    await page.close();
  });

  it("shows no control that needs JavaScript when it is off, and the 404 page has words", async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const post = items.find((i) => i._qingyue.kind === "post")!;
    for (const path of [pathOf(items.find((i) => i._qingyue.kind === "article")!), pathOf(post), "/"]) {
      const page = await noScript.newPage();
      await page.goto(`${server.origin}${path}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      // Share, QR, ¶, 加载更多 and the settings would do nothing: none is offered.
      for (const name of ["分享", "二维码", /复制第 \d+ 段的链接/, "加载更多"]) {
        expect(await page.getByRole("button", { name }).filter({ visible: true }).count(), `${path}: ${String(name)}`).toBe(0);
      }
      expect(await page.getByText("阅读设置").isVisible(), path).toBe(false);
      await page.close();
    }
    for (const path of ["/no/such/page", "/articles/no-such-story"]) {
      const page = await noScript.newPage();
      const response = await page.goto(`${server.origin}${path}`);
      expect(response?.status()).toBe(404);
      expect(await page.getByRole("heading", { level: 1, name: "页面不存在" }).isVisible()).toBe(true);
      expect(await page.getByRole("link", { name: "回到首页" }).getAttribute("href")).toBe("/");
      await page.close();
    }
  });

  it("gives the home page a title, description and Open Graph tags", async () => {
    const text = decode((await (await fetch(`${server.origin}/`)).text()).replace(/<!-- -->/g, ""));
    expect(text).toContain("<title>轻阅 · 首页</title>");
    expect(text).toContain(`<link rel="canonical" href="${SITE_URL}/"/>`);
    expect(text).toContain('<meta property="og:type" content="website"/>');
    expect(text).toContain('<meta property="og:title" content="轻阅"/>');
    expect(text).toContain(`<meta property="og:url" content="${SITE_URL}/"/>`);
    expect(text).toMatch(/<meta property="og:description" content="[^"]+"\/>/);
    expect(text).toMatch(/<meta name="twitter:card" content="summary"\/>/);
    expect(text.match(/<meta name="description"/g)).toHaveLength(1);
  });
});
