// @vitest-environment node
import { describe, expect, it } from "vitest";
import { classifyPage } from "../../../src/ingest/parse/classify";
import { buildSections } from "../../../src/ingest/parse/sections";
import { readTail } from "../../../src/ingest/parse/tail";
import { endsPost, isPostStart } from "../../../src/ingest/parse/posts";

const sections = (text: string) => buildSections(classifyPage(text)).map((s) => [s.heading, s.paragraphs.length]);

describe("section headings", () => {
  it("are short lines standing alone before body paragraphs", () => {
    expect(sections("导语第一段,很长很长的一段话。\n\n小标题\n正文第一段,很长很长的一段话。\n正文第二段。")).toEqual([
      [undefined, 1],
      ["小标题", 2],
    ]);
  });

  it("are not short lines inside a run of paragraphs, unless numbered", () => {
    expect(sections("第一段,很长很长的一段话。\n他们说\n第二段,很长很长的一段话。")).toEqual([[undefined, 3]]);
    expect(sections("第一段,很长很长的一段话。\n二、充电网络加快建设\n第二段,很长很长的一段话。")).toEqual([
      [undefined, 1],
      ["二、充电网络加快建设", 1],
    ]);
  });

  it("are not a short line with nothing after it, or one followed by another short line", () => {
    expect(sections("第一段,很长很长的一段话。\n\n结尾短句")).toEqual([[undefined, 2]]);
    expect(sections("\n标题甲\n标题乙\n正文,很长很长的一段话。")).toEqual([[undefined, 3]]);
  });
});

describe("posts after the article", () => {
  const posts = (text: string) => readTail(classifyPage(text), 0).posts.map((p) => p.paragraphs);

  it("start at #话题# or 【标题】 blocks", () => {
    expect(isPostStart("#话题#正文")).toBe(true);
    expect(isPostStart("#任嘉伦[超话]#正文")).toBe(true);
    expect(isPostStart("【标题】正文")).toBe(true);
    expect(isPostStart("正文#话题#")).toBe(false);
    expect(isPostStart("【1】正文")).toBe(false);
  });

  it("run over a blank line when the next block does not start a post", () => {
    expect(posts("#甲#第一段\n\n第二段\n\n#乙#另一条")).toEqual([["#甲#第一段", "第二段"], ["#乙#另一条"]]);
  });

  it("end on their link or their (来源:…) attribution", () => {
    expect(endsPost("详情:https://t.cn/x")).toBe(true);
    expect(endsPost("歌曲链接:https://t.cn/E7yNAwW(来源:安徽检察)")).toBe(true);
    expect(endsPost("（来源：平安青山）")).toBe(true);
    expect(endsPost("还记得他么?")).toBe(false);
    expect(posts("#甲#正文(来源:某地)\n\n没有标记的下一条\n\n续段")).toEqual([["#甲#正文(来源:某地)"], ["没有标记的下一条", "续段"]]);
    expect(posts("#甲#正文https://t.cn/a\n\n没有标记的下一条")).toEqual([["#甲#正文https://t.cn/a"], ["没有标记的下一条"]]);
  });

  it("are not readers' comments under a comment box, even across blank lines", () => {
    expect(posts("#甲#正文\n\n网友评论\n张三：说得好\n\n李四：赞同\n\n#乙#下一条")).toEqual([["#甲#正文"], ["#乙#下一条"]]);
  });

  it("end at page chrome between them", () => {
    expect(posts("第一条\n发布 👍 1 举报 写留言\n第二条")).toEqual([["第一条"], ["第二条"]]);
  });

  it("keep a headline-only line as the title, not a paragraph", () => {
    const [post] = readTail(classifyPage("【标题】\n正文。"), 0).posts;
    expect(post).toEqual({ headline: "标题", paragraphs: ["正文。"] });
    const [alone] = readTail(classifyPage("【只有标题】"), 0).posts;
    expect(alone).toEqual({ headline: "只有标题", paragraphs: ["【只有标题】"] });
  });
});
