// @vitest-environment node
// Entry bodies as newsletter and blog platforms write them: what the reader sees of the story
// is the story, without the platform's buttons, subscription boxes, or the title said twice.
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

const rss = (item: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>走路的信</title><link>https://letter.example.com</link><description>每周一信</description>
<item>${item}</item></channel></rss>`;

describe("feed platforms", () => {
  it("a newsletter's subscribe and comment buttons and its subscription box are not the story's words", async () => {
    const [letter] = await itemsOf(
      rss(`<title><![CDATA[第 12 封：走路]]></title><link>https://letter.example.com/p/letter-12</link><dc:creator><![CDATA[周一]]></dc:creator><pubDate>Sun, 05 Mar 2023 12:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>我每天都走路，走路让脑子清醒。</p><p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" href="https://letter.example.com/subscribe?"><span>Subscribe now</span></a></p>
<h3>学到了什么</h3><p>走路是用脚思考。</p><p>下雨天也照样走。</p>
<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading 走路的信! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div>
<p class="button-wrapper"><a class="button primary" href="https://letter.example.com/p/letter-12/comments"><span>Leave a comment</span></a></p>]]></content:encoded>`),
    );
    const a = letter as ArticleItem;
    expect(a._qingyue.sections).toEqual([
      { paragraphs: ["我每天都走路，走路让脑子清醒。"] },
      { heading: "学到了什么", paragraphs: ["走路是用脚思考。", "下雨天也照样走。"] },
    ]);
    expect(a.content_html).not.toMatch(/Subscribe|Leave a comment|Thanks for reading/u);
    expect(a.content_html).toContain("<p>走路是用脚思考。</p>");
  });

  it("a blog's share buttons and related posts under the story are left out", async () => {
    const [post] = await itemsOf(
      rss(`<title>春天的鸟</title><link>https://letter.example.com/birds</link><content:encoded><![CDATA[<p>今早看见了三只白头鹎。</p><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a href="https://letter.example.com/birds?share=twitter" class="share-twitter sd-button" target="_blank"><span>Twitter</span></a></li><li class="share-facebook"><a href="https://letter.example.com/birds?share=facebook"><span>Facebook</span></a></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Related</em></h3></div>]]></content:encoded>`),
    );
    expect(post).toMatchObject({ title: "春天的鸟", content_text: "今早看见了三只白头鹎。" });
    expect(post!.content_html).not.toMatch(/Share this|Twitter|Related/u);
  });

  it("a body that opens with the title as its heading shows the title once", async () => {
    const [story] = await itemsOf(
      rss(`<title><![CDATA[关于写作]]></title><link>https://medium.example.com/@ann/writing-1234</link><dc:creator><![CDATA[安]]></dc:creator>
<content:encoded><![CDATA[<h3>关于写作</h3><figure><img alt="" src="https://cdn.example.com/max/1024/pic.jpeg" /><figcaption>书桌</figcaption></figure><p>写作很难。</p><p>但会越写越容易。</p><h4>每天写一点</h4><p>哪怕只有一句。</p>]]></content:encoded>`),
    );
    const a = story as ArticleItem;
    expect(a.title).toBe("关于写作");
    expect(a._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "每天写一点"]);
    expect(a._qingyue.sections[0]).toMatchObject({ paragraphs: ["写作很难。", "但会越写越容易。"], figures: [{ before: 0, url: "https://cdn.example.com/max/1024/pic.jpeg", caption: "书桌" }] });
    expect(a.content_html).not.toContain("<h3>");
    expect(a.content_html).toContain("<h4>每天写一点</h4>");
  });
  it("a forum's 'submitted by … [link] [comments]' line is left out; a link post keeps the link it shares", async () => {
    const entry = (id: string, title: string, body: string) =>
      `<entry><author><name>/u/writer</name><uri>https://www.reddit.com/user/writer</uri></author><content type="html">${body}</content><id>t3_${id}</id><link href="https://www.reddit.com/r/programming/comments/${id}/x/" /><updated>2023-02-01T09:00:00+00:00</updated><title>${title}</title></entry>`;
    const trailer = (link: string, id: string) =>
      ` &amp;#32; submitted by &amp;#32; &lt;a href=&quot;https://www.reddit.com/user/writer&quot;&gt; /u/writer &lt;/a&gt; &lt;br/&gt; &lt;span&gt;&lt;a href=&quot;${link}&quot;&gt;[link]&lt;/a&gt;&lt;/span&gt; &amp;#32; &lt;span&gt;&lt;a href=&quot;https://www.reddit.com/r/programming/comments/${id}/x/&quot;&gt;[comments]&lt;/a&gt;&lt;/span&gt;`;
    const [self, shared] = await itemsOf(`<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>/r/programming/.rss</id><title>programming</title><link rel="alternate" href="https://www.reddit.com/r/programming/"/>
${entry("def", "What next?", `&lt;!-- SC_OFF --&gt;&lt;div class=&quot;md&quot;&gt;&lt;p&gt;I have been learning Rust for a month.&lt;/p&gt; &lt;p&gt;What should I build next?&lt;/p&gt;&lt;/div&gt;&lt;!-- SC_ON --&gt;${trailer("https://www.reddit.com/r/programming/comments/def/x/", "def")}`)}
${entry("abc", "A good read", `&lt;table&gt; &lt;tr&gt;&lt;td&gt;${trailer("https://blog.example.com/good-read", "abc")} &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;`)}
</feed>`);
    expect(self).toMatchObject({ title: "What next?", content_text: "I have been learning Rust for a month.\n\nWhat should I build next?", authors: [{ name: "/u/writer" }] });
    expect(shared).toMatchObject({ title: "A good read", content_text: "[link]" });
    expect(shared!.content_html).toContain('<a href="https://blog.example.com/good-read">[link]</a>');
    expect(shared!.content_html).not.toContain("submitted by");
  });
  it("a video embedded in a blog post is given as its link where it stood, not lost with its frame", async () => {
    const [post] = await itemsOf(
      rss(`<title>演讲视频</title><link>https://letter.example.com/talk</link><content:encoded><![CDATA[<p>这是那次演讲。</p><figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper"><iframe title="演讲" width="500" height="281" src="https://www.youtube.com/embed/abcDEF12345?feature=oembed" frameborder="0" allowfullscreen></iframe></div></figure><p>看完再聊。<iframe src="javascript:alert(1)"></iframe><iframe src="https://ads.example.com/frame"></iframe></p>]]></content:encoded>`),
    );
    expect(post).toMatchObject({ content_text: "这是那次演讲。\n\nhttps://www.youtube.com/watch?v=abcDEF12345\n\n看完再聊。" });
    expect(post!.content_html).toContain('<a href="https://www.youtube.com/watch?v=abcDEF12345">https://www.youtube.com/watch?v=abcDEF12345</a>');
    // A frame from anywhere but a video site is not the story's, and is dropped as before.
    expect(post!.content_html).not.toMatch(/iframe|javascript|ads\.example/u);
  });

  it("a bilibili upload's feed entry gives the video's page where its player stood", async () => {
    const [post] = await itemsOf(
      rss(`<title><![CDATA[航拍西湖｜春天来了]]></title><link>https://www.bilibili.com/video/BV1xx411c7mD</link><description><![CDATA[春天的西湖<br><br><iframe width="640" height="360" src="https://www.bilibili.com/blackboard/html5mobileplayer.html?aid=10001&bvid=BV1xx411c7mD&cid=2001" frameborder="0" allowfullscreen></iframe><br><iframe src="https://www.bilibili.com/read/cv1"></iframe>]]></description>`),
    );
    expect(post).toMatchObject({ content_text: "春天的西湖\n\nhttps://www.bilibili.com/video/BV1xx411c7mD" });
  });
});
