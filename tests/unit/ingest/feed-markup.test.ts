// @vitest-environment node
// Entry bodies as publishers' tools write them, as a reader gets them: HTML escaped twice,
// HTML entities XML does not define, CDATA, a bare ampersand.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Item } from "../../../src/content/feed-schema";
import { dataEvents } from "../../../src/ingest/data-files";
import { readInputs } from "../../../src/ingest/inputs";

const dir = mkdtempSync(join(tmpdir(), "qingyue-feed-markup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function itemsOf(xml: string): Promise<Item[]> {
  const found: Item[] = [];
  for await (const event of dataEvents("feed.xml", new TextEncoder().encode(xml), "feed", { baseUrl: "" })) if (event.ok && "items" in event) found.push(...event.items);
  return found;
}

const rss = (items: string) => `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title><link>https://m.example.cn/</link>${items}</channel></rss>`;

describe("feed markup", () => {
  it("a body escaped twice reads as its HTML, not as tags; a post that names a tag keeps it as words", async () => {
    const [twice, code] = await itemsOf(
      rss(`<item><title>转义两次</title><link>https://m.example.cn/1</link><description>&amp;lt;p&amp;gt;第一段。&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;第二段。&amp;lt;/p&amp;gt;</description></item>
<item><title>排版</title><link>https://m.example.cn/2</link><description>用 &amp;lt;div&amp;gt; 排版。</description></item>`),
    );
    expect(twice).toMatchObject({ content_text: "第一段。\n\n第二段。", content_html: "<p>第一段。</p><p>第二段。</p>" });
    expect(code?.content_text).toBe("用 <div> 排版。");
  });

  it("a '<' that opens no tag and control characters written raw cost nothing: every entry reads, without them", async () => {
    const items = await itemsOf(
      rss(`<item><title>当 a < b 时</title><link>https://m.example.cn/1</link><description>1<2，<![CDATA[<b>x < y</b>]]></description></item>
<!-- 注释里的 < 不动 -->
<item><title>第二\u001a条</title><link>https://m.example.cn/2</link><description>正文\u0008内容</description></item>`),
    );
    expect(items.map((i) => [i.title, i.content_text])).toEqual([
      ["当 a < b 时", "1<2，x < y"],
      ["第二条", "正文内容"],
    ]);
  });

  it("control characters written as character references are dropped too (vertical tabs and form feeds read as spaces); a tab's and an emoji's stay", async () => {
    const [item] = await itemsOf(rss(`<item><title>第&#x1;二&#27;条&#x1F600;</title><link>https://m.example.cn/2</link><description>正文&#8;内容&#x0B;续&#9;完</description></item>`));
    expect([item!.title, item!.content_text]).toEqual(["第二条😀", "正文内容 续 完"]);
  });

  it("a body pasted from Word (<?xml:namespace …?>) or a whole HTML document reads; the document's header and footer are not its story", async () => {
    const items = await itemsOf(
      rss(`<item><title>从 Word 粘贴</title><link>https://m.example.cn/w</link><description><![CDATA[<p>第一段。<?xml:namespace prefix = o ns="urn:schemas-microsoft-com:office:office" /><o:p></o:p></p><p>第二段。</p>]]></description></item>
<item><title>新桥通车</title><link>https://m.example.cn/b</link><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>新桥通车</title></head><body><article>
<header><h1>新桥通车</h1><h2>跨江大桥建成</h2><time class="op-published" datetime="2023-01-10T08:00:00Z">1月10日</time><address><a>记者 王某</a></address>
<figure><img src="https://m.example.cn/bridge.jpg"/><figcaption>清晨的新桥。</figcaption></figure></header>
<p>大桥周一通车。</p><p>首日数千人步行过桥。</p>
<footer><small>© 2023 某报</small></footer></article></body></html>]]></content:encoded></item>`),
    );
    expect(items.map((i) => i.content_text)).toEqual(["第一段。\n\n第二段。", "大桥周一通车。\n\n首日数千人步行过桥。"]);
    expect(items[1]?.attachments?.map((a) => a.url)).toEqual(["https://m.example.cn/bridge.jpg"]);
  });

  it("a feed with a server's warning printed before its declaration is read as the feed, whatever the file is called", async () => {
    const feed = rss(`<item><title>警告之后</title><link>https://m.example.cn/w</link><description>正文。</description></item>`);
    writeFileSync(join(dir, "feed.xml"), `<br />\n<b>Warning</b>:  Cannot modify header information in <b>/var/www/feed-rss2.php</b> on line <b>8</b><br />\n${feed}`);
    writeFileSync(join(dir, "feed"), `\nDeprecated: Function create_function() is deprecated in /var/www/plugin.php on line 3\n${feed}`);
    const titles: (string | undefined)[] = [];
    for await (const event of readInputs([join(dir, "feed.xml"), join(dir, "feed")])) {
      expect(event.ok && "items" in event).toBe(true);
      if (event.ok && "items" in event) titles.push(...event.items.map((i) => i.title));
    }
    expect(titles).toEqual(["警告之后", "警告之后"]);
  });

  it("a feed whose doctype defines its entities is read whole, whatever the file is called", async () => {
    const feed = `<?xml version="1.0" encoding="utf-8"?>
<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>
<!DOCTYPE rss [
<!ENTITY nbsp "&#160;">
<!ENTITY mdash "&#8212;">
]>
${rss(`<item><title>定义了&mdash;实体</title><link>https://m.example.cn/d</link><description>正文。</description></item>`)}`;
    writeFileSync(join(dir, "doctype.xml"), feed);
    writeFileSync(join(dir, "doctype"), feed);
    const titles: (string | undefined)[] = [];
    for await (const event of readInputs([join(dir, "doctype.xml"), join(dir, "doctype")])) {
      expect(event.ok && "items" in event).toBe(true);
      if (event.ok && "items" in event) titles.push(...event.items.map((i) => i.title));
    }
    expect(titles).toEqual(["定义了—实体", "定义了—实体"]);
  });

  it("the line an SEO plugin ends every entry with is not the story's", async () => {
    const items = await itemsOf(
      rss(`<item><title>春游</title><link>https://m.example.cn/s</link><description><![CDATA[<p>去了西湖。</p>
<p>文章<a rel="nofollow" href="https://m.example.cn/s">春游</a>最先出现在<a rel="nofollow" href="https://m.example.cn">某博客</a>。</p>]]></description></item>
<item><title>Spring</title><link>https://m.example.cn/e</link><description><![CDATA[<p>We went to the lake.</p>
<p>The post <a rel="nofollow" href="https://m.example.cn/e">Spring</a> appeared first on <a rel="nofollow" href="https://m.example.cn">A Blog</a>.</p>]]></description></item>`),
    );
    expect(items.map((i) => i.content_text)).toEqual(["去了西湖。", "We went to the lake."]);
  });

  it("an Atom text title escaped once too often shows its characters, not their references; its tags stay words", async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Tom&amp;#39;s Blog</title><id>tag:a</id><updated>2023-01-01T00:00:00Z</updated>
<entry><title type="text">It&amp;#8217;s here &amp;amp; now</title><id>tag:a:1</id><updated>2023-01-01T00:00:00Z</updated><content>一</content></entry>
<entry><title>&lt;b&gt; 是标签</title><id>tag:a:2</id><updated>2023-01-01T00:00:00Z</updated><content>二</content></entry></feed>`;
    const items = await itemsOf(atom);
    expect(items.map((i) => i.title)).toEqual(["It’s here & now", "<b> 是标签"]);
  });

  it("an author's name and a tag a feed escaped as HTML read as their characters", async () => {
    const [item] = await itemsOf(
      rss(`<item><title>一</title><guid>1</guid><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/"><![CDATA[汤姆 &amp; 杰瑞]]></dc:creator>
<category><![CDATA[美食 &amp; 饮品]]></category><category>新闻 &amp;amp; 观点</category><description>正文</description></item>`),
    );
    expect(item).toMatchObject({ authors: [{ name: "汤姆 & 杰瑞" }], tags: ["美食 & 饮品", "新闻 & 观点"] });
  });

  it("Atom content typed text/plain is words, not HTML: its '<b>' shows and its lines stay lines", async () => {
    const [item] = await itemsOf(`<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>tag:p</id><updated>2023-01-01T00:00:00Z</updated>
<entry><title>纯文本</title><id>tag:p:1</id><updated>2023-01-01T00:00:00Z</updated><content type="text/plain">用 &lt;b&gt; 加粗
第二行</content></entry></feed>`);
    expect(item?.content_text).toBe("用 <b> 加粗\n\n第二行");
  });

  it("an HTML page saved under a feed's name is read as a page; XML of another kind is named for what it is", async () => {
    writeFileSync(join(dir, "home.rss"), "<!DOCTYPE html><html><head><title>首页</title></head><body><p>这不是订阅源。</p></body></html>");
    writeFileSync(join(dir, "sitemap.xml"), '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://m.example.cn/1</loc></url></urlset>');
    const events = [];
    for await (const event of readInputs([join(dir, "home.rss"), join(dir, "sitemap.xml")])) events.push(event);
    expect(events[0]).toMatchObject({ ok: true, kind: "html" });
    expect(events[1]).toEqual({ ok: false, name: join(dir, "sitemap.xml"), reason: "不是订阅源：XML 的根元素是 <urlset>，不是 RSS、Atom 或 RDF" });
  });

  it("a plain-text description in blocks parted by blank lines is that many paragraphs; a wrapped line stays one", async () => {
    const items = await itemsOf(
      rss(`<item><title>纯文本</title><link>https://m.example.cn/p</link><description>第一段。

第二段第一行，
接着第二行。

第三段。</description></item>
<item><title>Wrapped</title><link>https://m.example.cn/w2</link><description>
      A description the generator
      wrapped across lines.
    </description></item>`),
    );
    expect(items.map((i) => (i._qingyue.kind === "post" ? i._qingyue.paragraphs : []))).toEqual([
      ["第一段。", "第二段第一行， 接着第二行。", "第三段。"],
      ["A description the generator wrapped across lines."],
    ]);
  });

  it("Atom 0.3 content in base64 (mode=\"base64\") reads as the HTML it encodes, not as its code", async () => {
    const [item] = await itemsOf(`<?xml version="1.0" encoding="utf-8"?><feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>旧 Atom</title><link rel="alternate" type="text/html" href="https://o.example.cn/"/><modified>2004-01-01T00:00:00Z</modified>
<entry><title>编码的正文</title><link rel="alternate" type="text/html" href="https://o.example.cn/1"/><id>tag:o:1</id><issued>2004-01-01T08:00:00+08:00</issued>
<content type="text/html" mode="base64">PHA+56ys5LiA5q6177yMPGI+5Yqg57KXPC9iPuOA
gjwvcD48cD5BICZhbXA7IEI8L3A+</content></entry></feed>`);
    expect(item).toMatchObject({ title: "编码的正文", content_text: "第一段，加粗。\n\nA & B", content_html: "<p>第一段，<b>加粗</b>。</p><p>A &amp; B</p>" });
  });

  it("a plain-text Chinese description parted by single line breaks after its sentences is that many paragraphs", async () => {
    const [item] = await itemsOf(
      rss(`<item><title>地铁新线开通</title><link>https://m.example.cn/s</link><description>记者从市交通运输局获悉，地铁五号线今天开通。
全线共设车站二十个，
换乘站六个。
市民说：“终于等到了！”
  下一条线路明年开工……
</description></item>`),
    );
    expect(item!.content_text?.split("\n\n")).toEqual([
      "记者从市交通运输局获悉，地铁五号线今天开通。",
      "全线共设车站二十个， 换乘站六个。",
      "市民说：“终于等到了！”",
      "下一条线路明年开工……",
    ]);
  });

  it("a picture offered at several sizes is shown as the widest its srcset names, or the full-size copy it links to", async () => {
    const [item] = await itemsOf(
      rss(`<item><title>海边</title><link>https://m.example.cn/1</link><description><![CDATA[<p>退潮后的海滩。</p><p><img src="https://m.example.cn/coast-300x200.jpg" srcset="https://m.example.cn/coast-300x200.jpg 300w, https://m.example.cn/coast-1024x683.jpg 1024w"></p><p>港口的渔船。</p><p><a href="https://m.example.cn/s1600/boats.jpg"><img src="https://m.example.cn/s320/boats.jpg"></a></p>]]></description></item>`),
    );
    expect(item?.attachments?.map((a) => a.url)).toEqual(["https://m.example.cn/coast-1024x683.jpg", "https://m.example.cn/s1600/boats.jpg"]);
  });
});
