// @vitest-environment node
// News pages as HTML, in the shapes real Chinese sites give them: what a reader gets from each.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ArticleItem, Item } from "../../../src/content/feed-schema";
import { decodePage } from "../../../src/ingest/decode";
import { NO_TEXT, NOT_AN_ARTICLE } from "../../../src/ingest/page-reasons";
import { readPage } from "../../../src/ingest/read-page";
import { ROOT } from "./helpers";

const HTML = join(ROOT, "tests", "fixtures", "html");

async function read(name: string, externalUrl?: string) {
  const decoded = decodePage(readFileSync(join(HTML, name)));
  if ("reason" in decoded) throw new Error(decoded.reason);
  return readPage({ kind: "html", text: decoded.text, baseUrl: "", ...(externalUrl !== undefined ? { externalUrl } : {}) });
}

async function article(name: string, externalUrl?: string): Promise<ArticleItem> {
  const result = await read(name, externalUrl);
  if ("reason" in result) throw new Error(result.reason);
  expect(result.items).toHaveLength(1);
  return result.items[0]?.item as ArticleItem;
}

const paragraphs = (item: Item) => (item as ArticleItem)._qingyue.sections.flatMap((s) => s.paragraphs);

describe("a portal's article page", async () => {
  const item = await article("portal-article.html", "https://news.example.org/local/2019/0926/1024.html");
  const ext = item._qingyue;

  it("takes the page's own headline, not the <title> with its channel and site", () => {
    expect(item.title).toBe("青山县新建三座乡村图书馆 今年底全部开放");
  });

  it("reads the date in China time, the source, the reporter and the site under the headline", () => {
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
    expect(ext.date_precision).toBe("minute");
    expect(ext.source).toBe("青山日报");
    expect(item.authors).toEqual([{ name: "王小明" }]);
    expect(ext.publisher).toBe("青山新闻网");
  });

  it("keeps every body paragraph in order, under its subheads", () => {
    expect(ext.sections.map((s) => s.heading)).toEqual([undefined, "一、让村民就近借书", "二、志愿者参与管理"]);
    const all = paragraphs(item);
    expect(all).toHaveLength(5);
    expect(all[0]).toBe("本报讯 青山县文化和旅游局26日介绍，全县新建的三座乡村图书馆已完成主体施工，预计今年年底前全部向村民开放。");
    expect(all.at(-1)).toBe("每座图书馆将招募十名志愿者，负责图书整理、读书会组织等工作，开放时间覆盖周末和节假日。");
  });

  it("places the picture where it stands, with its caption, and keeps the caption out of the paragraphs", () => {
    expect(ext.sections[0]?.figures).toEqual([
      { before: 2, url: "https://img.example.com/2019/09/library.jpg", alt: "东河镇图书馆", caption: "东河镇图书馆外景。（李华 摄）", width: 600, height: 400 },
    ]);
    expect(paragraphs(item).join("")).not.toContain("李华 摄");
  });

  it("reads the editor line as the byline", () => {
    expect(ext.byline).toEqual({ text: "（责任编辑：赵敏）", editors: ["赵敏"] });
  });

  it("keeps the related list as headlines with their addresses, resolved against the page", () => {
    expect(ext.related).toEqual([
      { title: "青山县农家书屋实现行政村全覆盖", url: "https://news.example.org/local/2019/0920/1001.html" },
      { title: "南岭乡举办首届乡村读书节", url: "https://news.example.org/local/2019/0915/0998.html" },
      { title: "全市公共图书馆年接待读者超百万人次", url: "https://news.example.com/a/77.html" },
    ]);
  });

  it("leaves out menus, share bars, ads, comments, hot lists, hidden text, footers and scripts", () => {
    const json = JSON.stringify(item);
    for (const chrome of ["首页", "分享到", "大礼包", "网友评论", "终于有图书馆", "公交线路", "隐藏的文字", "版权所有", "ICP", "不要读我", "登录"]) {
      expect(json, chrome).not.toContain(chrome);
    }
  });
});

describe("a page that says what it is in its metadata", async () => {
  const item = await article("meta-only.html");

  it("takes the date from article:published_time / JSON-LD and moves it to China time", () => {
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
  });

  it("takes the author and the publisher from JSON-LD, and an <h3> as a subhead", () => {
    expect(item.authors).toEqual([{ name: "陈晓" }]);
    expect(item._qingyue.publisher).toBe("某某财经网");
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "加大对实体经济的支持"]);
    expect(paragraphs(item)).toHaveLength(3);
  });

  it("leaves a field the page does not give absent", () => {
    expect(item._qingyue.source).toBeUndefined();
    expect(item._qingyue.byline).toBeUndefined();
    expect(item._qingyue.related).toBeUndefined();
    expect(item.image).toBeUndefined();
  });
});

describe("a government page in GBK, laid out in a table", async () => {
  const item = await article("gov-gbk.html");

  it("decodes the page and reads the title, date (2019/9/26, a day) and source", () => {
    expect(item.title).toBe("县政府召开秋粮收购工作会议");
    expect(item.date_published).toBe("2019-09-26T00:00:00+08:00");
    expect(item._qingyue.date_precision).toBe("day");
    expect(item._qingyue.source).toBe("县粮食局");
    expect(paragraphs(item)).toHaveLength(3);
    expect(JSON.stringify(item)).not.toMatch(/打印本页|浏览次数|\uFFFD/u);
  });
});

describe("pages that hold no article", () => {
  it("names a list page as such instead of forcing an article out of it", async () => {
    expect(await read("list-page.html")).toEqual({ reason: NOT_AN_ARTICLE });
  });

  it("names a page whose text only scripts would write", async () => {
    expect(await read("scripts-only.html")).toEqual({ reason: NO_TEXT });
  });
});

describe("a page built of included fragments, its story written as lines between <br>s", async () => {
  const item = await article("included-header-br.html");

  it("reads past the early </html> of an included header", () => {
    expect(paragraphs(item)[0]).toBe("各乡镇中心学校、县直各学校：");
  });

  it("takes the headline printed over two lines as one, without the <title>'s odd space", () => {
    expect(item.title).toBe("关于做好秋季学校卫生工作的通知");
    expect(paragraphs(item).join("")).not.toContain("卫生工作的通知");
  });

  it("reads short lines standing before paragraphs as subheads", () => {
    expect(item._qingyue.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      [undefined, 2],
      ["加强晨午检", 1],
      ["做好环境卫生", 1],
    ]);
  });

  it("dates a month and day printed without a year by the page's own metadata of that day", () => {
    expect(item.date_published).toBe("2019-10-08T00:00:00+08:00");
    expect(item._qingyue.date_precision).toBe("day");
  });
});

describe("lines around the story's block", async () => {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>县人大常委会关于批准县本级预算调整方案的决议_公报_青山县</title>
<meta name="firstpublishedtime" content="2019-08-20-23:59:59"></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/gb/">公报</a></div>
<h1>县人大常委会关于批准县本级预算调整方案的决议</h1>
<div class="text">
<p>（2019年6月29日青山县第十七届人民代表大会常务委员会第二十次会议通过）</p>
<p>青山县第十七届人民代表大会常务委员会第二十次会议，听取了县财政局局长代表县人民政府所作的关于县本级预算调整方案的报告，并对方案进行了审议。会议决定，批准县本级预算调整方案。</p>
</div>
<div class="bottom"><span>作者：未知</span> <span>责任编辑：林青</span></div>
<div class="footer">版权所有：青山县人民政府</div>
</body></html>`;
  const result = await readPage({ kind: "html", text: page, baseUrl: "" });
  const item = ("reason" in result ? undefined : result.items[0]?.item) as ArticleItem | undefined;

  it("keeps a dated note at the story's top as its first paragraph, and takes the date from the metadata", () => {
    expect(paragraphs(item as Item)[0]).toBe("（2019年6月29日青山县第十七届人民代表大会常务委员会第二十次会议通过）");
    expect(item?.date_published).toBe("2019-08-20T23:59:59+08:00");
  });

  it("reads the editor line printed just under the story's block", () => {
    expect(item?._qingyue.byline).toEqual({ text: "作者：未知 责任编辑：林青", editors: ["林青"] });
  });
});

describe("a news page in English", async () => {
  const item = await article("english-news.html", "https://daily.example.com/2023/04/05/bike-lanes");

  it("keeps the language the page declares, so the reader sets it as English", () => {
    expect(item.language).toBe("en");
  });

  it("reads the byline over the story as its author, not as its first paragraph", () => {
    expect(item.authors).toEqual([{ name: "Jane Smith" }]);
    expect(paragraphs(item)[0]).toMatch(/^The city council voted 7-2/);
    expect(paragraphs(item).some((p) => p.startsWith("By "))).toBe(false);
  });

  it("keeps the story's subhead and drops the menus, the most-read list, the comments and the footer", () => {
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "What happens next"]);
    const text = item.content_text;
    for (const chrome of ["Sign in", "Most read", "Storm knocks out power", "Log in to comment", "All rights reserved"]) expect(text).not.toContain(chrome);
    expect(paragraphs(item).at(-1)).toMatch(/federal grant awarded last fall\.$/);
  });

  it("takes its picture with the caption, at the address the page was read from", () => {
    const figures = item._qingyue.sections.flatMap((s) => s.figures ?? []);
    expect(figures).toEqual([
      expect.objectContaining({ url: "https://daily.example.com/img/lanes.jpg", caption: "A protected bike lane in a neighbouring city. (Photo: City of Example)", width: 800, height: 450 }),
    ]);
  });
});

describe("a Chinese page whose template says lang=\"en\"", () => {
  it("is not marked English: its text is Chinese", async () => {
    const decoded = decodePage(readFileSync(join(HTML, "portal-article.html")));
    if ("reason" in decoded) throw new Error(decoded.reason);
    const text = decoded.text.replace(/<html\b[^>]*>/iu, '<html lang="en">');
    const result = await readPage({ kind: "html", text, baseUrl: "" });
    if ("reason" in result) throw new Error(result.reason);
    expect(result.items[0]?.item.language).toBeUndefined();
  });
});

describe("a page saved to a file", () => {
  const page = async (head: string) => {
    const body = "<p>县里今年新建了三座乡村图书馆，每座藏书五千册，年底前全部向村民开放，借书不收费用。</p>".repeat(4);
    const result = await readPage({ kind: "html", text: `<html><head><title>图书馆开放</title>${head}</head><body><h1>图书馆开放</h1>${body}</body></html>`, baseUrl: "" });
    if ("reason" in result) throw new Error(result.reason);
    return result.items[0]!.item;
  };

  it("links to where it was published, as its canonical link or og:url names it; a home page named there is not the story's", async () => {
    expect((await page('<link rel="canonical" href="https://news.example.cn/2023/12/05/a.html">')).external_url).toBe("https://news.example.cn/2023/12/05/a.html");
    expect((await page('<meta property="og:url" content="https://news.example.cn/b.html">')).external_url).toBe("https://news.example.cn/b.html");
    expect((await page('<meta property="og:url" content="https://news.example.cn/">')).external_url).toBeUndefined();
    expect((await page('<link rel="canonical" href="javascript:alert(1)">')).external_url).toBeUndefined();
  });
});

/** A news page of three paragraphs about a library, and then `body`: its article. */
async function story(body: string): Promise<ArticleItem> {
  const lead = "<p>县里今年新建了三座乡村图书馆，每座藏书五千册，年底前全部向村民开放，借书不收费用。</p>".repeat(3);
  const result = await readPage({ kind: "html", text: `<html><head><title>图书馆开放</title></head><body><h1>图书馆开放</h1>${lead}${body}</body></html>`, baseUrl: "" });
  if ("reason" in result) throw new Error(result.reason);
  return result.items[0]!.item as ArticleItem;
}

describe("pictures in a news page's sentences", () => {
  it("keeps a sentence whole around a picture set in it: the picture stands after its paragraph", async () => {
    const item = await story('<p>新馆的阅览室<img src="https://news.example.cn/p/room.jpg" width="800" height="600">朝南，冬天也很暖和。</p><p>村民们说，这是他们第一次在家门口借到新书。</p>');
    expect(paragraphs(item).slice(3)).toEqual(["新馆的阅览室朝南，冬天也很暖和。", "村民们说，这是他们第一次在家门口借到新书。"]);
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? [])).toEqual([{ before: 4, url: "https://news.example.cn/p/room.jpg", width: 800, height: 600 }]);
  });

  it("keeps a picture's alt text only when it describes the picture, not its file's name", async () => {
    const item = await story(
      '<p><img src="https://news.example.cn/p/1.jpg" alt="004ednc20190925" width="800" height="600"></p><p>新馆的阅览室朝南，冬天也很暖和。</p>' +
        '<p><img src="https://news.example.cn/p/2.jpg" alt="IMG_0423.JPG" width="800" height="600"></p><p>村民们说，这是他们第一次在家门口借到新书。</p>' +
        '<p><img src="https://news.example.cn/p/3.jpg" alt="新馆阅览室" width="800" height="600"></p><p>开馆时间以公告为准。</p>',
    );
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.alt)).toEqual([undefined, undefined, "新馆阅览室"]);
  });

  it("keeps an emoji or an emoticon in the line as text, never as a figure", async () => {
    const item = await story('<p>孩子们最爱绘本区<img class="emoji" alt="😀" src="https://news.example.cn/e/1f600.png">，周末总是坐满<img alt="[心]" src="https://news.example.cn/face/xin.png" style="width:1em;height:1em">。</p>');
    expect(paragraphs(item).at(-1)).toBe("孩子们最爱绘本区😀，周末总是坐满[心]。");
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? [])).toEqual([]);
  });
});

describe("controls inside a news page's paragraphs", () => {
  it("a script link, a clickable label, a role=button and a share service's link are not the story's words", async () => {
    const item = await story(
      '<p>借书证在<a href="https://lib.example.cn/card" onclick="track(1)">县图书馆网站</a>办理。<span onclick="like()">点赞</span><span role="button">收藏</span></p>' +
        '<p>开馆时间以公告为准。<a href="https://service.weibo.com/share/share.php?url=x">微博</a><a href="https://connect.qq.com/widget/shareqq/index.html?url=x">QQ</a><a href="#" onclick="return false">复制链接</a><a href="javascript:void(0)" onclick="share()">分享</a></p>',
    );
    expect(paragraphs(item).slice(3)).toEqual(["借书证在县图书馆网站办理。", "开馆时间以公告为准。"]);
    expect(item.content_text).not.toMatch(/分享|收藏|点赞/u);
  });

  it("a picture that opens larger on a click is still the story's picture", async () => {
    const item = await story('<p><a href="javascript:;" onclick="zoom(this)"><img src="https://news.example.cn/p/room.jpg" width="800" height="600"></a></p><p>新馆的阅览室朝南，冬天也很暖和。</p>');
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.url)).toEqual(["https://news.example.cn/p/room.jpg"]);
  });
});
