// @vitest-environment node
// Chinese news stories in forms of their own: an interview in questions and answers, a story
// the page sets again for print, a story kept in a template or a frame for its script to show.
import { describe, expect, it } from "vitest";
import { paragraphs, HARVEST_STORY as STORY, htmlArticle as article, paragraphsHtml as ps } from "./helpers";

const HEAD = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收_新闻_青山网</title></head><body>`;
const HEADER = `<h1>青山县晚稻喜获丰收</h1><div class="info">2021-03-05 10:20 来源：青山日报</div>`;

describe("an interview in questions and answers", () => {
  const turns = [
    "记者：今年晚稻的收成怎么样？",
    "王小明：今年全县晚稻种植面积达到十二万亩，预计总产量比去年增长百分之五以上。",
    "问：烘干能力跟得上吗？",
    "答：我们新建了三个烘干中心，每天可以烘干稻谷两千吨，完全能够满足需要。",
  ];

  it("keeps the interviewer's first question as the story's text, not as its writer", async () => {
    const item = await article(`${HEAD}<div class="article">${HEADER}<div class="content">${ps(turns)}</div></div></body></html>`);
    expect(paragraphs(item)).toEqual(turns);
    expect(item.authors).toBeUndefined();
    expect(item._qingyue.byline).toBeUndefined();
  });
});

describe("a story the page sets again for print", () => {
  it("is read once, from the copy the screen shows", async () => {
    const item = await article(`${HEAD}<div class="article">${HEADER}<div class="content">${ps(STORY)}</div></div>
<div class="print-only"><h1>青山县晚稻喜获丰收</h1><div>2021-03-05 10:20 来源：青山日报</div>${ps(STORY)}</div></body></html>`);
    expect(paragraphs(item)).toEqual(STORY);
    expect(item.date_published).toBe("2021-03-05T10:20:00+08:00");
  });

  it("is read when the print copy is all the page holds", async () => {
    const item = await article(`${HEAD}<div class="visible-print">${HEADER}${ps(STORY)}</div></body></html>`);
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("a story the page keeps for its script to lay out", () => {
  const escaped = (html: string) => html.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");
  const story = `${HEADER}${ps(STORY)}`;
  const shell = (holder: string) => `${HEAD}<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div><div id="app"></div>${holder}</body></html>`;

  it("reads it from a frame's srcdoc", async () => {
    const item = await article(shell(`<iframe id="article-frame" srcdoc="${escaped(`<!DOCTYPE html><html><head><title>x</title></head><body>${story}</body></html>`)}"></iframe>`));
    expect(item.title).toBe("青山县晚稻喜获丰收");
    expect(paragraphs(item)).toEqual(STORY);
    expect(item._qingyue.source).toBe("青山日报");
  });

  it("reads it from a hidden textarea, its markup escaped", async () => {
    const item = await article(shell(`<textarea id="article-tpl" style="display:none">${escaped(story)}</textarea>`));
    expect(paragraphs(item)).toEqual(STORY);
    expect(item.date_published).toBe("2021-03-05T10:20:00+08:00");
  });

  it("reads it from a script template", async () => {
    const item = await article(shell(`<script type="text/template" id="tpl">${story}</script>`));
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("reads it from a <noscript> the page sets for a browser whose script is off", async () => {
    const item = await article(shell(`<noscript><div class="article">${story}</div></noscript>`));
    expect(paragraphs(item)).toEqual(STORY);
    expect(item._qingyue.source).toBe("青山日报");
  });

  it("reads the story once when the page shows it and keeps a copy too", async () => {
    const item = await article(`${HEAD}<div class="article">${HEADER}<div class="content">${ps(STORY)}</div></div><textarea id="copy" style="display:none">${escaped(ps(STORY))}</textarea></body></html>`);
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("sets no template's fields or a comment box's words as the story", async () => {
    const item = await article(`${HEAD}<div class="article">${HEADER}<div class="content">${ps(STORY)}</div></div>
<script type="text/template" id="item-tpl"><li><a href="{{url}}">{{title}}</a><p>{{summary}}</p></li></script><textarea name="comment" placeholder="说点什么吧"></textarea>
<noscript><p>您的浏览器未开启JavaScript，请开启后浏览。</p></noscript></body></html>`);
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("a gallery (图集) with one caption under each picture", () => {
  it("gives each picture its caption, without the gallery's count before it", async () => {
    const captions = ["东河镇农民抢收晚稻，收割机在田间作业。", "烘干中心里，工人们正在翻晒稻谷。", "丰收的稻谷装车运往粮库。"];
    const item = await article(`${HEAD}<div class="article">${HEADER}<div id="gallery"><ul class="pic-list">
${captions.map((c, i) => `<li><img src="https://img.example.cn/${i + 1}.jpg"><div class="pic-desc"><span class="num">${i + 1}/3</span>${c}</div></li>`).join("\n")}
</ul></div></div></body></html>`);
    const figures = item._qingyue.sections.flatMap((s) => s.figures ?? []);
    expect(figures.map((f) => [f.url, f.caption])).toEqual(captions.map((c, i) => [`https://img.example.cn/${i + 1}.jpg`, c]));
  });
});

describe("a live blog (直播) with a time over each entry", () => {
  it("reads each entry with its time", async () => {
    const entries = [
      ["10:20", "青山县晚稻收割现场直播开始，记者来到东河镇示范基地。"],
      ["10:35", "收割机已经开始作业，每台机器每小时可以收割十五亩左右。"],
      ["11:00", "第一车稻谷运抵烘干中心，工作人员开始检测水分。"],
    ];
    const item = await article(`${HEAD}<div class="article">${HEADER}<div class="live-list">
${entries.map(([t, p]) => `<div class="live-item"><span class="live-time">${t}</span><p>${p}</p></div>`).join("\n")}
</div></div></body></html>`);
    expect(paragraphs(item)).toEqual(entries.map(([t, p]) => `${t} ${p}`));
  });

  it("reads each entry with its full date and time, the first dating a page that prints no date of its own", async () => {
    const entries = [
      ["2021-03-05 10:20", "青山县晚稻收割现场直播开始，记者来到东河镇示范基地。"],
      ["2021-03-05 10:35", "收割机已经开始作业，每台机器每小时可以收割十五亩左右。"],
    ];
    const item = await article(`${HEAD}<div class="article"><h1>青山县晚稻喜获丰收</h1><div class="live-list">
${entries.map(([t, p]) => `<div class="live-item"><div class="time">${t}</div><p>${p}</p></div>`).join("\n")}
</div></div></body></html>`);
    expect(paragraphs(item)).toEqual(entries.map(([t, p]) => `${t} ${p}`));
    expect(item.date_published).toBe("2021-03-05T10:20:00+08:00");
  });
});

describe("a story in pages (分页)", () => {
  it.each([
    ["an index of its pages by their titles", `<p>分页：<a href="a_2.html">第2页：烘干中心</a> <a href="a_3.html">第3页：粮库</a></p>`],
    ["a pager counting its pages", `<div class="pages">第 1 / 3 页 <a href="a_2.html">下一页 &gt;&gt;</a></div>`],
    ["a pager of bracketed links", `<p align="center">【<a href="a.html">1</a>】【<a href="a_2.html">2</a>】【<a href="a_2.html">下一页</a>】</p>`],
    ["a pager from the first page to the last", `<p><a href="a.html">第一页</a> <a href="a.html">上一页</a> <a href="a_2.html">下一页</a> <a href="a_3.html">最后一页</a></p>`],
    ["a pager with a box to jump to a page", `<div class="pages"><a href="a.html">上一页</a> 1 <a href="a_2.html">2</a> <a href="a_3.html">3</a> <a href="a_2.html">下一页</a> 跳转到 第<input type="text" size="2">页 <button>GO</button></div>`],
    ["a count of the story's pages", `<p>全文共3页 当前为第1页</p>`],
  ])("keeps %s out of the story", async (_, pager) => {
    const item = await article(`${HEAD}<div class="article">${HEADER}<div class="content">${ps(STORY)}\n${pager}</div></div></body></html>`);
    expect(paragraphs(item)).toEqual(STORY);
  });
});
