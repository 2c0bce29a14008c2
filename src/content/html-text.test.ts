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
  it("decodes named and numeric entities, leaves unknown ones as written, and reads impossible ones as a browser does", () => {
    expect(decodeEntities("&ldquo;你好&rdquo;&nbsp;&#26085;&#x1F600;&amp;&bogus;&#0;&#xD800;&#x110000;")).toBe(
      "“你好”\u00a0日😀&&bogus;\ufffd\ufffd\ufffd",
    );
  });

  it("knows the whole HTML entity table", () => {
    expect(decodeEntities("&yen;100 &laquo;书名&raquo; &euro;&sect;&deg;&frac12;&hearts;&larr;&rarr;&there4;")).toBe("¥100 «书名» €§°½♥←→∴");
  });
});

describe("htmlToText reads HTML as a parser does", () => {
  it("keeps a > inside a quoted attribute out of the text", () => {
    expect(htmlToText('<p><a title="1 > 0" href="https://example.org/x">正文</a></p>').trim()).toBe("正文");
    expect(htmlToText("<p><img alt='a > b' src=x.png>图后</p>").trim()).toBe("图后");
    expect(htmlToText('<div data-x="<p>">文字</div>').trim()).toBe("文字");
  });

  it("decodes every named entity in text and attributes", () => {
    expect(htmlToText("<p>&yen;12 &laquo;人民日报&raquo; &hellip;</p>").trim()).toBe("¥12 «人民日报» …");
    expect(htmlToText('<p><img alt="&#91;&#21507;&#29916;&#93;" src="x.png"></p>').trim()).toBe("[吃瓜]");
  });

  it("reads an emoticon named by its title alone, as weibo.com's older pages write it", () => {
    expect(htmlToText('<p>看<img src="https://face.t.sinajs.cn/t4/appstyle/expression/ext/normal/a1/doge.png" title="[doge]" type="face" />好</p>').trim()).toBe("看[doge]好");
    expect(htmlToText('<p>图<img src="y.jpg" title="江边的风景" />后</p>').trim()).toBe("图后");
  });

  it("drops a script whose text contains what looks like its end tag, and unclosed comments", () => {
    expect(htmlToText('<div>前<script>var s = "<\\/script>"; if (a < b) {}</script>后</div>').trim()).toBe("前后");
    expect(htmlToText("<p>正文</p><!-- <p>注释里的段落</p> -->").trim()).toBe("正文");
  });
});

it("keeps a text scrape's own lines when a stray tag is in it", () => {
  expect(htmlToText("第一段<span>。</span>\n第二段\n第三段").split("\n")).toEqual(["第一段。", "第二段", "第三段"]);
});
