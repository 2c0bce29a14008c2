// @vitest-environment node
// What a reader gets from feeds whose structure is not what their format says: a long feed
// broken inside one entry, Atom entries under an RSS root, a Media RSS group of one picture in
// several sizes, a whole web page as an entry's body, a permalink written as a path, an
// encoding no decoder here reads.
import { describe, expect, it } from "vitest";
import { feedEvents, feedItems, rssFeed } from "./helpers";

describe("a long feed broken inside one entry", () => {
  const feed = (count: number, body: string) =>
    rssFeed(
      Array.from(
        { length: count },
        (_, i) => `<item><title>第 ${i} 条</title><link>https://example.org/${i}</link><description>${body}${i === 1500 ? "</descriptoin>" : "</description>"}</item>\n`,
      ).join(""),
    );

  it.each([
    ["of more entries than are read one by one", 2500, "城市新闻。"],
    ["of more than 4 MB, read in slices", 3000, "City news paragraph. ".repeat(80)],
  ])("a feed %s keeps every other entry and names the broken one", { timeout: 30_000 }, async (_shape, count, body) => {
    const events = await feedEvents(feed(count, body));
    const items = events.flatMap((e) => (e.ok ? e.items : []));
    expect(items).toHaveLength(count - 1);
    expect(items[1500]).toMatchObject({ title: "第 1501 条", external_url: "https://example.org/1501" });
    expect(events.flatMap((e) => (e.ok ? (e.problems ?? []) : [e.reason]))).toEqual([`订阅源有 1 个条目的 XML 格式有误（第 1501 个），没有收入；其余 ${count - 1} 条已收入`]);
  });
});

describe("a feed in an encoding no decoder here reads", () => {
  it("an EUC-TW feed is refused for that, not for bytes that do not match their label", async () => {
    const head = Buffer.from('<?xml version="1.0" encoding="EUC-TW"?>\n<rss version="2.0"><channel><title>Taipei</title><link>https://example.tw/</link><item><title>');
    // "今天天氣很好" and "臺北今天晴，氣溫二十度，適合出遊。" in EUC-TW (CNS 11643).
    const title = Buffer.from("c4f4c5b2c5b2d6b4d0fec7ef", "hex");
    const body = Buffer.from("ead7c6a1c4f4c5b2dfdda1a2d6b4e4ebc4a8c4b2d0f9a1a2efcbc7d9c5f8e7aba1a4", "hex");
    const bytes = Buffer.concat([head, title, Buffer.from("</title><link>https://example.tw/1</link><description>"), body, Buffer.from("</description></item></channel></rss>\n")]);
    expect(await feedEvents(bytes)).toEqual([{ ok: false, name: "feed.xml", reason: "无法解码：标明的编码 EUC-TW 这里没有解码器，读不了，内容也不像别的文字编码" }]);
  });
});

describe("entries where another format puts them", () => {
  it("an RSS channel that holds Atom <entry> elements gives each of them", async () => {
    const items = await feedItems(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>混合</title><link>https://m.example.cn/</link>
<entry><title>第一条</title><link href="https://m.example.cn/1"/><id>https://m.example.cn/1</id><updated>2024-05-01T10:00:00+08:00</updated><content type="html">&lt;p&gt;第一条正文。&lt;/p&gt;</content></entry>
<entry><title>第二条</title><link href="/2"/><id>https://m.example.cn/2</id><updated>2024-05-02T10:00:00+08:00</updated><summary>第二条摘要。</summary><media:thumbnail url="https://m.example.cn/2.jpg" width="640" height="360"/></entry>
</channel></rss>`);
    expect(items.map((i) => [i.title, i.external_url, i.date_published, i.content_text])).toEqual([
      ["第一条", "https://m.example.cn/1", "2024-05-01T10:00:00+08:00", "第一条正文。"],
      ["第二条", "https://m.example.cn/2", "2024-05-02T10:00:00+08:00", "第二条摘要。"],
    ]);
    expect(items[1]?.image).toBe("https://m.example.cn/2.jpg");
  });
});

describe("a Media RSS group of one picture in several sizes", () => {
  const group = (contents: string) =>
    rssFeed(`<item><title>多种尺寸</title><link>https://example.org/4</link><description>正文四。</description><media:group xmlns:media="http://search.yahoo.com/mrss/">${contents}</media:group></item>`);

  it("gives the largest that fits a screen, once", async () => {
    const [item] = await feedItems(
      group(
        '<media:content url="https://img.example.org/p4_s.jpg" medium="image" width="150" height="100"/><media:content url="https://img.example.org/p4_m.jpg" medium="image" width="800" height="533"/><media:content url="https://img.example.org/p4_o.jpg" medium="image" width="6000" height="4000"/>',
      ),
    );
    expect(item?.attachments).toEqual([{ url: "https://img.example.org/p4_m.jpg", mime_type: "image/jpeg", _qingyue: { width: 800, height: 533 } }]);
  });

  it("a video in several bit rates is one video, the fullest", async () => {
    const [item] = await feedItems(
      group('<media:content url="https://v.example.org/2_360.mp4" type="video/mp4" bitrate="500"/><media:content url="https://v.example.org/2_1080.mp4" type="video/mp4" bitrate="4000"/><media:content url="https://v.example.org/2_720.mp4" type="video/mp4" bitrate="1500"/><media:thumbnail url="https://v.example.org/2.jpg"/>'),
    );
    expect(item?.attachments).toEqual([{ url: "https://v.example.org/2_1080.mp4", mime_type: "video/mp4", _qingyue: { poster: "https://v.example.org/2.jpg" } }]);
  });

  it("of thumbnails in several sizes, the entry's picture is the largest that fits a screen", async () => {
    const [item] = await feedItems(
      rssFeed(
        `<item xmlns:media="http://search.yahoo.com/mrss/"><title>西湖的春天</title><link>https://example.org/1</link><description>西湖边的桃花开了。</description><media:thumbnail url="https://example.org/1_t.jpg" width="100" height="75"/><media:thumbnail url="https://example.org/1_l.jpg" width="1024" height="768"/><media:thumbnail url="https://example.org/1_o.jpg" width="4000" height="3000"/></item>`,
      ),
    );
    expect(item?.image).toBe("https://example.org/1_l.jpg");
  });

  it("gives the one the feed marks as its default", async () => {
    const [item] = await feedItems(
      group('<media:content url="https://img.example.org/a.jpg" medium="image" width="300" height="200"/><media:content url="https://img.example.org/b.jpg" medium="image" width="1200" height="800" isDefault="false"/><media:content url="https://img.example.org/c.jpg" medium="image" width="600" height="400" isDefault="true"/>'),
    );
    expect(item?.attachments?.map((a) => a.url)).toEqual(["https://img.example.org/c.jpg"]);
  });
});

describe("an entry body that is a whole web page", () => {
  const page = (body: string) =>
    rssFeed(
      `<item><title>整页正文</title><link>https://example.org/a</link><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<!DOCTYPE html><html><head><meta charset="utf-8"><title>整页正文 - 小站</title><style>body{color:red}</style></head><body>${body}</body></html>]]></content:encoded></item>`,
    );

  it("gives its article, without the site's menu and footer", async () => {
    const [item] = await feedItems(
      page('<nav><a href="/">首页</a> | <a href="/about">关于</a></nav><article><h1>整页正文</h1><p>第一段正文，讲的是春天的事情。</p><p>第二段正文，讲的是夏天的事情。</p></article><footer>版权所有 © 小站</footer>'),
    );
    expect(item?.content_text).toBe("第一段正文，讲的是春天的事情。\n\n第二段正文，讲的是夏天的事情。");
    expect(item?.content_html).toBe("<p>第一段正文，讲的是春天的事情。</p><p>第二段正文，讲的是夏天的事情。</p>");
  });

  it("without an article, gives its body without the page's header, menus and footer", async () => {
    const [item] = await feedItems(page('<header><a href="/">小站</a><nav><a href="/tags">标签</a></nav></header><div class="post"><p>正文只有这一段。</p></div><aside>热门文章</aside><footer>备案号</footer>'));
    expect(item?.content_text).toBe("正文只有这一段。");
    expect(item?.content_html).toBe('<div class="post"><p>正文只有这一段。</p></div>');
  });
});

describe("a guid that says it is a permalink, written as a path", () => {
  it.each([
    ["/posts/2.html", "https://example.org/posts/2.html"],
    ["archives/2024/05/2", "https://example.org/archives/2024/05/2"],
  ])("%s links to the story on the feed's site", async (guid, url) => {
    const [item] = await feedItems(rssFeed(`<item><title>二</title><guid isPermaLink="true">${guid}</guid><description>正文二。</description></item>`));
    expect(item?.external_url).toBe(url);
  });

  it("an id that is no path links nowhere", async () => {
    const [item] = await feedItems(rssFeed(`<item><title>二</title><guid isPermaLink="true">20240501-2</guid><description>正文二。</description></item>`));
    expect(item?.external_url).toBeUndefined();
  });
});
