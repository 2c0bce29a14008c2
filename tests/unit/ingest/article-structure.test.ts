// @vitest-environment node
// An article page's structure as a reader expects to keep it: lists with their bullets and
// numbers, data tables row by row, code as laid out, every picture however it is loaded.
import { describe, expect, it } from "vitest";
import type { ArticleItem } from "../../../src/content/feed-schema";
import { readPage } from "../../../src/ingest/read-page";
import { paragraphs } from "./helpers";

const LEAD =
  "<p>Brewing good coffee at home is easier than most people think, and it needs only a few tools. In this guide we walk through the whole process, from beans to cup.</p>";
const TAIL = "<p>That is all there is to it. Enjoy your coffee, and change one thing at a time until the cup tastes the way you like it.</p>";

async function article(body: string, url = "https://blog.example.com/coffee/brew", head = ""): Promise<ArticleItem> {
  const html = `<!doctype html><html lang="en"><head><title>How to brew coffee - Example Blog</title>${head}</head><body><nav><a href="/">Home</a></nav><article><h1>How to brew coffee</h1>${LEAD}${body}${TAIL}</article></body></html>`;
  const result = await readPage({ kind: "html", text: html, baseUrl: "", externalUrl: url });
  if ("reason" in result) throw new Error(result.reason);
  return result.items[0]?.item as ArticleItem;
}


describe("lists in an article page", () => {
  it("keeps each item as a line of its own, in order, with its bullet or its number", async () => {
    const item = await article(
      "<h2>What you need</h2><ul><li>A burr grinder</li><li>Fresh beans</li></ul>" +
        '<h2>Steps</h2><ol start="3"><li><p>Heat the water.</p></li><li>Grind the beans.</li><li>Pour slowly.</li></ol>',
    );
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "What you need", "Steps"]);
    expect(item._qingyue.sections[1]?.paragraphs).toEqual(["• A burr grinder", "• Fresh beans"]);
    expect(item._qingyue.sections[2]?.paragraphs.slice(0, 3)).toEqual(["3. Heat the water.", "4. Grind the beans.", "5. Pour slowly."]);
  });

  it("adds no second number to items that print their own, nor a bullet to a lone item", async () => {
    const item = await article("<ol><li>1、先烧水。</li><li>2、再磨豆。</li></ol><ul><li><p>A note that wraps the page in a list, as some layouts do.</p></li></ul>");
    expect(paragraphs(item)).toContain("1、先烧水。");
    expect(paragraphs(item)).toContain("A note that wraps the page in a list, as some layouts do.");
  });
});

describe("a data table in an article page", () => {
  it("reads row by row with the cells side by side, figures kept, no cell taken for a subhead", async () => {
    const item = await article(
      "<h3>Ratios</h3><table><thead><tr><th>Method</th><th>Coffee</th><th>Water</th></tr></thead>" +
        "<tbody><tr><td><p>Pour over</p></td><td>15 g</td><td>250 ml</td></tr><tr><td>2019</td><td>30</td><td></td></tr></tbody></table>",
    );
    const ratios = item._qingyue.sections.find((s) => s.heading === "Ratios");
    expect(ratios?.paragraphs.slice(0, 3)).toEqual(["Method | Coffee | Water", "Pour over | 15 g | 250 ml", "2019 | 30 |"]);
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "Ratios"]);
  });

  it("still reads a table that lays out the page line by line", async () => {
    const item = await article(`<table><tr><td>${LEAD}</td><td><img src="/a.jpg" width="300" height="200"></td></tr><tr><td>Side note</td><td>More</td></tr></table>`);
    expect(paragraphs(item)).not.toContain("Side note | More");
    expect(item._qingyue.sections[0]?.figures?.[0]?.url).toBe("https://blog.example.com/a.jpg");
  });
});

describe("pictures a page loads lazily", () => {
  const figures = (item: ArticleItem) => item._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.url);

  it("keeps a picture given only by a srcset (its widest), by a <picture>'s source, or inside <noscript>", async () => {
    const item = await article(
      '<p><img srcset="/p/a-320.jpg 320w, /p/a-960.jpg 960w, /p/a-640.jpg 640w" alt="A"></p>' +
        '<picture><source srcset="/p/b.webp" type="image/webp"><img alt="B"></picture>' +
        '<p><img src="data:image/gif;base64,R0lGOD" class="lazy"><noscript><img src="/p/c.jpg" alt="C"></noscript></p>' +
        '<p><amp-img src="/p/d.jpg" width="800" height="600" layout="responsive"></amp-img></p>',
    );
    expect(figures(item)).toEqual(["https://blog.example.com/p/a-960.jpg", "https://blog.example.com/p/b.webp", "https://blog.example.com/p/c.jpg", "https://blog.example.com/p/d.jpg"]);
  });

  it("shows a picture once when the page gives it both lazily and in <noscript>", async () => {
    const item = await article('<figure><img data-src="/p/e.jpg" alt="E"><noscript><img src="/p/e-full.jpg"></noscript><figcaption>The cup.</figcaption></figure>');
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? [])).toEqual([{ before: 1, url: "https://blog.example.com/p/e.jpg", alt: "E", caption: "The cup." }]);
  });
});

describe("a page that prints no date", () => {
  it("is dated by the day its address files it under, known to the day only", async () => {
    for (const [url, day] of [
      ["https://blog.example.com/2019/09/26/brew-coffee", "2019-09-26"],
      ["https://www.gov.example.cn/xxgk/201909/t20190926_123456.html", "2019-09-26"],
      ["https://news.example.cn/local/2019/0926/1024.html", "2019-09-26"],
      ["https://news.example.cn/a/20191105/abc.shtml", "2019-11-05"],
    ] as const) {
      const item = await article("", url);
      expect(item.date_published).toBe(`${day}T00:00:00+08:00`);
      expect(item._qingyue.date_precision).toBe("day");
    }
  });

  it("stays undated when the address holds no real day (an id, a month only, a 13th month)", async () => {
    for (const url of ["https://e.example/news/20190926123456.html", "https://e.example/2019/09/coffee", "https://e.example/2019/13/01/x"]) {
      expect((await article("", url)).date_published).toBeUndefined();
    }
  });

  it("prefers the date the page prints to the one in its address", async () => {
    const item = await article("", "https://blog.example.com/2019/09/26/brew-coffee", '<meta property="article:published_time" content="2019-09-27T10:00:00+08:00">');
    expect(item.date_published).toBe("2019-09-27T10:00:00+08:00");
  });
});

describe("a Chinese news page's notes about the story", () => {
  it("keeps the 原标题 line out of the story and its summary", async () => {
    const html =
      '<html><head><title>某地举行秋季运动会_示例网</title></head><body><h1>某地举行秋季运动会</h1><div class="content">' +
      "<p>原标题：秋高气爽运动忙 某地千人同场竞技</p>" +
      "<p>9月25日，某地第十届秋季运动会在市体育中心开幕，来自全市各单位的一千余名运动员参加了开幕式。本届运动会共设田径、游泳、篮球等12个大项。</p>" +
      "<p>据介绍，本届运动会为期五天，组委会在赛事组织、安全保障、后勤服务等方面做了充分准备。</p></div></body></html>";
    const result = await readPage({ kind: "html", text: html, baseUrl: "" });
    if ("reason" in result) throw new Error(result.reason);
    const item = result.items[0]?.item as ArticleItem;
    expect(paragraphs(item)).toHaveLength(2);
    expect(paragraphs(item).join("")).not.toContain("原标题");
    expect(item.summary).toMatch(/^9月25日/u);
  });
});

describe("a story split over several pages", () => {
  it("keeps the pager and the link to the next page out of the story", async () => {
    const item = await article(
      '<div style="text-align:center">共3页 上一页 <a href="1.html">1</a> <a href="1_2.html">2</a> <a href="1_3.html">3</a> <a href="1_2.html">下一页</a></div>' +
        '<p><a href="1_2.html">下一页：运动员风采</a></p>',
    );
    expect(paragraphs(item).join("\n")).not.toMatch(/下一页|共3页/u);
    expect(paragraphs(item)).toHaveLength(2);
  });
});

describe("preformatted text in an article page", () => {
  it("keeps code line by line with its indentation and its blank line, no line taken for a subhead", async () => {
    const item = await article('<pre><code class="language-python">def brew(grams):\n    water = grams * 16\n\n    return water\n</code></pre>');
    expect(paragraphs(item).slice(1, 5)).toEqual(["def brew(grams):", "\u00A0\u00A0\u00A0\u00A0water = grams * 16", "\u00A0", "\u00A0\u00A0\u00A0\u00A0return water"]);
    expect(item._qingyue.sections).toHaveLength(1);
  });

  it("reads a story set in one <pre> as its lines, not one run-on paragraph", async () => {
    const item = await article("<pre>第一条　为了规范管理，制定本办法。\n第二条　本办法适用于全市各单位。</pre>");
    expect(paragraphs(item)).toContain("第一条 为了规范管理，制定本办法。");
    expect(paragraphs(item)).toContain("第二条 本办法适用于全市各单位。");
  });
});

describe("a story in <article> beside a comment thread", () => {
  it("keeps the comments, however long, out of the story", async () => {
    const comment = (n: number) =>
      `<div><p>Comment ${n}: I have been brewing like this for years, and it really works, though I prefer a slightly coarser grind and a longer bloom before the main pour.</p></div>`;
    const html =
      '<!doctype html><html lang="en"><head><title>How to brew coffee</title></head><body><main><article><h1>How to brew coffee</h1>' +
      `${LEAD}<h2>Steps</h2>${TAIL}</article><div class="thread"><h3>8 responses</h3>${[1, 2, 3, 4, 5, 6, 7, 8].map(comment).join("")}</div></main></body></html>`;
    const result = await readPage({ kind: "html", text: html, baseUrl: "" });
    if ("reason" in result) throw new Error(result.reason);
    const item = result.items[0]?.item as ArticleItem;
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "Steps"]);
    expect(paragraphs(item).join("\n")).not.toContain("Comment");
  });
});

describe("an article page in another language", () => {
  it("reads a French or Spanish byline as the writers, not the first paragraph, and keeps the language", async () => {
    for (const [lang, line, names] of [
      ["fr", "Par Marie Dupont et Jean Martin", ["Marie Dupont", "Jean Martin"]],
      ["es", "Por Ana García", ["Ana García"]],
    ] as const) {
      const html =
        `<!doctype html><html lang="${lang}"><head><title>Un parc</title></head><body><article><h1>Un parc</h1><p class="byline">${line}</p>` +
        "<p>La municipalité a inauguré samedi un nouveau parc de trois hectares au cœur du quartier nord, après deux ans de travaux.</p>" +
        "<p>Par ailleurs, les habitants étaient nombreux à découvrir les lieux, avec leurs enfants, dès la première heure.</p></article></body></html>";
      const result = await readPage({ kind: "html", text: html, baseUrl: "" });
      if ("reason" in result) throw new Error(result.reason);
      const item = result.items[0]?.item as ArticleItem;
      expect(item.authors).toEqual(names.map((name) => ({ name })));
      expect(item.summary).toMatch(/^La municipalité/u);
      expect(paragraphs(item)).toHaveLength(2);
      expect(item.language).toBe(lang);
    }
  });
});

describe("JSON-LD as pages write it", () => {
  it("still gives the date and author when its description keeps raw line breaks or it ends in a stray comma", async () => {
    const ld = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"How to brew coffee","description":"Line one\n\tline two","datePublished":"2019-09-26T08:30:00+08:00","author":{"@type":"Person","name":"Jane Smith"},}';
    const item = await article("", "https://blog.example.com/coffee/brew", `<script type="application/ld+json">${ld}</script>`);
    expect(item.date_published).toBe("2019-09-26T08:30:00+08:00");
    expect(item.authors).toEqual([{ name: "Jane Smith" }]);
  });
});

describe("an English page's header", () => {
  it("reads the byline and the printed date under the headline, the date known to the day", async () => {
    for (const line of ["By Jane Smith | September 26, 2019", "By Jane Smith, Sep. 26th, 2019", "By Jane Smith — 26 September 2019"]) {
      const html =
        `<!doctype html><html lang="en"><head><title>City opens a new park - The Daily Example</title></head><body><div class="header"><h1>City opens a new park</h1><div class="meta">${line}</div></div>` +
        `<div class="story">${LEAD}${TAIL}</div></body></html>`;
      const result = await readPage({ kind: "html", text: html, baseUrl: "" });
      if ("reason" in result) throw new Error(result.reason);
      const item = result.items[0]?.item as ArticleItem;
      expect(item.authors, line).toEqual([{ name: "Jane Smith" }]);
      expect(item.date_published, line).toBe("2019-09-26T00:00:00+08:00");
      expect(item._qingyue.date_precision).toBe("day");
      expect(item._qingyue.source).toBeUndefined();
    }
  });
});

describe("subheads the page sets in heading elements", () => {
  it("keeps them as subheads though longer or punctuated, but not a paragraph set in a heading", async () => {
    const item = await article(
      `<h2>How the method came together over two long years</h2>${LEAD}<h3>Step one: grind</h3>${LEAD}<h3>性能“吊打”同行，一块顶10块GPU</h3>${LEAD}` +
        "<h4>This is a sentence. It was set in a heading by mistake, and it reads as prose.</h4>",
    );
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "How the method came together over two long years", "Step one: grind", "性能“吊打”同行，一块顶10块GPU"]);
    expect(paragraphs(item)).toContain("This is a sentence. It was set in a heading by mistake, and it reads as prose.");
  });
});

describe("the source and the editor at the end of the last paragraph", () => {
  const P1 = "<p>9月25日，某地第十届秋季运动会在市体育中心开幕，来自全市各单位的一千余名运动员参加了开幕式。本届运动会共设田径、游泳、篮球等12个大项。</p>";
  const read = async (last: string) => {
    const html = `<html><head><title>某地举行秋季运动会_示例网</title></head><body><h1>某地举行秋季运动会</h1><div class="info">2019-09-26 10:00</div><div class="content">${P1}<p>${last}</p></div></body></html>`;
    const result = await readPage({ kind: "html", text: html, baseUrl: "" });
    if ("reason" in result) throw new Error(result.reason);
    return result.items[0]?.item as ArticleItem;
  };

  it("reads them out of the paragraph, which ends at its last sentence", async () => {
    const item = await read("开幕式上，运动员代表和裁判员代表分别宣誓。（来源：示例日报） 责任编辑：李华");
    expect(paragraphs(item).at(-1)).toBe("开幕式上，运动员代表和裁判员代表分别宣誓。");
    expect(item._qingyue.source).toBe("示例日报");
    expect(item._qingyue.byline).toEqual({ text: "责任编辑：李华", editors: ["李华"] });
  });

  it("leaves a sentence that merely mentions a source or an editor alone", async () => {
    const item = await read("他说，消息来源：示例日报（来源：内部）之外还有别的渠道，责任编辑：李华也这么认为");
    expect(paragraphs(item).at(-1)).toBe("他说，消息来源：示例日报（来源：内部）之外还有别的渠道，责任编辑：李华也这么认为");
    expect(item._qingyue.source).toBeUndefined();
  });
});
