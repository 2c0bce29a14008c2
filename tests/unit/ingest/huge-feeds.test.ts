// @vitest-environment node
// A feed of tens of megabytes (a site's whole archive in one RSS file): every story read, in
// order, with memory near what its bytes take, not the gigabytes its parsed tree would.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import type { Item } from "../../../src/content/feed-schema";
import { dataEvents } from "../../../src/ingest/data-files";
import { ingest } from "../../../src/ingest/ingest";

const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "qingyue-huge-feed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STORIES = 36_000;

function writeArchive(path: string) {
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:thr="http://purl.org/syndication/thread/1.0" xmlns:georss="http://www.georss.org/georss"><channel><title>江城日报</title><link>https://news.example.com/</link><description>江城日报全部稿件</description>
`,
  ];
  for (let i = 0; i < STORIES; i += 1) {
    parts.push(
      `<item><title>第 ${i} 号新闻：江城新闻</title><link>https://news.example.com/a/${i}</link><guid>https://news.example.com/a/${i}</guid><dc:creator>记者${i % 50}</dc:creator>` +
        `<pubDate>Mon, 06 Sep 2021 16:45:00 +0800</pubDate><category>本地</category><media:thumbnail url="https://img.example.com/${i}.jpg" width="640" height="360"/>` +
        // What CMSs add to every item and a reader does not see: comment counts and feeds, places.
        `<comments>https://news.example.com/a/${i}#comments</comments><wfw:commentRss>https://news.example.com/a/${i}/feed/</wfw:commentRss><slash:comments>${i % 7}</slash:comments>` +
        `<thr:total>${i % 7}</thr:total><georss:point>30.59 114.30</georss:point><source url="https://news.example.com/rss">江城日报</source>` +
        `<description><![CDATA[<p>第 ${i} 号新闻的摘要，有几句话 &amp; 一个链接 <a href="/a/${i}">原文</a>。</p>]]></description></item>\n`,
    );
  }
  parts.push("</channel></rss>\n");
  writeFileSync(path, parts.join(""));
}

it("reads a 30 MB feed whole and in order, with memory flat", { timeout: 180_000 }, async () => {
  const feed = join(dir, "archive.xml");
  writeArchive(feed);
  const size = readFileSync(feed).length;
  expect(size).toBeGreaterThan(25 * MiB);
  const out = join(dir, "out");
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const result = await ingest({ inputs: [feed], out, pageSize: 1000, baseUrl: "", log: () => undefined, workers: 0 });
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);

  expect(result.failures).toEqual([]);
  expect([result.pages, result.items]).toEqual([1, STORIES]);
  const first = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as { items: Item[] };
  expect(first.items[0]).toMatchObject({ title: "第 0 号新闻：江城新闻", external_url: "https://news.example.com/a/0", date_published: "2021-09-06T16:45:00+08:00" });
  expect(first.items[999]?.title).toBe("第 999 号新闻：江城新闻");
  const last = JSON.parse(readFileSync(join(out, "feed-36.json"), "utf8")) as { items: Item[] };
  expect(last.items.at(-1)).toMatchObject({ title: `第 ${STORIES - 1} 号新闻：江城新闻`, content_text: `第 ${STORIES - 1} 号新闻的摘要，有几句话 & 一个链接 原文。` });
  // Read whole, the parser's tree of every item took some 750 MiB more; a slice at a time, about 350.
  expect((peak - before) / MiB).toBeLessThan(550);
});

it("reads a 20 MB JSON Feed whole and in order, with memory flat", { timeout: 180_000 }, async () => {
  const feed = join(dir, "archive.json");
  const count = 50_000;
  const items = Array.from({ length: count }, (_, i) => ({
    id: `https://news.example.com/a/${i}`,
    url: `https://news.example.com/a/${i}`,
    title: `第 ${i} 号新闻：江城新闻`,
    content_html: `<p>第 ${i} 号新闻的摘要，有几句话 &amp; 一个链接 <a href="/a/${i}">原文</a>。</p>`,
    date_published: "2021-09-06T16:45:00+08:00",
    tags: ["本地"],
    authors: [{ name: `记者${i % 50}` }],
  }));
  writeFileSync(feed, JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "江城日报", home_page_url: "https://news.example.com/", items }));
  expect(readFileSync(feed).length).toBeGreaterThan(15 * MiB);
  const out = join(dir, "out-json");
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const result = await ingest({ inputs: [feed], out, pageSize: 10, baseUrl: "", log: () => undefined, workers: 0 });
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  expect(result.failures).toEqual([]);
  expect([result.pages, result.items]).toEqual([1, count]);
  const last = JSON.parse(readFileSync(join(out, "feed-5000.json"), "utf8")) as { items: Item[] };
  expect(last.items.at(-1)).toMatchObject({ title: `第 ${count - 1} 号新闻：江城新闻`, authors: [{ name: "记者49" }] });
  // Given all at once, its items and their pages took some 460 MiB more; a batch at a time, about 340.
  expect((peak - before) / MiB).toBeLessThan(400);
});

it("a large feed whose bodies and comments hold entry tags as text reads each entry whole", async () => {
  const entry = (i: number) =>
    `<entry><title>第 ${i} 篇</title><id>tag:blog.example.com,2024:${i}</id><link rel="alternate" href="/posts/${i}"/><updated>2024-01-02T03:04:05Z</updated>` +
    `<content type="html"><![CDATA[<p>在 XML 里写 </entry> 和 <entry> 要转义。</p><p>${"这一段讲的是转义。".repeat(40)}</p>]]></content></entry>\n`;
  const count = 12_000;
  const xml =
    `<?xml version="1.0" encoding="utf-8"?>\n<!-- 每一篇是一个 <entry> --><feed xmlns="http://www.w3.org/2005/Atom"><title>转义笔记</title><id>tag:blog.example.com,2024:feed</id><link rel="alternate" href="https://blog.example.com/"/>\n` +
    Array.from({ length: count }, (_, i) => entry(i)).join("") +
    "<!-- </entry> --></feed>\n";
  expect(xml.length).toBeGreaterThan(5 * MiB);
  const items: Item[] = [];
  for await (const event of dataEvents("feed.xml", new TextEncoder().encode(xml), "feed", { baseUrl: "" })) if (event.ok && "items" in event) items.push(...event.items);
  expect(items).toHaveLength(count);
  expect(items[7_777]).toMatchObject({ title: "第 7777 篇", external_url: "https://blog.example.com/posts/7777" });
  // The tags in its HTML body are tags there, not words: the reader sees the words around them.
  expect(items[7_777]!.content_text).toMatch(/^在 XML 里写 和 要转义。\n\n这一段讲的是转义。/u);
});
