// @vitest-environment node
// What Chinese news pages print around a story in shapes of their own: a calendar box's date,
// a source set for search engines alone, a source before the editor's credit, a kicker over
// the headline, a platform account's name.
import { describe, expect, it } from "vitest";
import type { ArticleItem } from "../../../src/content/feed-schema";
import { readPage } from "../../../src/ingest/read-page";
import { paragraphs, HARVEST_STORY as STORY, htmlArticle as article } from "./helpers";

const ps = STORY.map((p) => `<p>${p}</p>`).join("\n");
const page = (head: string, foot = "") => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收</title></head><body>
<div class="article">${head}
<div class="content">${ps}</div>${foot}</div></body></html>`;

describe("a date printed as a calendar box", () => {
  it("reads the day set large beside its year and month", async () => {
    const item = await article(page(`<h1>青山县晚稻喜获丰收</h1><div class="date"><em>05</em><span>2021.03</span></div>`));
    expect(item.date_published).toBe("2021-03-05T00:00:00+08:00");
    expect(item._qingyue.date_precision).toBe("day");
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("reads the year and month set over the day in boxes named for them", async () => {
    const item = await article(page(`<h1>青山县晚稻喜获丰收</h1><div class="time"><span class="ym">2021-03</span><span class="day">05</span></div>`));
    expect(item.date_published).toBe("2021-03-05T00:00:00+08:00");
  });

  it("takes no date from a list whose items each have such a box", async () => {
    const list = ["03", "04"].map((d) => `<div class="item"><div class="date"><em>${d}</em><span>2021.02</span></div><a href="/n${d}.html">青山县其他新闻标题${d}</a></div>`).join("");
    const item = await article(page(`<h1>青山县晚稻喜获丰收</h1>`, `<div class="side">${list}</div>`));
    expect(item.date_published).toBeUndefined();
  });
});

describe("a source printed for search engines alone", () => {
  it("reads the source in the hidden span, and no other hidden text", async () => {
    const item = await article(
      page(
        `<h1>青山县晚稻喜获丰收</h1><div class="info"><span>2021-03-05 10:20</span><span id="source_baidu" style="display:none">来源：<a href="http://qsrb.example.cn/">青山日报</a></span><span style="display:none">内部备注不要显示</span></div>`,
        `<p style="display:none">这是一段隐藏的文字，不应出现在正文中。</p>`,
      ),
    );
    expect(item._qingyue.source).toBe("青山日报");
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("reads it from a span of that class too", async () => {
    const item = await article(page(`<h1>青山县晚稻喜获丰收</h1><div class="info">2021-03-05 10:20<span class="source_baidu" style="display: none;">青山日报</span></div>`));
    expect(item._qingyue.source).toBe("青山日报");
  });
});

describe("a source printed before the editor's credit under the story", () => {
  it("is the story's source, and the byline is the credit alone", async () => {
    const item = await article(page(`<h1>青山县晚稻喜获丰收</h1><div class="info">2021-03-05 10:20</div>`, `<div class="editor">本文来源：青山日报 责任编辑：王小明</div>`));
    expect(item._qingyue.source).toBe("青山日报");
    expect(item._qingyue.byline).toEqual({ text: "责任编辑：王小明", editors: ["王小明"] });
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("a kicker (引题) set over the headline", () => {
  it("is the story's summary, never its title nor a paragraph", async () => {
    const item = await article(page(`<div class="title-box"><p class="yinti">抢抓晴好天气 确保颗粒归仓</p><h1>青山县晚稻喜获丰收</h1><div class="info">2021-03-05 10:20 来源：青山日报</div></div>`));
    expect(item.title).toBe("青山县晚稻喜获丰收");
    expect(item.summary).toBe("抢抓晴好天气 确保颗粒归仓");
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("as a paper sets it, a smaller heading over the headline, with the subtitle under it", async () => {
    const item = await article(page(`<h3>抢抓晴好天气 确保颗粒归仓</h3><h1>青山县晚稻喜获丰收</h1><h2>全县预计增产百分之五以上</h2>`));
    expect(item.title).toBe("青山县晚稻喜获丰收");
    expect(item.summary).toBe("抢抓晴好天气 确保颗粒归仓");
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("gives way to a subtitle the page names, and an empty one is none", async () => {
    const named = await article(page(`<h3 class="pre">抢抓晴好天气 确保颗粒归仓</h3><h1>青山县晚稻喜获丰收</h1><h4 class="sub">全县预计增产百分之五以上</h4>`));
    expect(named.summary).toBe("全县预计增产百分之五以上");
    const empty = await article(page(`<h3 class="pre"></h3><h1>青山县晚稻喜获丰收</h1><h4 class="sub"></h4>`));
    expect(empty.summary).toBe(STORY[0]);
  });

  it("is not a channel's name or a breadcrumb over the headline", async () => {
    const item = await article(page(`<h2><a href="/">首页</a> &gt; <a href="/news/">青山新闻</a></h2><h1>青山县晚稻喜获丰收</h1>`));
    expect(item.summary).toBe(STORY[0]);
  });
});

describe("a platform account's post (头条号, 百家号)", () => {
  const toutiao = (meta: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收 - 今日头条</title></head><body>
<div class="article-content"><h1>青山县晚稻喜获丰收</h1>
<div class="article-meta"><span class="name"><a href="/c/user/token/MS4wLjABAAAA/">青山视界</a></span>${meta}<span class="time">2021-03-05 10:20</span></div>
<article class="syl-article-base">${ps}</article></div></body></html>`;

  it("names the account as the story's source, not as its writer", async () => {
    const item = await article(toutiao(""));
    expect(item._qingyue.source).toBe("青山视界");
    expect(item._qingyue.publisher).toBe("今日头条");
    expect(item.authors).toBeUndefined();
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("names the writer the page names, beside the account", async () => {
    const item = await article(toutiao(`<span class="author">作者：王小明</span>`));
    expect(item.authors).toEqual([{ name: "王小明" }]);
    expect(item._qingyue.source).toBe("青山视界");
  });

  it("reads Baijiahao's account by its avatar the same way", async () => {
    const item = await article(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收</title></head><body>
<div class="article-title"><h2>青山县晚稻喜获丰收</h2></div>
<div class="article-desc"><div class="author-icon"><img src="https://pic.example.com/avatar.jpeg"></div><div class="author-txt"><p class="author-name">青山视界</p>
<div class="article-source article-source-bjh"><span class="date">发布时间：21-03-05</span><span class="time">10:20</span><span class="account-authentication">优质三农领域创作者</span></div></div></div>
<div class="article-content">${ps}</div></body></html>`);
    expect(item._qingyue.source).toBe("青山视界");
    expect(item.authors).toBeUndefined();
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("a self-media account known by its platform's address", () => {
  it("names the account by the date as the source (网易号)", async () => {
    const result = await readPage({
      kind: "html",
      baseUrl: "",
      text: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收|收割机_网易订阅</title><link rel="canonical" href="https://www.163.com/dy/article/G4ABCDEF0512B07B.html"></head><body>
<div class="post_main"><h1 class="post_title">青山县晚稻喜获丰收</h1><div class="post_info">2021-03-05 10:20:30 <a class="post_author" href="https://www.163.com/dy/media/T1603.html">青山视界</a></div>
<div class="post_body">${ps}</div></div></body></html>`,
    });
    if ("reason" in result) throw new Error(result.reason);
    const item = result.items[0]?.item as ArticleItem;
    expect(item._qingyue.source).toBe("青山视界");
    expect(item.authors).toBeUndefined();
  });
});
