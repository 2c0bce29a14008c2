// @vitest-environment node
// Feeds of every kind read into stories: titled entries with a body worth a page become
// articles with sections, pictures and lists; the rest become posts; enclosures are kept;
// Big5 and GB2312 feeds decode; RSSHub's Weibo feeds come back as Weibo posts; a cut-off
// feed keeps its whole entries and is named.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { ItemSchema, type ArticleItem, type Item, type PostItem } from "../../../src/content/feed-schema";
import { readFileSync } from "node:fs";
import { dataEvents, readDataFile, type DataEvent } from "../../../src/ingest/data-files";
import { closesRoot, readFeedText } from "../../../src/ingest/feeds/parse";
import { dataOnly, ROOT } from "./helpers";

const FEEDS = join(ROOT, "tests", "fixtures", "feeds");

async function read(name: string): Promise<DataEvent[]> {
  const events: DataEvent[] = [];
  for await (const event of readDataFile(join(FEEDS, name), { baseUrl: "" })) events.push(dataOnly(event));
  return events;
}

/** What a file's events say was left out: the parts its kept items came without, or the whole. */
const leftOut = (events: DataEvent[]) => events.flatMap((e) => (e.ok ? (e.problems ?? []) : [e.reason]));

async function fromBytes(bytes: Uint8Array): Promise<DataEvent[]> {
  const events: DataEvent[] = [];
  for await (const event of dataEvents("feed.xml", bytes, "feed", { baseUrl: "" })) events.push(dataOnly(event));
  return events;
}

async function items(name: string): Promise<Item[]> {
  const events = await read(name);
  const found = events.flatMap((e) => (e.ok ? e.items : []));
  for (const item of found) expect(v.safeParse(ItemSchema, item).issues).toBeUndefined();
  return found;
}

describe("feeds", () => {
  it("a Big5 Atom feed decodes, and its long entry is an article with sections, a captioned figure and a list", async () => {
    const [article, post] = await items("big5-atom.xml");
    const a = article as ArticleItem;
    expect(a._qingyue.kind).toBe("article");
    expect(a.title).toBe("港口擴建工程今日動工");
    expect(a.external_url).toBe("https://news.example.tw/a/1001");
    expect(a.date_published).toBe("2024-03-05T08:00:00+08:00");
    expect(a.authors).toEqual([{ name: "陳記者", url: "https://news.example.tw/authors/chen" }]);
    expect(a._qingyue.publisher).toBe("港灣日報");
    expect(a._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "工程內容", "居民意見"]);
    expect(a._qingyue.sections[0]!.figures).toEqual([
      { before: 1, url: "https://img.example.tw/1001.jpg", alt: "工地", caption: "擴建工地一景", width: 1200, height: 800 },
    ]);
    expect(a._qingyue.sections[1]!.paragraphs).toEqual(["工程包括新建兩座碼頭與一條聯外道路，總經費約新臺幣一百億元。", "• 新建碼頭兩座", "• 聯外道路一條"]);
    expect((post as PostItem)._qingyue).toMatchObject({ kind: "post", paragraphs: ["全日晴朗，氣溫攝氏十八至二十五度。"] });
  });

  it("a GB2312 RSS feed decodes; bytes that do not fit the declared encoding are refused, not read as mojibake", async () => {
    const [post] = await items("gbk-rss.xml");
    expect((post as PostItem)._qingyue.paragraphs).toEqual(["江城大桥今天上午正式通车，市民可以步行上桥参观。"]);
    // Declared as Big5, with bytes of no encoding of any language after the declaration.
    const wrong = new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="big5"?><rss>'), ...Array.from({ length: 40 }, (_, i) => (i % 2 ? 0x80 : 0xff))]);
    const [refused] = await fromBytes(wrong);
    expect(refused).toEqual({ ok: false, name: "feed.xml", reason: "无法解码：标明的编码 big5 与内容不符，读不出是哪种文字编码" });
  });

  it("reads a feed as pages are read: gb2312 declared over UTF-8, GBK declaring nothing, and a few stray bytes said", async () => {
    const gbk = readFileSync(join(FEEDS, "gbk-rss.xml"));
    const paragraphs = (events: DataEvent[]) => events.flatMap((e): unknown[] => (e.ok ? e.items.map((i) => (i as PostItem)._qingyue.paragraphs) : [e]));
    const bridge = [["江城大桥今天上午正式通车，市民可以步行上桥参观。"]];
    const utf8 = Buffer.from(new TextDecoder("gbk").decode(gbk), "utf8");
    expect(paragraphs(await fromBytes(utf8))).toEqual(bridge);
    const undeclared = Buffer.from(gbk.toString("latin1").replace(' encoding="gb2312"', ""), "latin1");
    expect(paragraphs(await fromBytes(undeclared))).toEqual(bridge);
    // A character cut in half (a lead byte with no trail) inside the channel's title.
    const cut = Buffer.from(gbk.toString("latin1").replace("</title>", "\xb4</title>"), "latin1");
    const events = await fromBytes(cut);
    expect(paragraphs(events)).toEqual(bridge);
    expect(events[0]!.ok && events[0]!.notes).toEqual(["有 1 处字节不属于 gb18030 编码，读作 �，其余照常读取"]);
  });

  it("an RSS 2.0 entry keeps its enclosures, its inline picture and its numbered list; a short entry is a post", async () => {
    const [episode, notice] = await items("rss2-enclosures.xml");
    const a = episode as ArticleItem;
    expect(a._qingyue.kind).toBe("article");
    expect(a.authors).toEqual([{ name: "林主播" }]);
    expect(a.tags).toEqual(["播客"]);
    expect(a.language).toBe("zh-cn");
    expect(a.attachments).toEqual([
      { url: "https://radio.example.org/audio/12.mp3", mime_type: "audio/mpeg", size_in_bytes: 23456789 },
      { url: "https://radio.example.org/img/12.jpg", mime_type: "image/jpeg", _qingyue: { alt: "早点铺" } },
    ]);
    expect(a._qingyue.sections[0]!.paragraphs).toContain("2. 李家油条");
    expect(a.summary).toBe("老街的早晨，从一碗豆浆开始。");
    expect(notice).toMatchObject({ title: "下周停更一期", attachments: [{ url: "https://radio.example.org/img/notice.png", mime_type: "image/png", size_in_bytes: 4567 }] });
    expect(notice!._qingyue.kind).toBe("post");
  });

  it("Media RSS pictures become attachments with their sizes; a zoneless Chinese date is China time", async () => {
    const [post] = (await items("media-rss.xml")) as PostItem[];
    expect(post).toMatchObject({ date_published: "2024-01-07T08:30:00+08:00", image: "https://pics.example.org/1a-small.jpg" });
    expect(post!.attachments).toEqual([
      { url: "https://pics.example.org/1a.jpg", mime_type: "image/jpeg", _qingyue: { width: 1600, height: 1067 } },
      { url: "https://pics.example.org/1b.jpg", mime_type: "image/jpeg" },
    ]);
  });

  it("reads RSS 0.91, RSS 1.0 (RDF), Atom 0.3 and JSON Feed 1", async () => {
    const read = async (name: string) => (await items(name))[0] as PostItem;
    expect(await read("rss091.xml")).toMatchObject({ title: "图书馆周末延长开放", external_url: "http://old.example.org/1" });
    expect(await read("rdf.xml")).toMatchObject({ title: "新一期期刊上线", date_published: "2024-03-01T09:00:00+08:00", authors: [{ name: "编辑部" }] });
    expect(await read("atom03.xml")).toMatchObject({ title: "搬家了", date_published: "2005-03-01T09:00:00+08:00", authors: [{ name: "老周" }] });
    expect(await read("jsonfeed1.json")).toMatchObject({ authors: [{ name: "站长" }], _qingyue: { paragraphs: ["第一条短消息"] } });
  });

  it("an RSSHub Weibo feed comes back as Weibo posts: pictures with sizes, topics, the repost in its blockquote, a deleted original, a video", async () => {
    const posts = (await items("rsshub-weibo.xml")) as PostItem[];
    expect(posts.map((p) => p.id)).toEqual(["wb-4388226102422350", "wb-4388226732664585", "wb-4388227993149055", "wb-4388229253633525"]);
    const [pictures, repost, deleted, video] = posts;
    expect(pictures!._qingyue.paragraphs).toEqual(["#城市观鸟# 今天的白鹭[心]", "拍到了起飞的一刻"]);
    expect(pictures!._qingyue.topics).toEqual(["城市观鸟"]);
    expect(pictures!.attachments?.map((a) => [a.url, a._qingyue?.width, a._qingyue?.height])).toEqual([
      ["https://wx1.sinaimg.cn/large/0011aaaaly1grss0001.jpg", 1080, 720],
      ["https://wx1.sinaimg.cn/large/0011aaaaly1grss0002.jpg", 720, 1080],
    ]);
    expect(pictures!.authors?.[0]).toMatchObject({ name: "湖边观鸟", _qingyue: { id: "1700000001" } });
    expect(repost!._qingyue.paragraphs).toEqual(["说得太好了"]);
    expect(repost!._qingyue.repost).toMatchObject({
      authors: [{ name: "江城湿地公园", _qingyue: { id: "1700000003" } }],
      paragraphs: ["【湿地里的春天】今年的候鸟比去年多了三成", "#湿地保护#"],
      attachments: [{ url: "https://wx3.sinaimg.cn/large/0033ccccly1grss0003.jpg" }],
    });
    expect(deleted!._qingyue.repost).toEqual({ deleted: true });
    expect(video!.attachments).toEqual([{ url: "https://f.video.weibocdn.com/o0/rssvid.mp4?label=mp4_720p", mime_type: "video/mp4", _qingyue: { poster: "https://wx3.sinaimg.cn/orj480/0011aaaaly1grssposter.jpg" } }]);
    expect(video!._qingyue.paragraphs).toEqual(["白鹭起飞的瞬间"]);
  });

  it("an RSSHub Weibo user feed is the user's profile: avatar and bio for the posts' author record", async () => {
    const [event] = await read("rsshub-weibo.xml");
    expect(event!.ok && event!.profiles).toEqual([{
      name: "湖边观鸟", id: "1700000001", url: "https://weibo.com/u/1700000001",
      avatar: "https://tvax1.sinaimg.cn/crop.0.0.180.180.180/1700000001av.jpg", description: "在江城拍鸟十年",
    }]);
  });

  it("an RSSHub feed that puts the author's avatar and name before the text: a byline, not the post", async () => {
    const [post] = (await items("rsshub-weibo-keyword.xml")) as PostItem[];
    expect(post!._qingyue.paragraphs).toEqual(["#江城读书节# 开幕了"]);
    expect(post!.authors).toEqual([{ name: "江城读书会", url: "https://weibo.com/u/1700000020", avatar: "https://tvax3.sinaimg.cn/crop.0.0.180.180.180/1700000020av.jpg", _qingyue: { id: "1700000020" } }]);
    expect(post!.attachments?.map((a) => a.url)).toEqual(["https://wx1.sinaimg.cn/large/book1.jpg"]);
  });

  it("an RSSHub Weibo JSON Feed gives the same posts as its RSS", async () => {
    const fromJson = (await items("rsshub-weibo.json")) as PostItem[];
    const fromRss = (await items("rsshub-weibo.xml")) as PostItem[];
    expect(fromJson.map((p) => [p.id, p._qingyue.paragraphs, p.attachments])).toEqual(fromRss.slice(0, 2).map((p) => [p.id, p._qingyue.paragraphs, p.attachments]));
    expect(fromJson[0]!.authors?.[0]?.avatar).toBe("https://tvax1.sinaimg.cn/crop.0.0.180.180.180/1700000001av.jpg");
  });

  it("OPML reads each local feed it lists and names the web addresses it does not fetch", async () => {
    const events = await read("list.opml");
    expect(events.map((e) => (e.ok ? e.items.map((i) => i.title) : e.reason))).toEqual([
      ["第12期：老街的早晨", "下周停更一期"],
      "订阅列表里的网址暂不读取：只读本地文件",
    ]);
  });

  it("reads relative links as the feed means them: against the entry's link, xml:base or the feed's link", async () => {
    const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>博客</title><link>https://blog.example.cn/</link>
<item><title>相对链接</title><link>/posts/1.html</link>
<content:encoded><![CDATA[<p>见<a href="/about">关于</a>，<a href="#note">注</a>。</p><p>图 <img src="img/a.png" alt="图一"> 在此。</p>]]></content:encoded></item>
</channel></rss>`;
    const [post] = (await fromBytes(Buffer.from(rss))).flatMap((e) => (e.ok ? e.items : [])) as PostItem[];
    expect(post!.external_url).toBe("https://blog.example.cn/posts/1.html");
    expect(post!.content_html).toBe('<p>见<a href="https://blog.example.cn/about">关于</a>，<a href="#note">注</a>。</p><p>图 <img src="https://blog.example.cn/posts/img/a.png" alt="图一"> 在此。</p>');
    expect(post!.attachments).toEqual([{ url: "https://blog.example.cn/posts/img/a.png", mime_type: "image/png", _qingyue: { alt: "图一" } }]);

    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example.org/zh/"><title>新闻</title><id>tag:n</id><updated>2020-01-02T03:04:05Z</updated>
<entry><title>一条</title><id>tag:n:1</id><updated>2020-01-02T03:04:05Z</updated><link href="2020/first.html"/>
<content type="html">&lt;p&gt;正文&lt;a href="../more.html"&gt;更多&lt;/a&gt;&lt;/p&gt;</content></entry></feed>`;
    const [entry] = (await fromBytes(Buffer.from(atom))).flatMap((e) => (e.ok ? e.items : []));
    expect(entry!.external_url).toBe("https://news.example.org/zh/2020/first.html");
    expect(entry!.content_html).toBe('<p>正文<a href="https://news.example.org/zh/more.html">更多</a></p>');
  });

  it("keeps nothing in an entry's HTML that runs code: scripts, handlers, javascript: links, frames", async () => {
    const rss = `<rss version="2.0"><channel><title>t</title><link>https://e.example/</link><item><title>坏</title><link>https://e.example/1</link>
<description><![CDATA[<p onclick="alert(1)">一<a href="javascript:alert(1)">二</a><img src="x.png" onerror="alert(1)"></p><script>alert(1)</script><iframe src="https://evil.example/"></iframe><a href=" JaVaScRiPt:alert(1)">三</a>]]></description></item></channel></rss>`;
    const [post] = (await fromBytes(Buffer.from(rss))).flatMap((e) => (e.ok ? e.items : []));
    expect(post!.content_html).toBe('<p>一<a>二</a><img src="https://e.example/x.png"></p><a>三</a>');
  });

  it("a title written as HTML reads as text; an Atom text title and a JSON Feed title stay as written", async () => {
    const rss = `<rss version="2.0"><channel><title><![CDATA[站 &amp; 台]]></title><link>https://e.example/</link>
<item><title><![CDATA[你好 &amp; <i>世界</i>]]></title><link>https://e.example/1</link><description>正文</description></item>
<item><title>A &lt; B</title><link>https://e.example/2</link><description>正文</description></item></channel></rss>`;
    const titles = (await fromBytes(Buffer.from(rss))).flatMap((e) => (e.ok ? e.items : [])).map((i) => i.title);
    expect(titles).toEqual(["你好 & 世界", "A < B"]);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>tag:t</id><updated>2020-01-02T03:04:05Z</updated>
<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">粗 <b>体</b></div></title><id>tag:t:1</id><updated>2020-01-02T03:04:05Z</updated><content>一</content></entry>
<entry><title type="text">&lt;b&gt; 是标签</title><id>tag:t:2</id><updated>2020-01-02T03:04:05Z</updated><content>二</content></entry></feed>`;
    const atomTitles = (await fromBytes(Buffer.from(atom))).flatMap((e) => (e.ok ? e.items : [])).map((i) => i.title);
    expect(atomTitles).toEqual(["粗 体", "<b> 是标签"]);
  });

  it("a podcast episode with only iTunes fields: its summary is its text, its author is the episode's", async () => {
    const rss = `<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>播客</title><link>https://pod.example/</link>
<item><title>第一期</title><guid>ep1</guid><enclosure url="https://pod.example/ep1.mp3" length="12345" type="audio/mpeg"/>
<itunes:author>主播甲</itunes:author><itunes:summary>本期聊聊读书。</itunes:summary></item></channel></rss>`;
    const [post] = (await fromBytes(Buffer.from(rss))).flatMap((e) => (e.ok ? e.items : []));
    expect(post).toMatchObject({ title: "第一期", content_text: "本期聊聊读书。", authors: [{ name: "主播甲" }] });
  });

  it("an Atom feed and an RSS 1.0 feed cut off keep their whole entries; one cut after a whole entry says where", async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>博客</title><id>tag:b</id><updated>2024-01-02T03:04:05Z</updated>
<entry><title>第一篇</title><id>tag:b:1</id><link href="https://b.example/1"/><updated>2024-01-01T08:00:00+08:00</updated><content type="html">&lt;p&gt;第一篇的正文。&lt;/p&gt;</content></entry>
<entry><title>第二篇</title><id>tag:b:2</id><link href="https://b.example/2"/><updated>2024-01-02T08:00:00+08:00</updated><content type="html"><![CDATA[<p>第二篇的正文。</p>]]></content></entry>
<entry><title>第三篇</title><id>tag:b:3</id><content type="html"><![CDATA[<p>写到一半`;
    const atomEvents = await fromBytes(Buffer.from(atom));
    expect(atomEvents.flatMap((e) => (e.ok ? e.items : [])).map((i) => [i.title, i.external_url, i.content_text])).toEqual([
      ["第一篇", "https://b.example/1", "第一篇的正文。"],
      ["第二篇", "https://b.example/2", "第二篇的正文。"],
    ]);
    expect(leftOut(atomEvents)).toEqual(["订阅源不完整：文件在最后一个条目中间被截断，这一条没有收入；前 2 条已收入"]);

    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://r.example/"><title>日报</title><link>https://r.example/</link><description>日报</description></channel>
<item rdf:about="https://r.example/1"><title>一条新闻</title><link>https://r.example/1</link><description>新闻的正文。</description><dc:date>2024-05-17T08:03:00+08:00</dc:date></item>
`;
    const rdfEvents = await fromBytes(Buffer.from(rdf));
    expect(rdfEvents.flatMap((e) => (e.ok ? e.items : [])).map((i) => [i.title, i.date_published])).toEqual([["一条新闻", "2024-05-17T08:03:00+08:00"]]);
    expect(leftOut(rdfEvents)).toEqual(["订阅源不完整：文件在最后一个条目之后被截断；前 1 条已收入"]);
  });

  it("a JSON Feed cut off in its items keeps its whole items and says where it was cut; a string holding braces does not fool it", async () => {
    const feed = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "日志",
      home_page_url: "https://j.example/",
      items: [
        { id: "1", url: "https://j.example/1", title: "第一篇", content_text: "括号 {[\"」 不算数。", date_published: "2024-05-17T08:03:00+08:00" },
        { id: "2", url: "https://j.example/2", title: "第二篇", content_text: "第二篇的正文。" },
        { id: "3", url: "https://j.example/3", title: "第三篇", content_text: "写到一半的正文" },
      ],
    });
    const cut = await fromBytes(Buffer.from(feed.slice(0, feed.indexOf("写到一半"))));
    expect(cut.flatMap((e) => (e.ok ? e.items : [])).map((i) => [i.title, i.content_text])).toEqual([
      ["第一篇", '括号 {["」 不算数。'],
      ["第二篇", "第二篇的正文。"],
    ]);
    expect(leftOut(cut)).toEqual(["订阅源不完整：文件在最后一个条目中间被截断，这一条没有收入；前 2 条已收入"]);
    // Read as the JSON data file it is named as, too.
    const asJson: DataEvent[] = [];
    for await (const event of dataEvents("feed.json", Buffer.from(feed.slice(0, feed.indexOf(',{"id":"3"'))), "json", { baseUrl: "" })) asJson.push(dataOnly(event));
    expect(asJson.flatMap((e) => (e.ok ? e.items : [])).map((i) => i.title)).toEqual(["第一篇", "第二篇"]);
    expect(leftOut(asJson)).toEqual(["订阅源不完整：文件在最后一个条目之后被截断；前 2 条已收入"]);
  });

  it("a feed whose XML is broken inside one entry keeps every other entry and names the broken one by its place", async () => {
    const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>坏了一条</title><link>https://b.example.cn/</link><description>d</description>
<item><title>第一条</title><link>https://b.example.cn/1</link><description>正文一。</description></item>
<item><title>第二条</title><link>https://b.example.cn/2</link><description>正文二。</descriptoin></item>
<item><title>第三条</title><link>https://b.example.cn/3</link><description>正文三。</description><pubDate>Mon, 06 Sep 2021 16:45:00 +0800</pubDate></item>
</channel></rss>`;
    const events = await fromBytes(Buffer.from(rss));
    expect(events.flatMap((e) => (e.ok ? e.items : [])).map((i) => [i.title, i.external_url, i.date_published])).toEqual([
      ["第一条", "https://b.example.cn/1", undefined],
      ["第三条", "https://b.example.cn/3", "2021-09-06T16:45:00+08:00"],
    ]);
    expect(leftOut(events)).toEqual(["订阅源有 1 个条目的 XML 格式有误（第 2 个），没有收入；其余 2 条已收入"]);
    // Broken in many, it says which come first.
    const many = rss.replace("</channel>", `${Array.from({ length: 11 }, (_, i) => `<item><title>坏${i}</titel></item>`).join("")}</channel>`);
    expect(leftOut(await fromBytes(Buffer.from(many)))).toEqual(["订阅源有 12 个条目的 XML 格式有误（第 2、4、5、6、7、8、9、10、11、12 个等），没有收入；其余 2 条已收入"]);
    // Broken in the feed's own part, it is refused as before.
    const head = await fromBytes(Buffer.from(rss.replace("<title>坏了一条</title>", "<title>坏了一条</titel>")));
    expect(head).toEqual([{ ok: false, name: "feed.xml", reason: "XML 格式有误，读不出 RSS、Atom 或 RDF 订阅源" }]);
  });

  it("a feed cut off mid-entry keeps its whole entries, not the one cut through, and says so; one with no whole entry is refused", async () => {
    const events = await read("truncated.xml");
    expect(events.flatMap((e) => (e.ok ? e.items : [])).map((i) => [i.title, i.date_published])).toEqual([["第11期：老街的早晨", "2024-03-05T07:30:00+08:00"]]);
    expect(leftOut(events)).toEqual(["订阅源不完整：文件在最后一个条目中间被截断，这一条没有收入；前 1 条已收入"]);
    const whole = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a</title><link>https://e.org/1</link></item></channel></rss>`;
    expect(closesRoot(whole)).toBe(true);
    expect(readFeedText(whole.slice(0, whole.indexOf("<link>")))).toEqual({ reason: "订阅源不完整：根元素没有闭合（文件可能被截断）" });
    expect(readFeedText('{"version": "https://jsonfeed.org/version/1.1", "items": [')).toEqual({ reason: "JSON 不完整或格式有误（文件可能被截断）" });
  });
});
