// @vitest-environment node
import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText } from "./html-text";

describe("htmlToText", () => {
  it("leaves plain text alone, even with angle brackets and ampersands in it", () => {
    const text = "《人民日报》评论：a<b 且 c>d，R&D 投入 &amp; 产出\n第二段";
    expect(htmlToText(text)).toBe(text);
  });

  it("puts block elements and line breaks on lines of their own and drops other tags", () => {
    expect(htmlToText("<p>第一段<b>加粗</b></p><p>第二段<br>第三行</p>").split("\n").filter(Boolean)).toEqual(["第一段加粗", "第二段", "第三行"]);
  });

  it("drops scripts, styles and comments with what is inside them", () => {
    expect(htmlToText("<div>正文<script>alert(1)</script><style>p{}</style><!-- 注释 --></div>").trim()).toBe("正文");
  });

  it("reads Weibo markup: emoticon images as their [code], topic and mention links as text, short links as URLs", () => {
    const html =
      '<div><img alt="[吃瓜]" src="x.png"><img alt="风景照" src="y.jpg"><a href="/search?q=1"><span class="surl-text">#话题#</span></a>' +
      '<a href="/n/某人">@某人</a><a data-url="http://t.cn/abc" href="https://weibo.com/x"><span class="surl-text">网页链接</span></a>' +
      '<a href="https://example.org/doc">通知全文</a></div>';
    expect(htmlToText(html).trim()).toBe("[吃瓜]#话题#@某人 http://t.cn/abc 通知全文");
  });

  it("never turns a javascript: link into text that looks like a link", () => {
    expect(htmlToText('<p><a href="javascript:alert(1)"><span class="surl-text">网页链接</span></a></p>').trim()).toBe("网页链接");
  });
});

describe("decodeEntities", () => {
  it("decodes named and numeric entities, and leaves unknown or impossible ones as written", () => {
    expect(decodeEntities("&ldquo;你好&rdquo;&nbsp;&#26085;&#x1F600;&amp;&bogus;&#0;&#xD800;&#x110000;")).toBe(
      "“你好”\u00a0日😀&&bogus;&#0;&#xD800;&#x110000;",
    );
  });
});

it("keeps a text scrape's own lines when a stray tag is in it", () => {
  expect(htmlToText("第一段<span>。</span>\n第二段\n第三段").split("\n")).toEqual(["第一段。", "第二段", "第三段"]);
});
