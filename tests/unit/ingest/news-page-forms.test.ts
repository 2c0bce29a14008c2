// @vitest-environment node
// Chinese news stories in forms of their own: an interview in questions and answers, a story
// the page sets again for print, a story kept in a template or a frame for its script to show.
import { describe, expect, it } from "vitest";
import type { ArticleItem } from "../../../src/content/feed-schema";
import { readPage } from "../../../src/ingest/read-page";
import { paragraphs, HARVEST_STORY as STORY } from "./helpers";

async function article(html: string): Promise<ArticleItem> {
  const result = await readPage({ kind: "html", text: html, baseUrl: "" });
  if ("reason" in result) throw new Error(result.reason);
  expect(result.items).toHaveLength(1);
  return result.items[0]?.item as ArticleItem;
}

const ps = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join("\n");
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

  it("reads the story once when the page shows it and keeps a copy too", async () => {
    const item = await article(`${HEAD}<div class="article">${HEADER}<div class="content">${ps(STORY)}</div></div><textarea id="copy" style="display:none">${escaped(ps(STORY))}</textarea></body></html>`);
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("sets no template's fields or a comment box's words as the story", async () => {
    const item = await article(`${HEAD}<div class="article">${HEADER}<div class="content">${ps(STORY)}</div></div>
<script type="text/template" id="item-tpl"><li><a href="{{url}}">{{title}}</a><p>{{summary}}</p></li></script><textarea name="comment" placeholder="说点什么吧"></textarea></body></html>`);
    expect(paragraphs(item)).toEqual(STORY);
  });
});
