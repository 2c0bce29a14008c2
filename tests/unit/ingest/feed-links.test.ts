// @vitest-environment node
// Where a feed entry's story lives, and which entries are stories of their own: FeedBurner's
// original links, Atom-style <link href> in RSS, guids that are ids and not addresses, iTunes
// titles, and feeds that give several stories one guid.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as v from "valibot";
import { ItemSchema, type Item } from "../../../src/content/feed-schema";
import { dataEvents } from "../../../src/ingest/data-files";
import { ingest } from "../../../src/ingest/ingest";

async function itemsOf(xml: string): Promise<Item[]> {
  const found: Item[] = [];
  for await (const event of dataEvents("feed.xml", new TextEncoder().encode(xml), "feed", { baseUrl: "" })) if (event.ok && "items" in event) found.push(...event.items);
  for (const item of found) expect(v.safeParse(ItemSchema, item).issues).toBeUndefined();
  return found;
}

const dir = mkdtempSync(join(tmpdir(), "qingyue-feed-links-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("feed links", () => {
  it("an RSS item that gives its link as <link href=…/> links to that story", async () => {
    const [item] = await itemsOf(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>小站</title><link>https://blog.example.com/</link><description>d</description>
<item><title>秋天的第一杯茶</title><link href="/posts/autumn-tea"/><description>今天泡了一壶桂花乌龙。</description>
<pubDate>Mon, 06 Sep 2021 16:45 +0800</pubDate></item></channel></rss>`);
    expect(item).toMatchObject({ title: "秋天的第一杯茶", external_url: "https://blog.example.com/posts/autumn-tea", date_published: "2021-09-06T16:45:00+08:00" });
  });

  it("an Atom entry's body reads its links against the xml:base it gives itself; its enclosure against the base its link is read against", async () => {
    const [item] = await itemsOf(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.org/zh/"><title>博客</title><id>tag:b</id><updated>2024-01-02T03:04:05Z</updated>
<entry><title>搬家记</title><id>tag:b:1</id><updated>2024-01-02T03:04:05Z</updated>
<link rel="alternate" href="2024/01/move.html"/><link rel="enclosure" type="audio/mpeg" length="1337" href="audio/move.mp3"/>
<content type="xhtml" xml:base="https://img.example.net/move/"><div xmlns="http://www.w3.org/1999/xhtml"><p>新家的<a href="rooms.html">房间</a>：<img src="1.jpg" alt="客厅"/></p></div></content></entry></feed>`);
    expect(item).toMatchObject({
      external_url: "https://blog.example.org/zh/2024/01/move.html",
      content_html: '<p>新家的<a href="https://img.example.net/move/rooms.html">房间</a>：<img src="https://img.example.net/move/1.jpg" alt="客厅"></p>',
    });
    expect(item!.attachments?.map((a) => a.url)).toEqual(["https://blog.example.org/zh/audio/move.mp3", "https://img.example.net/move/1.jpg"]);
    const [, note] = await itemsOf(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.org/zh/"><title>博客</title><id>tag:b</id><updated>2024-01-02T03:04:05Z</updated>
<entry><title>一</title><id>tag:b:0</id><updated>2024-01-02T03:04:05Z</updated><link href="x.html"/><content>一</content></entry>
<entry xml:base="https://other.example.org/notes/"><title>便条</title><id>tag:b:2</id><updated>2024-01-03T03:04:05Z</updated><link href="https://blog.example.org/zh/2024/01/note.html"/>
<content type="html">&lt;p&gt;见&lt;a href="list.html"&gt;清单&lt;/a&gt;。&lt;/p&gt;</content></entry></feed>`);
    expect(note!.content_html).toBe('<p>见<a href="https://other.example.org/notes/list.html">清单</a>。</p>');
  });

  it("an Atom entry whose content lives at another address (<content src>) and that has no link of its own links there", async () => {
    const [item] = await itemsOf(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.org/"><title>博客</title><id>tag:b</id><updated>2024-01-02T03:04:05Z</updated>
<entry><title>年终总结</title><id>tag:b:9</id><updated>2024-01-02T03:04:05Z</updated><content type="text/html" src="posts/2023.html"/></entry></feed>`);
    expect(item).toMatchObject({ external_url: "https://blog.example.org/posts/2023.html", content_text: "年终总结" });
  });

  it("a FeedBurner item links to the story's own address, not to the redirect, in RSS and in Atom", async () => {
    const [rss] = await itemsOf(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><title>Example Blog</title><link>https://blog.example.com/</link><description>d</description>
<item><title>Summer plans</title><link>http://feedproxy.google.com/~r/ExampleBlog/~3/abc123/</link>
<guid isPermaLink="false">tag:blogger.com,1999:blog-1.post-2</guid>
<description>&lt;p&gt;We are going to the &lt;a href="lake.html"&gt;lake&lt;/a&gt;.&lt;/p&gt;</description>
<feedburner:origLink>https://blog.example.com/2021/09/summer-plans.html</feedburner:origLink></item></channel></rss>`);
    expect(rss).toMatchObject({ title: "Summer plans", external_url: "https://blog.example.com/2021/09/summer-plans.html", content_text: "We are going to the lake." });
    // Its relative links are read against the story's address too.
    expect(rss!.content_html).toContain('href="https://blog.example.com/2021/09/lake.html"');
    const [atom] = await itemsOf(`<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns='http://www.w3.org/2005/Atom' xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><id>tag:blogger.com,1999:blog-1</id><title>Example Blog</title>
<link rel='alternate' type='text/html' href='https://blog.example.com/'/>
<entry><id>tag:blogger.com,1999:blog-1.post-3</id><published>2021-09-08T09:30:00.001-07:00</published><title type='text'>Back home</title>
<content type='html'>We are back.</content>
<link rel='replies' type='text/html' href='https://blog.example.com/2021/09/back-home.html#comment-form'/>
<link rel='alternate' type='text/html' href='http://feedproxy.google.com/~r/ExampleBlog/~3/def456/back-home.html'/>
<feedburner:origLink>https://blog.example.com/2021/09/back-home.html</feedburner:origLink></entry></feed>`);
    expect(atom).toMatchObject({ title: "Back home", external_url: "https://blog.example.com/2021/09/back-home.html" });
  });

  it("a podcast episode whose guid is an id has no link made up from it, and its iTunes title is its title", async () => {
    const [trailer, episode] = await itemsOf(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>山野漫步</title><link>https://pod.example.com/</link>
<item><itunes:title>预告片</itunes:title><description>每周一期，聊聊徒步。</description>
<enclosure length="498537" type="audio/mpeg" url="https://pod.example.com/trailer.mp3"/>
<guid>D03EEC9B-B1B4-475B-92C8-54F853FA2A22</guid><pubDate>Tue, 8 Jan 2019 01:15:00 GMT</pubDate></item>
<item><title>第一期：出发</title><description>第一次出发。</description><guid>https://pod.example.com/ep1</guid>
<enclosure length="1000" type="audio/mpeg" url="https://pod.example.com/ep1.mp3"/></item></channel></rss>`);
    expect(trailer).toMatchObject({ title: "预告片", content_text: "每周一期，聊聊徒步。" });
    expect(trailer!.external_url).toBeUndefined();
    // A guid that is an address is still the episode's page.
    expect(episode).toMatchObject({ title: "第一期：出发", external_url: "https://pod.example.com/ep1" });
  });

  it("stories that share one guid are each kept; the same story given twice is one", async () => {
    const item = (title: string, body: string) =>
      `<item><title>${title}</title><link>https://news.example.com/</link><guid>https://news.example.com/</guid><description>${body}</description></item>`;
    const feed = join(dir, "same-guid.xml");
    writeFileSync(
      feed,
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>镇上新闻</title><link>https://news.example.com/</link><description>d</description>
${item("图书馆周末开放", "图书馆从本周起周末也开放。")}${item("新公园落成", "城东的新公园今天落成。")}${item("图书馆周末开放", "图书馆从本周起周末也开放。")}</channel></rss>`,
    );
    const out = join(dir, "same-guid");
    const result = await ingest({ inputs: [feed], out, pageSize: 10, baseUrl: "", log: () => undefined });
    expect([result.items, result.duplicates]).toEqual([2, 1]);
    const page = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as { items: Item[] };
    expect(page.items.map((i) => i.content_text)).toEqual(["图书馆从本周起周末也开放。", "城东的新公园今天落成。"]);
  });
});
