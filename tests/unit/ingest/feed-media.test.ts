// @vitest-environment node
// What a reader gets from feeds that carry their words, pictures and links where video sites,
// podcasts and link blogs put them: Media RSS groups, iTunes fields, <atom:link> in RSS,
// Atom's rel="related".
import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { ItemSchema, type ArticleItem, type Item } from "../../../src/content/feed-schema";
import { dataEvents } from "../../../src/ingest/data-files";

async function itemsOf(xml: string): Promise<Item[]> {
  const found: Item[] = [];
  for await (const event of dataEvents("feed.xml", new TextEncoder().encode(xml), "feed", { baseUrl: "" })) if (event.ok && "items" in event) found.push(...event.items);
  for (const item of found) expect(v.safeParse(ItemSchema, item).issues).toBeUndefined();
  return found;
}

describe("feed media", () => {
  it("a video site's Atom entry: its words and its still picture come from its <media:group>", async () => {
    const [video] = await itemsOf(`<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
 <id>yt:channel:UC1</id><title>读书频道</title><link rel="alternate" href="https://www.youtube.com/channel/UC1"/>
 <entry>
  <id>yt:video:v1</id><yt:videoId>v1</yt:videoId><title>三分钟读完《红楼梦》</title>
  <link rel="alternate" href="https://www.youtube.com/watch?v=v1"/>
  <author><name>读书频道</name><uri>https://www.youtube.com/channel/UC1</uri></author>
  <published>2023-04-01T10:00:00+00:00</published>
  <media:group>
   <media:title>三分钟读完《红楼梦》</media:title>
   <media:content url="https://www.youtube.com/v/v1?version=3" type="application/x-shockwave-flash" width="640" height="390"/>
   <media:thumbnail url="https://i1.ytimg.com/vi/v1/hqdefault.jpg" width="480" height="360"/>
   <media:description>这一期讲贾府的兴衰。
下一期讲大观园。</media:description>
  </media:group>
 </entry>
</feed>`);
    expect(video).toMatchObject({
      title: "三分钟读完《红楼梦》",
      content_text: "这一期讲贾府的兴衰。\n\n下一期讲大观园。",
      image: "https://i1.ytimg.com/vi/v1/hqdefault.jpg",
      external_url: "https://www.youtube.com/watch?v=v1",
    });
  });

  it("a podcast episode: its own cover from <itunes:image>, and how long it plays from <itunes:duration>", async () => {
    const [episode] = await itemsOf(`<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>播客</title><link>https://pod.example/</link>
<itunes:image href="https://pod.example/cover.jpg"/>
<item><title>第一期</title><guid>https://pod.example/ep1</guid><description>本期聊聊读书。</description>
<itunes:image href="https://pod.example/ep1.jpg"/><itunes:duration>1:02:03</itunes:duration>
<enclosure url="https://pod.example/ep1.mp3" length="12345" type="audio/mpeg"/></item></channel></rss>`);
    expect(episode).toMatchObject({
      image: "https://pod.example/ep1.jpg",
      attachments: [{ url: "https://pod.example/ep1.mp3", mime_type: "audio/mpeg", size_in_bytes: 12345, duration_in_seconds: 3723 }],
    });
  });

  it("an RSS item linked only by <atom:link>, and an Atom entry linked only by rel=related, keep their links", async () => {
    const [rss] = await itemsOf(`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title><link>https://l.example/</link>
<item><title>只有 atom 链接</title><atom:link href="https://l.example/a" rel="alternate"/><description>正文</description></item></channel></rss>`);
    expect(rss?.external_url).toBe("https://l.example/a");
    const [atom] = await itemsOf(`<feed xmlns="http://www.w3.org/2005/Atom"><title>链接博客</title><id>tag:l</id><updated>2023-01-01T00:00:00Z</updated>
<entry><title>值得一读</title><id>tag:l:1</id><updated>2023-01-01T00:00:00Z</updated>
<link rel="related" href="https://other.example/story"/><link rel="replies" href="https://l.example/1#comments"/><content>推荐这篇文章。</content></entry></feed>`);
    expect(atom?.external_url).toBe("https://other.example/story");
  });

  it("the centred or 图为 line under a picture is its caption: an article's figure holds it, a post shows it where the picture stands", async () => {
    const para = "记者从市交通运输局获悉，地铁五号线今天正式开通运营，全长三十二公里，共设车站二十个，将极大缓解城市东西向的交通压力。";
    const items = await itemsOf(`<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>城市日报</title><link>https://news.example.cn/</link><description>d</description>
<item><title>地铁五号线今天开通</title><link>https://news.example.cn/a/1.html</link><content:encoded><![CDATA[<p>${para}</p><p style="text-align: center;"><img src="https://img.example.cn/a.jpg" width="600" height="400"></p><p style="text-align: center;">地铁五号线开通现场。记者 张三 摄</p><p>${para}</p><p>${para}</p>]]></content:encoded></item>
<item><title>雨后</title><link>https://news.example.cn/p/2.html</link><description><![CDATA[<p><img src="https://img.example.cn/b.jpg"></p><p>图为雨后的西湖。</p><p>雨停了，湖面很静。</p><p>这是一句不像图注的话。</p>]]></description></item>
</channel></rss>`);
    const a = items.find((i) => i.title === "地铁五号线今天开通") as ArticleItem;
    const post = items.find((i) => i.external_url === "https://news.example.cn/p/2.html");
    expect(a._qingyue.sections[0]!.paragraphs).toEqual([para, para, para]);
    expect(a._qingyue.sections[0]!.figures).toEqual([{ before: 1, url: "https://img.example.cn/a.jpg", width: 600, height: 400, caption: "地铁五号线开通现场。记者 张三 摄" }]);
    expect(post).toMatchObject({ title: "雨后", content_text: "图为雨后的西湖。\n\n雨停了，湖面很静。\n\n这是一句不像图注的话。" });
  });

  it("a video an entry's HTML plays in a <video> is the entry's video, with its still picture and its size", async () => {
    const [post] = await itemsOf(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>某人的动态</title><link>https://x.example.com/someone</link><description>d</description>
<item><title>看这个视频</title><link>https://x.example.com/someone/status/1</link>
<description><![CDATA[看这个视频<br><video controls poster="/thumb.jpg" width="720" height="1280"><source src="https://v.example.com/v.m3u8" type="application/x-mpegURL"><source src="https://v.example.com/v.mp4" type="video/mp4"></video><br><img src="https://p.example.com/pic.jpg">]]></description></item>
</channel></rss>`);
    expect(post!.attachments).toEqual([
      { url: "https://v.example.com/v.mp4", mime_type: "video/mp4", _qingyue: { width: 720, height: 1280, poster: "https://x.example.com/thumb.jpg" } },
      { url: "https://p.example.com/pic.jpg", mime_type: "image/jpeg" },
    ]);
  });

  it("an enclosure or attachment given without its type is typed by its file's name: an episode plays, a PNG is a PNG", async () => {
    const [post] = await itemsOf(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>电台</title><link>https://r.example.cn/</link><description>d</description>
<item><title>第一期</title><link>https://r.example.cn/1</link><description>本期节目。</description>
<enclosure url="https://r.example.cn/1.mp3" length="100"/><enclosure url="https://r.example.cn/cover.png" length="10"/><enclosure url="https://r.example.cn/notes.pdf" length="10"/><enclosure url="https://r.example.cn/file.bin" length="10"/></item>
</channel></rss>`);
    expect(post!.attachments?.map((a) => [a.url, a.mime_type])).toEqual([
      ["https://r.example.cn/1.mp3", "audio/mpeg"],
      ["https://r.example.cn/cover.png", "image/png"],
      ["https://r.example.cn/notes.pdf", "application/pdf"],
      ["https://r.example.cn/file.bin", "application/octet-stream"],
    ]);
  });

  it("a picture linked to its full size is a figure of that full size, and its link's address is not a paragraph", async () => {
    const [article] = await itemsOf(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>博客</title><link>https://wp.example.cn/</link>
<item><title>春天的公园</title><link>https://wp.example.cn/p/1</link><content:encoded><![CDATA[<p>周末去了公园。</p>
<p><a href="https://wp.example.cn/uploads/park.jpg"><img src="https://wp.example.cn/uploads/park-300x200.jpg" alt="" width="300" height="200" /></a></p>
<p>花都开了。</p><p>人很多。</p><p>下周还去。</p>]]></content:encoded></item></channel></rss>`);
    const sections = (article as ArticleItem)._qingyue.sections;
    expect(sections.flatMap((s) => s.paragraphs)).toEqual(["周末去了公园。", "花都开了。", "人很多。", "下周还去。"]);
    expect(sections[0]?.figures).toEqual([{ before: 1, url: "https://wp.example.cn/uploads/park.jpg", width: 300, height: 200 }]);
  });

  it("an RSS 1.0 item's <dc:subject> files it under its topic, as <category> does in RSS 2.0", async () => {
    const [item] = await itemsOf(`<?xml version="1.0"?><rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://r.example.cn/"><title>期刊</title><link>https://r.example.cn/</link><description>d</description></channel>
<item rdf:about="https://r.example.cn/1"><title>新一期</title><link>https://r.example.cn/1</link><description>目录已上线。</description><dc:subject>期刊</dc:subject><dc:date>2023-07-01T10:15:30+08:00</dc:date></item>
</rdf:RDF>`);
    expect(item).toMatchObject({ title: "新一期", tags: ["期刊"], date_published: "2023-07-01T10:15:30+08:00" });
  });

  it("a video whose thumbnail sits inside its <media:content>: the entry's picture and the video's still", async () => {
    const [video] = await itemsOf(`<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>视频</title><link>https://v.example.cn/</link>
<item><title>江边日出</title><link>https://v.example.cn/2</link><description>清晨拍的。</description>
<media:content url="https://v.example.cn/v.mp4" type="video/mp4" duration="95"><media:thumbnail url="/v.jpg"/></media:content></item></channel></rss>`);
    expect(video).toMatchObject({
      image: "https://v.example.cn/v.jpg",
      attachments: [{ url: "https://v.example.cn/v.mp4", mime_type: "video/mp4", duration_in_seconds: 95, _qingyue: { poster: "https://v.example.cn/v.jpg" } }],
    });
  });

  it("a feed that names only its own address (rel=self) reads its relative links against it", async () => {
    const [item] = await itemsOf(`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>博客</title><link></link>
<atom:link href="https://self.example.cn/blog/feed.xml" rel="self" type="application/rss+xml"/>
<item><title>相对链接</title><link>/blog/2023/post.html</link><description>&lt;img src="img/a.jpg"&gt; 正文</description></item></channel></rss>`);
    expect(item).toMatchObject({ external_url: "https://self.example.cn/blog/2023/post.html", attachments: [{ url: "https://self.example.cn/blog/2023/img/a.jpg" }] });
  });

  it("lazy-loaded pictures behind a placeholder are the story's figures, and its HTML shows them", async () => {
    const [article] = await itemsOf(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>博客</title><link>https://lz.example.cn/</link>
<item><title>懒加载的图片</title><link>https://lz.example.cn/1</link><content:encoded><![CDATA[<p>第一段。</p>
<p><img src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E" data-lazy-src="/uploads/a.jpg" alt="甲" width="800" height="600"></p>
<p>第二段。</p>
<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-srcset="/uploads/b-300.jpg 300w, /uploads/b.jpg 1024w" alt="乙"></p>
<p><img srcset="/uploads/c-300.jpg 300w, /uploads/c.jpg 1024w" alt="丙"></p>
<p>第三段。</p><p>第四段。</p>]]></content:encoded></item></channel></rss>`);
    const figures = (article as ArticleItem)._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.url);
    expect(figures).toEqual(["https://lz.example.cn/uploads/a.jpg", "https://lz.example.cn/uploads/b.jpg", "https://lz.example.cn/uploads/c.jpg"]);
    const shown = [...(article?.content_html ?? "").matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/gu)].map((m) => m[1]);
    expect(shown).toEqual(figures);
  });

  it("a picture's alt text is kept when it describes the picture, not when it is the file's name", async () => {
    const [article] = await itemsOf(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>博客</title><link>https://alt.example.cn/</link>
<item><title>两张图</title><link>https://alt.example.cn/1</link><content:encoded><![CDATA[<p>第一段。</p>
<p><img src="/uploads/DSC_0042.jpg" alt="DSC_0042.jpg" width="800" height="600"></p><p>第二段。</p>
<p><img src="/uploads/lake.jpg" alt="湖边的早晨" width="800" height="600"></p><p>第三段。</p><p>第四段。</p>]]></content:encoded></item></channel></rss>`);
    const alts = (article as ArticleItem)._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.alt);
    expect(alts).toEqual([undefined, "湖边的早晨"]);
  });

  it("an RSS 1.0 classified ad's pictures (<enc:enclosure>) are its attachments", async () => {
    const ads = await itemsOf(`<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:enc="http://purl.oclc.org/net/rss_2.0/enc#">
<channel rdf:about="https://city.example.cn/search?format=rss"><title>二手 | 出售</title><link>https://city.example.cn/search</link><description></description>
<items><rdf:Seq><rdf:li rdf:resource="https://city.example.cn/sofa/1.html" /><rdf:li rdf:resource="https://city.example.cn/desk/2.html" /></rdf:Seq></items></channel>
<item rdf:about="https://city.example.cn/sofa/1.html"><title><![CDATA[旧沙发 免费]]></title><link>https://city.example.cn/sofa/1.html</link>
<description><![CDATA[自提。]]></description><dc:date>2023-07-01T10:15:30+08:00</dc:date>
<enc:enclosure resource="https://images.city.example.cn/sofa_300x300.jpg" type="image/jpeg"/></item>
<item rdf:about="https://city.example.cn/desk/2.html"><title>书桌</title><link>https://city.example.cn/desk/2.html</link><description>九成新。</description>
<enc:enclosure rdf:resource="/desk.jpg" enc:type="image/jpeg" enc:length="2048"/></item>
</rdf:RDF>`);
    expect(ads.map((ad) => [ad.title, ad.attachments])).toEqual([
      ["旧沙发 免费", [{ url: "https://images.city.example.cn/sofa_300x300.jpg", mime_type: "image/jpeg" }]],
      ["书桌", [{ url: "https://city.example.cn/desk.jpg", mime_type: "image/jpeg", size_in_bytes: 2048 }]],
    ]);
  });

  it("a thumbnail said to be icon-sized (a code host's 30×30 avatar) is not the story's picture", async () => {
    const [release] = await itemsOf(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>发布</title><id>tag:r</id><updated>2023-06-01T10:00:00Z</updated>
<entry><id>tag:r:1</id><updated>2023-06-01T10:00:00Z</updated><link rel="alternate" href="https://code.example.cn/r/releases/v1"/><title>v1.0.0</title>
<content type="html">修复了一个问题。</content><author><name>dev</name></author>
<media:thumbnail height="30" width="30" url="https://avatars.example.cn/u/1?s=60"/></entry></feed>`);
    expect(release?.title).toBe("v1.0.0");
    expect(release).not.toHaveProperty("image");
  });
  it("a news site's picture given at two widths is one picture, the larger; two pictures at one script's address stay two", async () => {
    const [story, two] = await itemsOf(`<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel><title>World news</title><link>https://news.example.co.uk/world</link><description>d</description>
<item><title>Floods close the old bridge</title><link>https://news.example.co.uk/world/2023/mar/13/floods</link><description>&lt;p&gt;The river rose overnight.&lt;/p&gt;</description>
<pubDate>Mon, 13 Mar 2023 09:55:12 GMT</pubDate>
<media:content width="140" url="https://i.example.co.uk/img/media/abc/master/3000.jpg?width=140&amp;quality=85&amp;s=1"><media:credit scheme="urn:ebu">Photograph: Jane Roe/AP</media:credit></media:content>
<media:content width="460" url="https://i.example.co.uk/img/media/abc/master/3000.jpg?width=460&amp;quality=85&amp;s=2"><media:credit scheme="urn:ebu">Photograph: Jane Roe/AP</media:credit></media:content>
</item>
<item><title>Two pictures</title><link>https://news.example.co.uk/world/2</link><description>Both of them.</description>
<media:content medium="image" url="https://news.example.co.uk/image.php?id=1"/><media:content medium="image" url="https://news.example.co.uk/image.php?id=2"/></item></channel></rss>`);
    expect(story!.attachments?.map((a) => a.url)).toEqual(["https://i.example.co.uk/img/media/abc/master/3000.jpg?width=460&quality=85&s=2"]);
    expect(story).toMatchObject({ title: "Floods close the old bridge", content_text: "The river rose overnight." });
    expect(two!.attachments?.map((a) => a.url)).toEqual(["https://news.example.co.uk/image.php?id=1", "https://news.example.co.uk/image.php?id=2"]);
  });
  it("a microblog post's picture keeps the words its author wrote for those who cannot see it", async () => {
    const [post] = await itemsOf(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>小明</title><link>https://mastodon.example/@xiaoming</link><description>Public posts from @xiaoming@mastodon.example</description>
<item><guid isPermaLink="true">https://mastodon.example/@xiaoming/111</guid><link>https://mastodon.example/@xiaoming/111</link><pubDate>Mon, 04 Mar 2024 02:10:00 +0000</pubDate>
<description>&lt;p&gt;今天去爬山了，天气很好。&lt;/p&gt;</description>
<media:content url="https://files.mastodon.example/media/1/original/x.jpg" type="image/jpeg" fileSize="123456" medium="image"><media:rating scheme="urn:simple">nonadult</media:rating><media:description type="plain">山顶的一棵松树，背后是云海</media:description></media:content>
</item></channel></rss>`);
    expect(post).toMatchObject({ content_text: "今天去爬山了，天气很好。", external_url: "https://mastodon.example/@xiaoming/111" });
    expect(post!.attachments).toEqual([
      { url: "https://files.mastodon.example/media/1/original/x.jpg", mime_type: "image/jpeg", size_in_bytes: 123456, _qingyue: { alt: "山顶的一棵松树，背后是云海" } },
    ]);
  });
});
