// @vitest-environment node
// Page text that scrapers write as Markdown: a reader service's file (tests/fixtures/pages/
// reader-markdown.txt: "Title: / URL Source: / Published Time: / Markdown Content:") and plain
// Markdown. Each must read as the article the page holds, with its subheads and pictures.
import { describe, expect, it } from "vitest";
import type { Item } from "../../../src/content/feed-schema";
import { readPage } from "../../../src/ingest/read-page";
import { fixture } from "./helpers";

async function itemsOf(text: string): Promise<Item[]> {
  const result = await readPage({ kind: "text", text, baseUrl: "" });
  if ("reason" in result) throw new Error(result.reason);
  return result.items.map((r) => r.item);
}

const articleOf = async (text: string) => {
  const [item, ...rest] = await itemsOf(text);
  expect(rest).toEqual([]);
  if (item?._qingyue.kind !== "article") throw new Error(`not an article: ${JSON.stringify(item)}`);
  return { item, ext: item._qingyue };
};

describe("a reader service's Markdown file", () => {
  it("reads the headline, the page's address and time, and the source line, none of them as text", async () => {
    const { item, ext } = await articleOf(fixture("reader-markdown.txt"));
    expect(item.title).toBe("青山检察院举办检察开放日活动");
    expect(item.external_url).toBe("https://www.example.gov.cn/news/2020/0805/123.html");
    expect(item.date_published).toBe("2020-08-05T18:30:00+08:00");
    expect(ext.source).toBe("青山检察");
    for (const raw of ["URL Source", "Markdown Content", "**", "](", "# "]) expect(item.content_text, raw).not.toContain(raw);
  });

  it("keeps the subheads, the list and the picture with its caption, in order", async () => {
    const { ext } = await articleOf(fixture("reader-markdown.txt"));
    expect(ext.sections.map((s) => s.heading)).toEqual([undefined, "零距离感受检察工作", "意见建议"]);
    expect(ext.sections[0]?.paragraphs[0]).toBe("8月5日，青山市检察院举办检察开放日活动，邀请人大代表、政协委员走进检察院。");
    expect(ext.sections[0]?.figures).toEqual([{ before: 1, url: "https://www.example.gov.cn/img/1.jpg", alt: "活动现场" }]);
    expect(ext.sections[1]?.paragraphs).toEqual(["代表委员们观摩了庭审，听取了工作汇报。", "• 参观服务中心", "• 观摩庭审", "• 座谈交流"]);
  });
});

describe("plain Markdown", () => {
  it("reads as the same article without the reader service's header", async () => {
    const text = fixture("reader-markdown.txt").split("Markdown Content:\n")[1] ?? "";
    const { item, ext } = await articleOf(text);
    expect(item.title).toBe("青山检察院举办检察开放日活动");
    expect(ext.sections.map((s) => s.heading)).toEqual([undefined, "零距离感受检察工作", "意见建议"]);
    expect(item.content_text).not.toContain("](");
  });
});

describe("page text that only looks like Markdown in places", () => {
  it("reads Weibo's #话题#, [表情] and • lists as page text, not as Markdown", async () => {
    const items = await itemsOf("#曲检人物#【“最美检察官”郑严凯】在近日公示的“云岭模范”中,郑严凯获得“最美检察官”称号。[心][赞] https://t.cn/EzdjDmC\n\n✋热门推荐\n  • #每日一善[超话]#[送花花] 让积极打败消极\n  • [吃瓜]有很多爱的一天[心]\n");
    expect(items.map((i) => i._qingyue.kind)).toEqual(["post", "trending", "trending"]);
    expect(items[0]?.content_text).toContain("#曲检人物#【“最美检察官”郑严凯】");
  });
});
