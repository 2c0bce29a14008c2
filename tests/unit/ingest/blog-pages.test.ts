// @vitest-environment node
// Blog and news pages of other languages as a reader expects them: what the story quotes set
// apart, its pictures where they stand, its subtitle, and the videos it embeds.
import { describe, expect, it } from "vitest";
import type { ArticleItem } from "../../../src/content/feed-schema";
import { readPage } from "../../../src/ingest/read-page";
import { paragraphs } from "./helpers";

const LEAD =
  "<p>When we started the company, running everything on one cluster felt like the obvious choice. Everyone we admired did it, and the tooling looked mature enough.</p>";
const TAIL = "<p>In the end, a handful of machines and a deploy script did everything we needed, and nobody has been paged on a weekend since.</p>";

async function article(body: string, { head = "", top = "" } = {}): Promise<ArticleItem> {
  const html = `<!doctype html><html lang="en"><head><title>Why we moved off our cluster | Example Blog</title>${head}</head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><article><h1>Why we moved off our cluster</h1>${top}${LEAD}${body}${TAIL}</article><footer>© 2021 Example Blog</footer></body></html>`;
  const result = await readPage({ kind: "html", text: html, baseUrl: "", externalUrl: "https://blog.example.com/2021/03/moving-off" });
  if ("reason" in result) throw new Error(result.reason);
  return result.items[0]?.item as ArticleItem;
}


describe("a quote in a story", () => {
  it("is set apart as a quote in the story's HTML, its paragraphs kept in order", async () => {
    const item = await article(
      "<blockquote class=\"wp-block-quote\"><p>The best infrastructure is the one your team can forget about on a Friday afternoon.</p><p>Everything else is a hobby.</p></blockquote>" +
        "<p>We wrote that sentence on the whiteboard and left it there for a month. It changed how we judged every decision.</p>",
    );
    expect(paragraphs(item).slice(1, 4)).toEqual([
      "The best infrastructure is the one your team can forget about on a Friday afternoon.",
      "Everything else is a hobby.",
      "We wrote that sentence on the whiteboard and left it there for a month. It changed how we judged every decision.",
    ]);
    expect(item.content_html).toContain(
      "</p><blockquote><p>The best infrastructure is the one your team can forget about on a Friday afternoon.</p><p>Everything else is a hobby.</p></blockquote><p>We wrote",
    );
    // One <p> a paragraph: a paragraph's link points at the same words in either view.
    expect(item.content_html?.match(/<p>/gu)?.length).toBe(paragraphs(item).length);
  });

  it("is no quote when the page sets its whole story in a <blockquote>", async () => {
    const html =
      "<html><head><title>青山镇修好了古桥_青山网</title></head><body><h1>青山镇修好了古桥</h1><blockquote><p>青山镇的古桥建于清代，去年汛期被冲坏了一段桥面。今年春天，镇里请来老工匠，按原样修好了桥。</p><p>修好的古桥上周重新开放，附近的村民又可以走桥去赶集了。</p></blockquote></body></html>";
    const result = await readPage({ kind: "html", text: html, baseUrl: "" });
    if ("reason" in result) throw new Error(result.reason);
    expect(result.items[0]?.item.content_html).toBeUndefined();
  });
});

describe("pictures in a story", () => {
  it("stand where the page sets them, with their captions, in the story's HTML", async () => {
    const item = await article('<figure><img src="/img/pages.png" width="1400" height="700" alt="A bar chart"><figcaption>On-call pages per week</figcaption></figure>');
    expect(item.content_html).toContain(
      '<figure><img src="https://blog.example.com/img/pages.png" alt="A bar chart" width="1400" height="700"><figcaption>On-call pages per week</figcaption></figure><p>In the end',
    );
  });
});

describe("a subtitle under the headline", () => {
  it("opens the story as its first line, not as its first subhead, and the writer's line under it is no paragraph", async () => {
    const item = await article("<h2>What we tried first</h2><p>We tried managed offerings from two providers. Both took away some of the pain.</p>", {
      head: '<meta name="author" content="Dana Whitfield">',
      top: '<h2 class="pw-subtitle-paragraph">Lessons from a year on call</h2><div class="author">Dana Whitfield · 6 min read · Mar 4, 2021</div>',
    });
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "What we tried first"]);
    expect(paragraphs(item).slice(0, 2)).toEqual([
      "Lessons from a year on call",
      "When we started the company, running everything on one cluster felt like the obvious choice. Everyone we admired did it, and the tooling looked mature enough.",
    ]);
    expect(item.authors).toEqual([{ name: "Dana Whitfield" }]);
  });

  it("is known by its shape where the page names it nothing: a sentence, or a Chinese subtitle's dash", async () => {
    const item = await article("", { top: "<h2>A year of running our own cluster taught us more about ourselves than about containers</h2>" });
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
    expect(paragraphs(item)[0]).toBe("A year of running our own cluster taught us more about ourselves than about containers");
    const html =
      "<html><head><title>青山镇的古桥重新开放_青山网</title></head><body><h1>青山镇的古桥重新开放</h1><div class=\"content\"><h3>——记青山镇的老工匠王师傅</h3><p>青山镇的古桥建于清代，去年汛期被冲坏了一段桥面。今年春天，镇里请来老工匠，按原样修好了桥。</p><p>修好的古桥上周重新开放，附近的村民又可以走桥去赶集了。</p></div></body></html>";
    const result = await readPage({ kind: "html", text: html, baseUrl: "" });
    if ("reason" in result) throw new Error(result.reason);
    const chinese = result.items[0]?.item as ArticleItem;
    expect(chinese._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
    expect(paragraphs(chinese)[0]).toBe("——记青山镇的老工匠王师傅");
  });
});

describe("a standfirst between the headline and the story", () => {
  const page = (standfirst: string, lead = LEAD) =>
    `<!doctype html><html lang="en-GB"><head><title>Hedgehog numbers recover in city gardens | Environment | The Daily Example</title></head><body>` +
    `<main><article><div data-gu-name="headline"><h1>Hedgehog numbers recover in city gardens</h1></div>${standfirst}` +
    `<div class="meta"><a rel="author" href="/profile/ruth-ellis">Ruth Ellis</a> <time>Sun 14 Aug 2022 07.00 BST</time></div>` +
    `<div id="maincontent">${lead}<p>Volunteers recorded sightings on more than 12,000 lawns, and found the animals in almost half of urban gardens.</p>${TAIL}</div></article></main></body></html>`;
  const read = async (html: string) => {
    const result = await readPage({ kind: "html", text: html, baseUrl: "" });
    if ("reason" in result) throw new Error(result.reason);
    const item = result.items[0]?.item as ArticleItem;
    return { summary: item.summary, first: paragraphs(item)[0] };
  };

  it("is the story's summary, set apart from its paragraphs, whether the page names it so or sets it as a heading", async () => {
    const dek = "Survey finds urban hedgehogs doing better than rural cousins, thanks to gaps in fences";
    const first = expect.stringMatching(/^When we started/u);
    expect(await read(page(`<div data-gu-name="standfirst"><p>${dek}</p></div>`))).toEqual({ summary: dek, first });
    expect(await read(page(`<h2 itemprop="description">${dek}.</h2>`))).toEqual({ summary: `${dek}.`, first });
    expect(await read(page(`<p class="article__desc">${dek}.</p>`))).toEqual({ summary: `${dek}.`, first });
  });

  it("is read without its 摘要 label, and a line of labels named so is none", async () => {
    const lead = "2014年8月22日，第三届安全论坛在北京举行，参会人数超过了700人。活动吸引了国内众多安全组织和科技媒体的参与。";
    const chinese = (standfirst: string) =>
      "<html><head><title>第三届安全论坛在京举办_青山网</title></head><body><div class=\"main\"><div class=\"head\"><h1>第三届安全论坛在京举办</h1><div class=\"info\">2014-08-24 21:30</div></div>" +
      standfirst +
      `<div class="con news_content"><p>${lead}</p>${"<p>论坛上，多家公司发布了新的产品，与会者就网络安全的现状和趋势进行了深入交流。</p>".repeat(4)}</div></div></body></html>`;
    expect(await read(chinese('<div class="summary"><strong>摘要：</strong>第三届安全论坛在北京举行，参会人数超过了700人。</div>'))).toEqual({
      summary: "第三届安全论坛在北京举行，参会人数超过了700人。",
      first: lead,
    });
    expect((await read(chinese('<div class="article-intro">发布时间：10-08 12:00 优质原创作者</div>'))).summary).toBe("2014年8月22日，第三届安全论坛在北京举行，参会人数超过了700人。活动吸引了国内众多安全组织和科技媒体的参与。");
  });
});


describe("an SVG picture", () => {
  const figures = (item: ArticleItem) => item._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.url);

  it("is the story's chart or diagram when set in a figure, drawn wide or described in words; an SVG icon is not", async () => {
    const item = await article(
      '<figure><img src="/diagrams/architecture.svg"><figcaption>The architecture we ended up with</figcaption></figure>' +
        '<p>Our costs fell by half. <img src="/charts/costs.svg" alt="Monthly costs before and after the move"></p>' +
        '<p>Share this: <a href="/share"><img src="/static/share.svg"></a> <img src="/static/arrow.svg" alt="next"></p>',
    );
    expect(figures(item)).toEqual(["https://blog.example.com/diagrams/architecture.svg", "https://blog.example.com/charts/costs.svg"]);
  });
});

describe("a video the story embeds with a video site's player", () => {
  it("is attached as the video's page on that site, named by the frame's title", async () => {
    const item = await article(
      '<figure class="wp-block-embed is-provider-youtube"><iframe src="https://www.youtube-nocookie.com/embed/abc123XYZ_0?rel=0" title="Linus on old hardware" allowfullscreen></iframe></figure>' +
        '<p>The talk above covers the numbers in more detail, including what the move cost us in the first month.</p>' +
        '<iframe src="https://player.vimeo.com/video/76979871?dnt=1" title="YouTube video player"></iframe>' +
        '<iframe src="//player.bilibili.com/player.html?aid=170001&bvid=BV17x411w7KC&cid=279786&page=1"></iframe>' +
        '<iframe src="https://www.google.com/maps/embed?pb=1" title="Where we work"></iframe>',
    );
    expect(item.attachments).toEqual([
      { url: "https://www.youtube.com/watch?v=abc123XYZ_0", mime_type: "text/html", title: "Linus on old hardware" },
      { url: "https://vimeo.com/76979871", mime_type: "text/html" },
      { url: "https://www.bilibili.com/video/BV17x411w7KC", mime_type: "text/html" },
    ]);
  });

  it("is not the story's when it plays in the page's sidebar", async () => {
    const html =
      `<html lang="en"><head><title>Why we moved off our cluster | Example Blog</title></head><body><article><h1>Why we moved off our cluster</h1>${LEAD}${TAIL}</article>` +
      '<aside class="sidebar"><h3>Our channel</h3><iframe src="https://www.youtube.com/embed/zzzzzzzzzzz"></iframe></aside></body></html>';
    const result = await readPage({ kind: "html", text: html, baseUrl: "" });
    if ("reason" in result) throw new Error(result.reason);
    expect(result.items[0]?.item.attachments).toBeUndefined();
  });
});

describe("a date printed with 時 (traditional Chinese, Japanese)", () => {
  it("is read to the minute, and its time is not taken for the story's source", async () => {
    const html =
      '<html lang="zh-Hant"><head><meta charset="utf-8"><title>台北市圖書館延長開放時間｜範例新聞網</title></head><body><div class="nav"><a href="/">首頁</a> <a href="/local">地方</a></div>' +
      '<div class="article"><h1>台北市圖書館延長開放時間</h1><div class="date">2020年11月20日 18時30分</div><div class="article-body">' +
      "<p>台北市立圖書館宣布，從下個月起，總館的開放時間將延長到晚上十點，方便下班後的民眾借書。</p><p>館方表示，延長開放是回應讀者多年來的建議，試辦三個月後將檢討成效。</p></div></div></body></html>";
    const result = await readPage({ kind: "html", text: html, baseUrl: "" });
    if ("reason" in result) throw new Error(result.reason);
    const item = result.items[0]?.item as ArticleItem;
    expect(item.date_published).toBe("2020-11-20T18:30:00+08:00");
    expect(item._qingyue.date_precision).toBe("minute");
    expect(item._qingyue.source).toBeUndefined();
  });
});

describe("an encyclopedia article", () => {
  const html =
    '<!DOCTYPE html><html lang="de"><head><title>Zugspitze – Wikipedia</title></head><body><div id="content"><h1 id="firstHeading">Zugspitze</h1><div id="bodyContent"><div id="mw-content-text"><div class="mw-parser-output">' +
    '<table class="infobox"><tbody><tr><th colspan="2">Zugspitze</th></tr><tr><th>Höhe</th><td>2962 m ü. NHN</td></tr><tr><th>Lage</th><td>Bayern, Deutschland; Tirol, Österreich</td></tr></tbody></table>' +
    '<p>Die <b>Zugspitze</b> ist mit 2962 m der höchste Berg Deutschlands.<sup class="reference"><a href="#cite_note-1">[1]</a></sup> Sie liegt südwestlich von Garmisch-Partenkirchen.</p>' +
    '<h2><span class="mw-headline">Geographie</span></h2><p>Die Zugspitze gehört zum Wettersteingebirge in den Nördlichen Kalkalpen. Das Gipfelplateau ist weitgehend bebaut.</p>' +
    '<div class="thumb tright"><div class="thumbinner"><a href="/wiki/Datei:Schneeferner.jpg" class="image"><img alt="" src="//upload.wikimedia.org/thumb/220px-Schneeferner.jpg" width="220" height="147" class="thumbimage"></a><div class="thumbcaption">Der Nördliche Schneeferner im Sommer</div></div></div>' +
    "<p>Auf dem Zugspitzplatt liegen die Gletscher Nördlicher und Südlicher Schneeferner, die seit Jahrzehnten schrumpfen.</p>" +
    '<div class="navbox"><table><tr><th>Berge in Deutschland</th></tr><tr><td><a href="/wiki/Watzmann">Watzmann</a> · <a href="/wiki/Hochwanner">Hochwanner</a></td></tr></table></div>' +
    '</div></div><div id="catlinks" class="catlinks"><a href="/wiki/Kategorie:Berg">Kategorie: Berg in Europa</a></div></div></div></body></html>';

  it("keeps a picture's caption under it, leaves out the box of links to other articles, and is summed up by its first sentence, not its infobox", async () => {
    const result = await readPage({ kind: "html", text: html, baseUrl: "", externalUrl: "https://de.wikipedia.org/wiki/Zugspitze" });
    if ("reason" in result) throw new Error(result.reason);
    const item = result.items[0]?.item as ArticleItem;
    const geographie = item._qingyue.sections.find((s) => s.heading === "Geographie");
    expect(geographie?.paragraphs).toEqual([
      "Die Zugspitze gehört zum Wettersteingebirge in den Nördlichen Kalkalpen. Das Gipfelplateau ist weitgehend bebaut.",
      "Auf dem Zugspitzplatt liegen die Gletscher Nördlicher und Südlicher Schneeferner, die seit Jahrzehnten schrumpfen.",
    ]);
    expect(geographie?.figures).toEqual([
      { before: 1, url: "https://upload.wikimedia.org/thumb/220px-Schneeferner.jpg", caption: "Der Nördliche Schneeferner im Sommer", width: 220, height: 147 },
    ]);
    expect(item.summary).toMatch(/^Die Zugspitze ist mit 2962 m der höchste Berg Deutschlands\./u);
  });
});

describe("a newspaper's story whose header stands inside the story's block", () => {
  const html =
    '<!DOCTYPE html><html lang="en"><head><title>A Small Town Saves Its Last Bookstore - The Daily Example</title></head><body><main><article id="story">' +
    '<header><h1>A Small Town Saves Its Last Bookstore</h1><p id="article-summary">When the owner announced she would retire, residents pooled their savings to keep the doors open.</p>' +
    '<div class="byline"><p>By <a href="/by/maria-gonzalez">Maria Gonzalez</a></p><time datetime="2021-09-20T05:00:07-04:00">Sept. 20, 2021</time></div></header>' +
    '<section name="articleBody"><div class="col"><p>ELMWOOD, Ga. — For forty years, the only bookstore in this town has been a narrow shop on Main Street with creaking floors.</p>' +
    "<p>When its owner said this spring that she planned to retire, residents feared the shop would close for good. Instead, they formed a cooperative.</p></div>" +
    '<div class="col"><p>More than 200 people bought shares, at $100 each, raising enough to buy the building and the stock.</p></div></section>' +
    '<div class="bottom-of-article"><p>A version of this article appears in print on Sept. 21, 2021, Section A, Page 14 of the New York edition with the headline: Town Saves Its Last Bookstore.</p>' +
    '<p><a href="/reprints">Order Reprints</a> | <a href="/paper">Today’s Paper</a> | <a href="/subscribe">Subscribe</a></p></div></article></main></body></html>';

  it("opens with its summary, reads the byline and date under it as the header's, and ends before the note on its print edition", async () => {
    const result = await readPage({ kind: "html", text: html, baseUrl: "" });
    if ("reason" in result) throw new Error(result.reason);
    const item = result.items[0]?.item as ArticleItem;
    expect(paragraphs(item)).toEqual([
      "When the owner announced she would retire, residents pooled their savings to keep the doors open.",
      "ELMWOOD, Ga. — For forty years, the only bookstore in this town has been a narrow shop on Main Street with creaking floors.",
      "When its owner said this spring that she planned to retire, residents feared the shop would close for good. Instead, they formed a cooperative.",
      "More than 200 people bought shares, at $100 each, raising enough to buy the building and the stock.",
    ]);
    expect(item.authors).toEqual([{ name: "Maria Gonzalez" }]);
    expect(item.date_published?.slice(0, 10)).toBe("2021-09-20");
  });

  it("ends before a comments count such as 'Comments (3 posted)'", async () => {
    const item = await article('<p>The patch set seems likely to be merged for the next development cycle.</p><a href="/Articles/912345/#Comments">Comments (3 posted)</a>');
    expect(paragraphs(item).at(-1)).toBe("The patch set seems likely to be merged for the next development cycle.");
  });
});

describe("a byline in other scripts", () => {
  const page = (lang: string, byline: string, text: string) =>
    `<!DOCTYPE html><html lang="${lang}"><head><title>T</title></head><body><nav><a href="/">/</a></nav><article><h1>${text.slice(0, 24)}</h1><div class="info">${byline}</div>` +
    `<div class="article-body"><p>${text}</p><p>${text}</p><p>${text}</p></div></article></body></html>`;
  const read = async (html: string) => {
    const result = await readPage({ kind: "html", text: html, baseUrl: "" });
    if ("reason" in result) throw new Error(result.reason);
    const item = result.items[0]?.item as ArticleItem;
    return { authors: item.authors, first: paragraphs(item)[0] };
  };

  it("names the writer in Russian, Hebrew and Arabic, and the line is no paragraph", async () => {
    const ru = "В среду в Москве открылся новый парк площадью двенадцать гектаров. На его территории высадили более тысячи деревьев.";
    expect(await read(page("ru", "<span>Автор: Иван Петров</span> <span>1 сентября 2021, 12:00</span>", ru))).toEqual({ authors: [{ name: "Иван Петров" }], first: ru });
    const he = "העירייה פתחה השבוע מסלול אופניים חדש באורך שמונה קילומטרים לאורך החוף, המחבר בין הנמל לפארק הצפוני.";
    expect(await read(page("he", "מאת: דנה כהן", he))).toEqual({ authors: [{ name: "דנה כהן" }], first: he });
    const ar = "افتتحت البلدية يوم الثلاثاء أكبر مكتبة عامة في المدينة، بعد أعمال بناء استمرت ثلاث سنوات، وتضم المكتبة أكثر من مئتي ألف كتاب.";
    expect(await read(page("ar", "بقلم: أحمد خالد", ar))).toEqual({ authors: [{ name: "أحمد خالد" }], first: ar });
  });
});

it("a story told whole in an element named for a summary is still the story", async () => {
  const text = "根据运营商内部人士透露，三大运营商关于 5G 手机的促销手段原本有三大类：金融分期购买、预存话费购机、以及购机补贴，如今购机补贴已被叫停，运营商将更多依靠金融分期和预存话费两种方式来吸引用户购买新手机。";
  const html = `<html><head><title>运营商 5G 手机促销方式曝光_青山网</title></head><body><div class="topic"><h1>运营商 5G 手机促销方式曝光</h1><div class="summary">${text}</div></div></body></html>`;
  const result = await readPage({ kind: "html", text: html, baseUrl: "" });
  if ("reason" in result) throw new Error(result.reason);
  expect(paragraphs(result.items[0]?.item as ArticleItem)).toEqual([text]);
});

describe("a blog's own byline and footnotes", () => {
  it("reads 'Posted by …, Title' and 'This article was contributed by …' as the writer, never as a paragraph", async () => {
    for (const [line, name] of [
      ["Posted by Priya Raman, Software Engineer", "Priya Raman"],
      ["This article was contributed by Jonathan Corbet", "Jonathan Corbet"],
    ] as const) {
      const item = await article("", { top: `<p>${line}</p>` });
      expect(item.authors, line).toEqual([{ name }]);
      expect(paragraphs(item)[0], line).toMatch(/^When we started/u);
    }
  });

  it("sets a footnote's mark apart from the word before it", async () => {
    const item = await article('<p>A step whose inputs have not changed is skipped entirely.<sup><a href="#fn1" id="ref1">1</a></sup> That is the whole trick.</p><p>Water boils at 10<sup>2</sup> degrees.</p>');
    expect(paragraphs(item)).toContain("A step whose inputs have not changed is skipped entirely.[1] That is the whole trick.");
    expect(paragraphs(item)).toContain("Water boils at 10² degrees.");
  });
});

it("a writer's post under the byline ('BBC Scotland environment correspondent') and the date under it are the header's, not the story's", async () => {
  const html =
    '<!DOCTYPE html><html lang="en-GB"><head><title>Red squirrels return to Scottish forest - Example News</title></head><body><div id="main-content"><article>' +
    '<header><h1>Red squirrels return to Scottish forest</h1></header><div data-component="byline-block"><div>By Fiona Mackay</div><div>BBC Scotland environment correspondent</div></div>' +
    '<time datetime="2022-03-15T07:12:33.000Z">15 March 2022</time>' +
    '<div data-component="text-block"><p>Red squirrels have returned to a forest in the Scottish Borders for the first time in more than forty years, conservationists say.</p></div>' +
    '<div data-component="text-block"><p>The animals were spotted by volunteers checking feeding stations set up last autumn.</p></div></article></div></body></html>';
  const result = await readPage({ kind: "html", text: html, baseUrl: "" });
  if ("reason" in result) throw new Error(result.reason);
  const item = result.items[0]?.item as ArticleItem;
  expect(paragraphs(item)).toEqual([
    "Red squirrels have returned to a forest in the Scottish Borders for the first time in more than forty years, conservationists say.",
    "The animals were spotted by volunteers checking feeding stations set up last autumn.",
  ]);
  expect(item.authors).toEqual([{ name: "Fiona Mackay" }]);
  expect(item.date_published?.slice(0, 10)).toBe("2022-03-15");
});

it("an old page's Flash player (<object> with an <embed>) is one video, attached as its page, and a video played twice is attached once", async () => {
  const item = await article(
    '<p><object width="425" height="344"><param name="movie" value="https://www.youtube.com/v/abc123XYZ_0&hl=en"><embed src="https://www.youtube.com/v/abc123XYZ_0&hl=en" type="application/x-shockwave-flash" width="425" height="344"></embed></object></p>' +
      '<p>The talk covers the numbers in more detail.</p><iframe src="https://www.youtube.com/embed/abc123XYZ_0"></iframe><embed src="https://www.youtube.com/v/def456UVW_1">',
  );
  expect(item.attachments).toEqual([
    { url: "https://www.youtube.com/watch?v=abc123XYZ_0", mime_type: "text/html" },
    { url: "https://www.youtube.com/watch?v=def456UVW_1", mime_type: "text/html" },
  ]);
});

it("a story's code shows as laid out, in one block of its lines with their indentation, in the story's HTML", async () => {
  const item = await article("<p>The new function replaces two older ones:</p><pre><code>int timer_shutdown(struct timer_list *t)\n{\n    return del_timer(t);\n}\n</code></pre>");
  expect(paragraphs(item)).toContain("\u00A0\u00A0\u00A0\u00A0return del_timer(t);");
  expect(item.content_html).toContain("<p>The new function replaces two older ones:</p><pre><code>int timer_shutdown(struct timer_list *t)\n{\n    return del_timer(t);\n}</code></pre><p>In the end");
});

it("the blurred copy a page shows while a picture loads is not a picture of its own", async () => {
  const item = await article(
    '<figure><div class="progressiveMedia" data-width="1400" data-height="933"><img src="https://cdn-images-1.example.com/freeze/max/60/1*abc.jpeg?q=20" class="progressiveMedia-thumbnail js-progressiveMedia-thumbnail">' +
      '<img class="progressiveMedia-image" data-src="https://cdn-images-1.example.com/max/1600/1*abc.jpeg"><noscript><img src="https://cdn-images-1.example.com/max/1600/1*abc.jpeg"></noscript></div><figcaption>A quiet desk</figcaption></figure>' +
      '<p>And a second one.</p><img class="lazyload blur-up" src="/lqip/b.jpg" data-src="/photos/b.jpg" width="800" height="600">',
  );
  expect(item._qingyue.sections.flatMap((s) => s.figures ?? [])).toEqual([
    { before: 1, url: "https://cdn-images-1.example.com/max/1600/1*abc.jpeg", caption: "A quiet desk" },
    { before: 2, url: "https://blog.example.com/photos/b.jpg", width: 800, height: 600 },
  ]);
});

it("a pull quote, which sets the story's own words again in large type, is not read twice; a story whose holder allows them is kept", async () => {
  const item = await article(
    "<p>A level floor makes everything after it easier. We spent a full week on ours, and it was worth every day.</p>" +
      '<figure class="wp-block-pullquote"><blockquote><p>A level floor makes everything after it easier.</p><cite>Tom</cite></blockquote></figure>' +
      '<div class="pull-quote">We spent a full week on ours</div>',
  );
  expect(paragraphs(item).filter((p) => p.startsWith("A level floor") || p === "Tom" || p.startsWith("We spent"))).toEqual([
    "A level floor makes everything after it easier. We spent a full week on ours, and it was worth every day.",
  ]);
  const html = `<!doctype html><html lang="en"><head><title>Why we moved off our cluster | Example Blog</title></head><body><h1>Why we moved off our cluster</h1><div class="post has-pullquotes">${LEAD}${TAIL}</div></body></html>`;
  const result = await readPage({ kind: "html", text: html, baseUrl: "" });
  if ("reason" in result) throw new Error(result.reason);
  expect(paragraphs(result.items[0]?.item as ArticleItem)).toHaveLength(2);
});

it("an embedded player's label of thousands of characters costs only the label, not the story", async () => {
  const item = await article(`<iframe src="https://player.vimeo.com/video/76979871" title="${"x".repeat(5000)}"></iframe>`);
  expect(item.attachments).toEqual([{ url: "https://vimeo.com/76979871", mime_type: "text/html" }]);
});

it("a page that embeds hundreds of videos keeps its story and the first 200 of them", async () => {
  const frames = Array.from({ length: 250 }, (_, n) => `<iframe src="https://player.vimeo.com/video/${1000 + n}"></iframe>`).join("");
  const item = await article(`<p>Every talk of the conference, in order.</p>${frames}`);
  expect(item.attachments).toHaveLength(200);
  expect(item.attachments?.[0]?.url).toBe("https://vimeo.com/1000");
});

it("an embedded Instagram post's placeholder line is not the story's", async () => {
  const item = await article(
    '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cabc/"><div><a href="https://www.instagram.com/p/Cabc/">View this post on Instagram</a></div><p><a href="https://www.instagram.com/p/Cabc/">A post shared by Clay &amp; Fire (@clayandfire)</a></p></blockquote>',
  );
  expect(paragraphs(item)).not.toContain("View this post on Instagram");
});

it("a byline with its date after it ('By Jane Roe June 1, 2021') names the writer without the month", async () => {
  const item = await article("", { top: '<div class="meta"><span>By <a href="/author/jane/">Jane Roe</a></span> <time datetime="2021-06-01">June 1, 2021</time></div>' });
  expect(item.authors).toEqual([{ name: "Jane Roe" }]);
});

it("a video set in a figure is named by its caption", async () => {
  const item = await article(
    '<figure class="wp-block-video"><video controls src="/media/tour.mp4"></video><figcaption>A quick tour of the new design</figcaption></figure>' +
      '<figure class="wp-block-embed"><iframe src="https://www.youtube.com/embed/abc123XYZ_0"></iframe><figcaption>The talk we gave about the move</figcaption></figure>',
  );
  expect(item.attachments).toEqual([
    { url: "https://blog.example.com/media/tour.mp4", mime_type: "video/mp4", title: "A quick tour of the new design" },
    { url: "https://www.youtube.com/watch?v=abc123XYZ_0", mime_type: "text/html", title: "The talk we gave about the move" },
  ]);
});

describe("what closes a story abroad", () => {
  it("the writer's name alone under the last paragraph is their signature, not the story's text", async () => {
    const html = `<!doctype html><html lang="fr"><head><title>Why we moved off our cluster | Example Blog</title><meta name="author" content="Dana Whitfield"></head><body><article><h1>Why we moved off our cluster</h1>${LEAD}${TAIL}<p>Dana Whitfield</p></article></body></html>`;
    const result = await readPage({ kind: "html", text: html, baseUrl: "" });
    if ("reason" in result) throw new Error(result.reason);
    const item = result.items[0]?.item as ArticleItem;
    expect(paragraphs(item).at(-1)).toBe("In the end, a handful of machines and a deploy script did everything we needed, and nobody has been paged on a weekend since.");
    expect(item.authors).toEqual([{ name: "Dana Whitfield" }]);
  });

  it("a German newsroom's closing initials ('(mbe)', '(kim/dpa)') are the editor's credit", async () => {
    for (const initials of ["(mbe)", "(kim/dpa)"]) {
      const html = `<!doctype html><html lang="de"><head><title>Neue Raspberry-Pi-Generation vorgestellt | heise online</title></head><body><article><h1>Neue Raspberry-Pi-Generation vorgestellt</h1><div class="article-content">
        <p>Die Raspberry Pi Foundation hat am Donnerstag den Raspberry Pi 5 vorgestellt. Der Einplatinencomputer soll ab Oktober erhältlich sein.</p>
        <p>Neu ist auch ein Anschluss für schnelle SSDs, der bisher nur über Umwege möglich war.</p><p>${initials}</p></div></article></body></html>`;
      const result = await readPage({ kind: "html", text: html, baseUrl: "" });
      if ("reason" in result) throw new Error(result.reason);
      const item = result.items[0]?.item as ArticleItem;
      expect(paragraphs(item).at(-1), initials).toBe("Neu ist auch ein Anschluss für schnelle SSDs, der bisher nur über Umwege möglich war.");
      expect(item._qingyue.byline, initials).toEqual({ text: initials });
    }
  });
});

it("the time the page says it last changed the story is the story's date_modified, when after it was published", async () => {
  const later = await article("", { head: '<meta property="article:published_time" content="2021-03-04T10:12:00Z"><meta property="article:modified_time" content="2021-03-05T08:00:00Z">' });
  expect([later.date_published, later.date_modified]).toEqual(["2021-03-04T18:12:00+08:00", "2021-03-05T16:00:00+08:00"]);
  const same = await article("", { head: '<meta property="article:published_time" content="2021-03-04T10:12:00Z"><meta property="article:modified_time" content="2021-03-04T10:12:00Z">' });
  expect(same.date_modified).toBeUndefined();
  // Saved seconds after the minute the page gives is no later change; the next minute is.
  const saved = await article("", { head: '<meta property="article:published_time" content="2021-03-04 18:12"><meta property="article:modified_time" content="2021-03-04 18:12:57">' });
  expect(saved.date_published).toBe("2021-03-04T18:12:00+08:00");
  expect(saved.date_modified).toBeUndefined();
  const next = await article("", { head: '<meta property="article:published_time" content="2021-03-04 18:12"><meta property="article:modified_time" content="2021-03-04 18:13:00">' });
  expect(next.date_modified).toBe("2021-03-04T18:13:00+08:00");
});

it("an AMP page's or a lite player's video, named by its id alone, is attached as its page", async () => {
  const item = await article('<amp-youtube data-videoid="abc123XYZ_0" layout="responsive" width="480" height="270"></amp-youtube><lite-youtube videoid="def456UVW_1"></lite-youtube><amp-vimeo data-videoid="76979871"></amp-vimeo>');
  expect(item.attachments?.map((a) => a.url)).toEqual(["https://www.youtube.com/watch?v=abc123XYZ_0", "https://www.youtube.com/watch?v=def456UVW_1", "https://vimeo.com/76979871"]);
});

it("a forum's story names its poster, linked to their page as 'user?id=…'", async () => {
  const html =
    '<html lang="en"><head><title>Show HN: A tiny static site generator | Example News</title></head><body><table id="main"><tr><td><span class="pagetop"><a href="news">Example News</a> <a href="newest">new</a> | <a href="ask">ask</a></span></td></tr>' +
    '<tr><td><table class="fatitem"><tr class="athing"><td class="title"><span class="titleline"><a href="item?id=1">Show HN: A tiny static site generator</a></span></td></tr>' +
    '<tr><td class="subtext"><span class="score">123 points</span> by <a href="user?id=jdoe" class="hnuser">jdoe</a> <span class="age"><a href="item?id=1">3 hours ago</a></span></td></tr>' +
    "<tr><td><div class=\"toptext\">I wanted a site generator I could read in one sitting, so I wrote one. It takes a folder of Markdown files and writes HTML.<p>It has no plugins and no configuration file, and I have used it for my own blog for a year.</div></td></tr></table></td></tr></table></body></html>";
  const result = await readPage({ kind: "html", text: html, baseUrl: "" });
  if ("reason" in result) throw new Error(result.reason);
  expect(result.items[0]?.item.authors).toEqual([{ name: "jdoe" }]);
});

it("a time printed on a Japanese page is Japan's time", async () => {
  const html =
    '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>京都で紅葉が見頃に｜サンプル新聞</title></head><body><div class="article"><h1>京都で紅葉が見頃に</h1><p class="date">2020年11月20日 18時30分</p>' +
    "<div class=\"article-body\"><p>京都市内の寺社で紅葉が見頃を迎え、週末を前に多くの観光客が訪れています。</p><p>嵐山や東福寺では、赤や黄色に色づいたカエデが青空に映え、訪れた人たちが写真を撮る姿が見られました。</p></div></div></body></html>";
  const result = await readPage({ kind: "html", text: html, baseUrl: "" });
  if ("reason" in result) throw new Error(result.reason);
  expect(result.items[0]?.item.date_published).toBe("2020-11-20T18:30:00+09:00");
});

it("a short subtitle the page names nothing, with the writer's line right under it, opens the story rather than heading its first section", async () => {
  const item = await article("", { head: '<meta name="author" content="Dana Whitfield">', top: "<h2>Lessons from a year on call</h2><div>Dana Whitfield · 6 min read · Mar 4, 2021</div>" });
  expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
  expect(paragraphs(item)[0]).toBe("Lessons from a year on call");
  expect(paragraphs(item)).not.toContain("Dana Whitfield · 6 min read · Mar 4, 2021");
});

it("a data table's caption stands over its rows, not lost", async () => {
  const item = await article(
    "<table><caption>Monthly costs, before and after</caption><thead><tr><th>Item</th><th>Before</th><th>After</th></tr></thead><tbody><tr><td>Compute</td><td>$4,000</td><td>$1,200</td></tr><tr><td>Staff time</td><td>60 h</td><td>5 h</td></tr></tbody></table>",
  );
  expect(paragraphs(item).slice(1, 5)).toEqual(["Monthly costs, before and after", "Item | Before | After", "Compute | $4,000 | $1,200", "Staff time | 60 h | 5 h"]);
  expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
});

describe("a picture offered at several sizes", () => {
  const imgs = (item: ArticleItem) => item.content_html?.match(/<img src="[^"]+"/gu) ?? [];

  it("is the widest its srcset (or its <picture>'s sources) names, not the column-sized src", async () => {
    const item = await article(
      '<figure><img src="https://cdn.example.com/photos/coast-300x200.jpg" srcset="https://cdn.example.com/photos/coast-300x200.jpg 300w, https://cdn.example.com/photos/coast-1024x683.jpg 1024w, https://cdn.example.com/photos/coast-768x512.jpg 768w" width="300" height="200" alt="The coast at low tide"></figure>' +
        '<p>We came back by the harbour, where the fishing boats were coming in with the evening catch and the gulls followed them.</p>' +
        '<picture><source type="image/webp" srcset="https://cdn.example.com/photos/boats-640.webp 640w, https://cdn.example.com/photos/boats-1280.webp 1280w"><img src="https://cdn.example.com/photos/boats-640.jpg" alt="Boats in the harbour at dusk"></picture>' +
        '<p>From the station the road climbs through the old town, past the market hall and the church with its crooked spire.</p>' +
        '<img src="//upload.example.org/thumb/220px-Spire.jpg" srcset="//upload.example.org/thumb/330px-Spire.jpg 1.5x, //upload.example.org/thumb/440px-Spire.jpg 2x" width="220" height="300" alt="The crooked spire">' +
        '<p>Inside, the church is cool and dark, and the light through the east window falls across the old stone floor.</p>' +
        '<img src="https://cdn.example.com/photos/window.jpg" srcset="https://cdn.example.com/photos/window-300.jpg 300w, https://cdn.example.com/photos/window-768.jpg 768w" width="2400" height="1600" alt="The east window">',
    );
    expect(imgs(item)).toEqual([
      '<img src="https://cdn.example.com/photos/coast-1024x683.jpg"',
      '<img src="https://cdn.example.com/photos/boats-1280.webp"',
      '<img src="https://upload.example.org/thumb/440px-Spire.jpg"',
      // A src wider than any its srcset names is the largest there is.
      '<img src="https://cdn.example.com/photos/window.jpg"',
    ]);
  });

  it("is the full-size copy a blog's small picture links to; a link to a page or another picture leaves it as it is", async () => {
    const item = await article(
      '<div class="separator"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh1/s1600/harbour.jpg"><img border="0" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh1/s320/harbour.jpg" width="320" height="240"></a></div>' +
        '<p>We came back by the harbour, where the fishing boats were coming in with the evening catch and the gulls followed them.</p>' +
        '<p><a href="https://blog.example.com/wp-content/uploads/2021/03/gulls.jpg"><img src="https://blog.example.com/wp-content/uploads/2021/03/gulls-300x225.jpg" width="300" height="225" alt="Gulls over the boats"></a></p>' +
        '<p>From the station the road climbs through the old town, past the market hall and the church with its crooked spire.</p>' +
        '<p><a href="https://blog.example.com/2021/02/market-hall/"><img src="https://blog.example.com/wp-content/uploads/2021/02/market-300x225.jpg" width="300" height="225" alt="The market hall"></a></p>' +
        '<p><a href="https://blog.example.com/wp-content/uploads/2021/02/church.jpg"><img src="https://blog.example.com/wp-content/uploads/2021/02/spire-300x225.jpg" width="300" height="225" alt="The spire"></a></p>',
    );
    expect(imgs(item)).toEqual([
      '<img src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh1/s1600/harbour.jpg"',
      '<img src="https://blog.example.com/wp-content/uploads/2021/03/gulls.jpg"',
      '<img src="https://blog.example.com/wp-content/uploads/2021/02/market-300x225.jpg"',
      '<img src="https://blog.example.com/wp-content/uploads/2021/02/spire-300x225.jpg"',
    ]);
  });
});

describe("a blog's home page showing its latest posts whole", () => {
  const SENTENCES = [
    "When we started the walk, the tide was out and the sand stretched for miles toward the old lighthouse on the point.",
    "The keeper's cottage is now a café, and they serve the best scones on this side of the county, with clotted cream.",
    "We came back by the harbour, where the fishing boats were coming in with the evening catch and the gulls followed them.",
    "It was a long day and a good one, and we slept the whole way home on the train while the fields went by outside.",
  ];
  const post = (title: string, href: string, more = 0) =>
    `<article class="post type-post hentry"><header class="entry-header"><h2 class="entry-title"><a href="${href}" rel="bookmark">${title}</a></h2><time class="entry-date" datetime="2021-03-14T10:00:00+00:00">March 14, 2021</time></header>` +
    `<div class="entry-content">${[...SENTENCES, ...SENTENCES.slice(0, more)].map((s) => `<p>${s} ${s}</p>`).join("")}</div><footer class="entry-footer">Posted in <a href="/category/walks/">Walks</a></footer></article>`;
  const page = (main: string) =>
    `<!doctype html><html lang="en"><head><title>Example Walks – Notes from the footpaths</title></head><body class="home blog"><header><p class="site-title"><a href="https://walks.example.org/" rel="home">Example Walks</a></p></header><main class="site-main">${main}<nav class="posts-navigation"><a href="/page/2/">Older posts</a></nav></main></body></html>`;

  it("is named a list page, not an article of its longest post", async () => {
    const html = page(post("A walk on the coast", "https://walks.example.org/coast/", 2) + post("The old mill", "https://walks.example.org/mill/") + post("Spring in the valley", "https://walks.example.org/spring/"));
    const result = await readPage({ kind: "html", text: html, baseUrl: "", externalUrl: "https://walks.example.org/" });
    expect(result).toEqual({ reason: "不是文章页：没有成段的正文（像是首页、栏目或列表页）" });
  });

  it("is named a list page when it shows each post's opening over its 'Read more' link", async () => {
    const opening = (title: string, slug: string, lines: readonly string[]) =>
      `<div class="post-outer"><div class="post hentry"><h3 class="post-title"><a href="https://walks.example.org/2021/03/${slug}.html">${title}</a></h3><div class="post-body">${lines.map((l) => `<p>${l}</p>`).join("")}<div class="jump-link"><a href="https://walks.example.org/2021/03/${slug}.html#more">Read more »</a></div></div></div></div>`;
    const html = page(opening("A walk on the coast", "coast", SENTENCES) + opening("The old mill", "mill", SENTENCES.slice(0, 1)) + opening("Spring in the valley", "spring", SENTENCES.slice(1, 2)));
    const result = await readPage({ kind: "html", text: html, baseUrl: "", externalUrl: "https://walks.example.org/" });
    expect(result).toEqual({ reason: "不是文章页：没有成段的正文（像是首页、栏目或列表页）" });
  });

  it("is still the post on a post's own page, with other posts' headlines and teasers below it", async () => {
    const teaser = (title: string, href: string) => `<div class="related-post"><h2 class="entry-title"><a href="${href}">${title}</a></h2><p>${SENTENCES[0]}</p></div>`;
    const html = page(post("A walk on the coast", "https://walks.example.org/coast/") + `<section class="related">${teaser("The old mill", "https://walks.example.org/mill/")}${teaser("Spring in the valley", "https://walks.example.org/spring/")}</section>`);
    const result = await readPage({ kind: "html", text: html, baseUrl: "", externalUrl: "https://walks.example.org/coast/" });
    if ("reason" in result) throw new Error(result.reason);
    expect(result.items.map((i) => i.item.title)).toEqual(["A walk on the coast"]);
  });
});

describe("a page its script draws, whose story is only in its JSON-LD", () => {
  const page = (ld: object) =>
    `<!doctype html><html lang="en"><head><title>How the river was saved | Example Times</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head>` +
    `<body><div id="root"><header><a href="/">Example Times</a><nav><a href="/news">News</a> <a href="/opinion">Opinion</a></nav></header><main><div class="loading">Loading…</div></main><footer>© Example Times</footer></div><script src="/static/js/main.js"></script></body></html>`;
  const LD = { "@context": "https://schema.org", "@type": "NewsArticle", headline: "How the river was saved", datePublished: "2022-04-02T08:00:00Z", author: [{ "@type": "Person", name: "Tom Brown" }] };

  it("is read from its articleBody: the headline, each paragraph, the writer and the date", async () => {
    const body = "Twenty years ago the river was one of the most polluted in the country, and nothing lived in its lower reaches.\n\nToday otters are back below the weir, and last summer the first salmon in a century was seen at the mill.\n\n\"We never thought we would see this,\" said one of the anglers who started the group.";
    const result = await readPage({ kind: "html", text: page({ ...LD, articleBody: body }), baseUrl: "", externalUrl: "https://times.example.com/2022/04/river" });
    if ("reason" in result) throw new Error(result.reason);
    const item = result.items[0]?.item as ArticleItem;
    expect(item.title).toBe("How the river was saved");
    expect(paragraphs(item)).toEqual(body.split("\n\n"));
    expect(item.authors).toEqual([{ name: "Tom Brown" }]);
    expect(item.date_published).toBe("2022-04-02T16:00:00+08:00");
  });

  it("is still no article when its JSON-LD gives no articleBody", async () => {
    const result = await readPage({ kind: "html", text: page(LD), baseUrl: "", externalUrl: "https://times.example.com/2022/04/river" });
    expect(result).toEqual({ reason: "不是文章页：没有成段的正文（像是首页、栏目或列表页）" });
  });
});

describe("a story behind a paywall", () => {
  const OPENING = [
    "Every few years a new framework promises to change how we build software, and every few years most teams discover that the old tools were not the problem.",
    "When I joined my current team, we ran eleven services in four languages. Two years later we run three, in one language, and we ship more often than we ever did.",
  ];
  const read = async (html: string) => {
    const result = await readPage({ kind: "html", text: html, baseUrl: "", externalUrl: "https://medium.com/@samlee/boring-technology-1a2b3c" });
    if ("reason" in result) throw new Error(result.reason);
    return result.items[0]?.item as ArticleItem;
  };

  it("is said to be cut where the page shows only its opening and a prompt to sign in, without its 'Member-only story' label", async () => {
    const item = await read(
      `<!doctype html><html lang="en"><head><title>The quiet power of boring technology | by Sam Lee | Medium</title><meta name="author" content="Sam Lee"><meta property="article:published_time" content="2023-02-10T12:00:00.000Z"></head><body><div id="root"><nav><a href="/">Medium</a><a href="/m/signin">Sign in</a></nav>` +
        `<article><section><h1 data-testid="storyTitle">The quiet power of boring technology</h1><div class="pw-author"><a href="/@samlee">Sam Lee</a><span>·</span><span>Follow</span><span>7 min read</span><span>·</span><span>Feb 10, 2023</span></div><div><span>Member-only story</span></div>${OPENING.map((p) => `<p class="pw-post-body-paragraph">${p}</p>`).join("")}</section></article>` +
        `<div class="c5 c6"><h2>Create an account to read the full story.</h2><p>The author made this story available to Medium members only.</p><a href="/m/signin?operation=register">Continue in app</a></div></div></body></html>`,
    );
    expect(paragraphs(item)).toEqual(OPENING);
    expect(item._qingyue.truncated).toBe(true);
  });

  it("is said to be cut where a newsletter's post ends in its paywall box; a whole story is not", async () => {
    const gated = await read(
      `<!doctype html><html lang="en"><head><title>Notes on the harbour</title></head><body><article class="post"><h1 class="post-title">Notes on the harbour</h1><div class="body markup">${OPENING.map((p) => `<p>${p}</p>`).join("")}</div>` +
        `<div class="paywall"><h2 class="paywall-title">Keep reading with a 7-day free trial</h2><a class="button" href="/subscribe">Start trial</a></div></article></body></html>`,
    );
    expect(paragraphs(gated)).toEqual(OPENING);
    expect(gated._qingyue.truncated).toBe(true);
    const whole = await article("");
    expect(whole._qingyue.truncated).toBeUndefined();
  });
});

describe("a whole story on a page that also prints a paywall's box", () => {
  it("is not said to be cut", async () => {
    const long = Array.from({ length: 16 }, (_, i) => `<p>Paragraph ${i + 1} of the story goes on about the harbour, the boats, the weather and the people who work there from dawn until late in the evening.</p>`).join("");
    const html = `<!doctype html><html lang="en"><head><title>Harbour life</title></head><body><article><h1>Harbour life</h1>${long}</article><div class="paywall-container"><p>Subscribe to continue reading</p></div></body></html>`;
    const result = await readPage({ kind: "html", text: html, baseUrl: "", externalUrl: "https://news.example.com/harbour" });
    if ("reason" in result) throw new Error(result.reason);
    const item = result.items[0]?.item as ArticleItem;
    expect(paragraphs(item)).toHaveLength(16);
    expect(item._qingyue.truncated).toBeUndefined();
  });
});
