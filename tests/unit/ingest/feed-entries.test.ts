// @vitest-environment node
// What an entry gives a reader where its feed says it once for all or in another field: the
// authors of a whole Atom or JSON Feed, a JSON Feed item told only by its summary.
import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { ItemSchema, type ArticleItem, type Item } from "../../../src/content/feed-schema";
import { dataEvents } from "../../../src/ingest/data-files";

async function itemsOf(text: string, kind: "feed" | "json" = "feed"): Promise<Item[]> {
  const found: Item[] = [];
  for await (const event of dataEvents(kind === "json" ? "feed.json" : "feed.xml", new TextEncoder().encode(text), kind, { baseUrl: "" })) if (event.ok && "items" in event) found.push(...event.items);
  for (const item of found) expect(v.safeParse(ItemSchema, item).issues).toBeUndefined();
  return found;
}

describe("feed entries", () => {
  it("an Atom entry with no author of its own is by the feed's author; one with its own keeps it", async () => {
    const [mine, guest] = await itemsOf(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>林间笔记</title><id>https://notes.example.com/</id><link href="https://notes.example.com/"/>
<author><name>林小雨</name><uri>https://notes.example.com/about/</uri></author><updated>2024-03-02T08:00:00+08:00</updated>
<entry><title>春天的鸟</title><id>https://notes.example.com/birds/</id><link href="https://notes.example.com/birds/"/><updated>2024-03-02T08:00:00+08:00</updated><content type="html">&lt;p&gt;今早看见了三只白头鹎。&lt;/p&gt;</content></entry>
<entry><title>客座文章</title><id>https://notes.example.com/guest/</id><link href="https://notes.example.com/guest/"/><updated>2024-03-01T08:00:00+08:00</updated><author><name>王大山</name></author><content type="html">&lt;p&gt;我也来写几句。&lt;/p&gt;</content></entry>
</feed>`);
    expect(mine).toMatchObject({ title: "春天的鸟", authors: [{ name: "林小雨", url: "https://notes.example.com/about/" }] });
    expect(guest).toMatchObject({ title: "客座文章", authors: [{ name: "王大山" }] });
  });

  it("a JSON Feed's top-level author writes its items, and an item with only a summary is told by it", async () => {
    const items = await itemsOf(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1",
        title: "小站",
        home_page_url: "https://example.org/",
        author: { name: "周一", url: "https://example.org/about" },
        items: [
          { id: "1", url: "https://example.org/1", content_text: "第一条。" },
          { id: "2", external_url: "https://other.example.com/story", summary: "别人写的一篇好文章。" },
        ],
      }),
      "json",
    );
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ content_text: "第一条。", authors: [{ name: "周一", url: "https://example.org/about" }] });
    expect(items[1]).toMatchObject({ content_text: "别人写的一篇好文章。", external_url: "https://other.example.com/story", authors: [{ name: "周一" }] });
  });
  it("an entry that gives only its link (or a guid that is its address) is kept as that link, with its date", async () => {
    const items = await itemsOf(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>书签</title><link>https://links.example.com/</link><description>d</description>
<item><link>https://www.example.org/a-story.html</link></item>
<item><guid isPermaLink="true">https://www.example.org/b-story.html</guid><pubDate>Mon, 06 Sep 2021 16:45:00 +0800</pubDate></item>
<item><guid isPermaLink="false">only-an-id</guid></item></channel></rss>`);
    expect(items.map((i) => [i.external_url, i.content_text, i.date_published])).toEqual([
      ["https://www.example.org/a-story.html", "https://www.example.org/a-story.html", undefined],
      ["https://www.example.org/b-story.html", "https://www.example.org/b-story.html", "2021-09-06T16:45:00+08:00"],
    ]);
  });

  it("an RSS item that dates itself and names its author in Atom's terms (.NET's a10: prefix) keeps both", async () => {
    const [item] = await itemsOf(`<?xml version="1.0" encoding="utf-8"?>
<rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0"><channel><title>市政新闻</title><link>https://gov.example.cn/</link><description>d</description>
<item><guid isPermaLink="false">123</guid><link>https://gov.example.cn/news/123</link><a10:author><a10:name>王记者</a10:name></a10:author><title>地铁新线开通</title><description>地铁五号线今天开通。</description><a10:updated>2024-05-17T08:03:00+08:00</a10:updated></item>
</channel></rss>`);
    expect(item).toMatchObject({ title: "地铁新线开通", date_published: "2024-05-17T08:03:00+08:00", authors: [{ name: "王记者" }] });
  });

  it("an RSS 1.0 item titled in <dc:title> alone keeps that title, and each of its <dc:creator>s", async () => {
    const [item] = await itemsOf(`<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://j.example.cn/"><title>学报</title><link>https://j.example.cn/</link><description>d</description></channel>
<item rdf:about="https://j.example.cn/a/1"><link>https://j.example.cn/a/1</link><description>本文研究了城市轨道交通的客流。</description>
<dc:title>城市轨道交通客流研究</dc:title><dc:creator>张三</dc:creator><dc:creator>李四</dc:creator><dc:date>2024-05-17</dc:date></item></rdf:RDF>`);
    expect(item).toMatchObject({ title: "城市轨道交通客流研究", authors: [{ name: "张三" }, { name: "李四" }], date_published: "2024-05-17T00:00:00+08:00" });
  });

  it("a news story's closing credit line (责任编辑, 责编) is its byline, not its last paragraph", async () => {
    const para = "记者从市交通运输局获悉，地铁五号线今天正式开通运营，全长三十二公里，共设车站二十个，将极大缓解城市东西向的交通压力。";
    const items = (await itemsOf(`<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>城市日报</title><link>https://news.example.cn/</link><description>d</description>
<item><title>地铁五号线今天开通</title><link>https://news.example.cn/a/1.html</link><content:encoded><![CDATA[<p>${para}</p><p>${para}</p><p>${para}</p><p>${para}</p><p class="editor">（责任编辑：李四）</p>]]></content:encoded></item>
<item><title>新桥通车</title><link>https://news.example.cn/a/2.html</link><content:encoded><![CDATA[<p>${para}</p><p>${para}</p><p>${para}</p><p>大桥今天通车。 责编：王五</p>]]></content:encoded></item>
</channel></rss>`)) as ArticleItem[];
    expect(items.map((i) => [i.title, i._qingyue.byline, i._qingyue.sections.flatMap((s) => s.paragraphs).at(-1)])).toEqual([
      ["地铁五号线今天开通", { text: "（责任编辑：李四）", editors: ["李四"] }, para],
      ["新桥通车", { text: "责编：王五", editors: ["王五"] }, "大桥今天通车。"],
    ]);
    expect(items[0]!.content_text).not.toContain("责任编辑");
    expect(items[0]!.content_html).not.toContain("责任编辑");
  });

  it("an entry speaks its feed's language, whether the feed says it in xml:lang (Atom) or as en_US", async () => {
    const [atom] = await itemsOf(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>English blog</title><id>tag:l</id><updated>2024-05-17T08:03:00Z</updated><link href="https://l.example.com/"/>
<entry><title>Hello</title><id>tag:l:1</id><link href="https://l.example.com/1"/><updated>2024-05-17T08:03:00Z</updated><content type="html">&lt;p&gt;Hello world.&lt;/p&gt;</content></entry></feed>`);
    const [rss] = await itemsOf(`<rss version="2.0"><channel><title>Blog</title><link>https://l.example.com/</link><language>en_US</language>
<item><title>Hello</title><link>https://l.example.com/2</link><description>Hello again.</description></item></channel></rss>`);
    expect([atom!.language, rss!.language]).toEqual(["en", "en-US"]);
  });

  it("the lines a story closes with that are not its text (（完）, 原文链接, a prompt to follow) are dropped; a credit among them is the byline", async () => {
    const para = "记者从市交通运输局获悉，地铁五号线今天正式开通运营，全长三十二公里，共设车站二十个，将极大缓解城市东西向的交通压力。";
    const [item] = (await itemsOf(`<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>城市日报</title><link>https://news.example.cn/</link><description>d</description>
<item><title>地铁五号线今天开通</title><link>https://news.example.cn/a/1.html</link><content:encoded><![CDATA[<p>${para}</p><p>${para}</p><p>${para}</p><p>最后一段：市民纷纷点赞。</p><p>（完）</p><p>（责任编辑：李四）</p><p>原文链接：<a href="https://news.example.cn/a/1.html">地铁五号线今天开通</a></p><p>点击上方蓝字关注我们</p>]]></content:encoded></item>
</channel></rss>`)) as ArticleItem[];
    expect(item!._qingyue.sections.flatMap((s) => s.paragraphs).at(-1)).toBe("最后一段：市民纷纷点赞。");
    expect(item!._qingyue.byline).toEqual({ text: "（责任编辑：李四）", editors: ["李四"] });
    // The story's HTML, which the reader is shown, ends where its text does too.
    expect(item!.content_html).toMatch(/<p>最后一段：市民纷纷点赞。<\/p>$/u);
  });

  it("an RSS author given as a mail address with the name in quotes in brackets is that name", async () => {
    const [photo] = await itemsOf(`<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:flickr="urn:flickr:user"><channel><title>Uploads from bob</title><link>https://photos.example.com/bob/</link><description></description>
<item><title>Sunset</title><link>https://photos.example.com/bob/123/</link><description>Over the bay.</description>
<author flickr:profile="https://photos.example.com/people/bob/">nobody@photos.example.com (&quot;鲍勃&quot;)</author></item></channel></rss>`);
    expect(photo).toMatchObject({ title: "Sunset", authors: [{ name: "鲍勃" }] });
  });
  it("a news aggregator's headline is the story's own, without the publisher its <source> names", async () => {
    const [story, other] = await itemsOf(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>"港口" - 新闻聚合</title><link>https://news.example.com/search?q=港口</link><description>d</description>
<item><title>港口扩建工程今日动工 - 港湾日报</title><link>https://news.example.com/rss/articles/abc</link><guid isPermaLink="false">abc</guid><pubDate>Tue, 05 Mar 2024 02:00:00 GMT</pubDate>
<description>&lt;a href="https://news.example.com/rss/articles/abc"&gt;港口扩建工程今日动工&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;港湾日报&lt;/font&gt;</description><source url="https://harbour.example.com">港湾日报</source></item>
<item><title>新旧 - 两种港口</title><link>https://news.example.com/rss/articles/def</link><description>谈谈新旧港口。</description><source url="https://port.example.com">港口周刊</source></item>
</channel></rss>`);
    expect(story).toMatchObject({ title: "港口扩建工程今日动工", external_url: "https://news.example.com/rss/articles/abc" });
    // A title whose tail is not its source's name is kept whole.
    expect(other).toMatchObject({ title: "新旧 - 两种港口" });
  });
});
