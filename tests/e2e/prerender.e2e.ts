import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { serveStatic, type RunningServer } from "../../scripts/static-server";
import { launchBrowser, watchErrors } from "./browser";
import { READY_PROBE } from "../../bench/route-bytes";

interface FeedItem {
  id: string;
  title?: string;
  content_text: string;
  _qingyue: { kind: string; sections?: { paragraphs: string[] }[]; paragraphs?: string[]; text?: string };
}

const SITE_URL = (process.env.SITE_URL ?? "http://127.0.0.1:4173").replace(/\/+$/, "");
let server: RunningServer;
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
      const paragraphs = ext.sections?.flatMap((s) => s.paragraphs) ?? ext.paragraphs ?? [];
      for (const paragraph of paragraphs) {
        // Markup turns into links and emoji; the plain run of words before any markup is there as is.
        const words = paragraph.split(/[#[【@]|https?:/)[0]!.slice(0, 12);
        if (words) expect(plain, `${item.id}: ${words}`).toContain(words);
      }
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

  it("hydrates every story without a console error or hydration warning", async () => {
    const browser = await launchBrowser();
    try {
      for (const path of [...items.map(pathOf), ...people.map((p) => `/people/${p.id}`), "/", "/people"]) {
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
        await page.goto(`${server.origin}${path}`, { waitUntil: "networkidle" });
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        const kept = await page.evaluate(() => {
          const before = (window as unknown as { __prerendered?: Element | null }).__prerendered;
          return Boolean(before) && document.getElementById("root")?.firstElementChild === before;
        });
        expect(kept, `${path} was hydrated, not re-rendered`).toBe(true);
        expect(errors, path).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });

  it("asks for all of the page's code from its HTML, and a page's code when the reader points at a link to it", async () => {
    const browser = await launchBrowser();
    try {
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
      // The scripts asked for before the page was hydrated, as the page itself saw them.
      const beforeReady = await page.evaluate(() => {
        const readyAt = (window as unknown as { readyAt: number }).readyAt;
        return performance
          .getEntriesByType("resource")
          .filter((entry) => entry.startTime <= readyAt && /\.js$/.test(entry.name))
          .map((entry) => new URL(entry.name).pathname);
      });
      const articleCode = (path: string) => /^\/assets\/article-[\w-]+\.js$/.test(path);
      expect(scripts.filter(articleCode), "the home page loads no article code").toEqual([]);
      // Every chunk the page needed to become interactive was named by its HTML, so all were
      // asked for at once rather than one after another.
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
    } finally {
      await browser.close();
    }
  });

  it("shows the whole story with JavaScript off", async () => {
    const browser = await launchBrowser({ javaScriptEnabled: false });
    try {
      const article = items.find((i) => i._qingyue.kind === "article");
      if (!article) throw new Error("no article in the feed");
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}${pathOf(article)}`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(article.title);
      const paragraphs = article._qingyue.sections!.flatMap((s) => s.paragraphs);
      expect(await page.locator("[data-paragraph]").count()).toBe(paragraphs.length);
      await page.close();
    } finally {
      await browser.close();
    }
  });
});
