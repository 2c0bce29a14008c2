// @vitest-environment node
// Weibo's web pages copied as text (tests/fixtures/pages/weibo-timeline.txt): each post under its
// author's name and its "time 来自 client" line, its counts under it.
import { describe, expect, it } from "vitest";
import type { Item } from "../../../src/content/feed-schema";
import { readPage } from "../../../src/ingest/read-page";
import { fixture } from "./helpers";

async function itemsOf(text: string): Promise<Item[]> {
  const result = await readPage({ kind: "text", text, baseUrl: "" });
  if ("reason" in result) throw new Error(result.reason);
  return result.items.map((r) => r.item);
}

describe("a Weibo timeline copied as text", () => {
  it("gives each post with its author, its time and its counts", async () => {
    const [first, second, ...rest] = await itemsOf(fixture("weibo-timeline.txt"));
    expect(rest).toEqual([]);
    expect(first?._qingyue.kind).toBe("post");
    expect(first?.authors).toEqual([{ name: "青山检察" }]);
    expect(first?.date_published).toBe("2020-08-05T18:30:00+08:00");
    expect(first?.title).toBe("检察开放日走进青山");
    expect(first?.tags).toEqual(["检察开放日"]);
    expect(first?._qingyue).toMatchObject({ counts: { reposts: "12", comments: "3", likes: "45" } });
    expect(second?.authors).toEqual([{ name: "青山检察" }]);
    expect(second?.tags).toEqual(["最美检察官"]);
  });

  it("keeps a time printed without its year as printed, and gives no counts where Weibo printed only the labels", async () => {
    const [, second] = await itemsOf(fixture("weibo-timeline.txt"));
    expect(second?.date_published).toBeUndefined();
    expect(second?._qingyue).toMatchObject({ kind: "post", date_text: "8月4日 10:12" });
    expect(second?._qingyue).not.toHaveProperty("counts");
  });

  it("keeps the badge, the verification and the count labels out of the posts' words", async () => {
    const items = await itemsOf(fixture("weibo-timeline.txt"));
    const words = items.map((item) => item.content_text ?? "").join("\n");
    for (const chrome of ["青山市人民检察院官方微博", "来自", "转发", "评论"]) expect(words, chrome).not.toContain(chrome);
    expect(words).not.toMatch(/^V$/mu);
  });

  it("reads one post's page when its counts are under it", async () => {
    const [post, ...rest] = await itemsOf("平安青山\n今天 09:30 来自 微博 weibo.com\n#平安青山# 雨天路滑，出行注意安全。\n转发 3 评论 1 赞 20\n");
    expect(rest).toEqual([]);
    expect(post?.authors).toEqual([{ name: "平安青山" }]);
    expect(post?._qingyue).toMatchObject({ kind: "post", date_text: "今天 09:30", counts: { reposts: "3", comments: "1", likes: "20" } });
  });
});

describe("a news page with a '来自' line under its headline", () => {
  it("stays an article: one such line and no counts is not a Weibo page", async () => {
    const [article] = await itemsOf("青山大桥今日通车\n2020-08-05 18:30 来自 青山日报\n青山大桥今日正式通车，全长三公里。\n大桥的建成将缩短两岸通行时间。\n");
    expect(article?._qingyue.kind).toBe("article");
    expect(article?.title).toBe("青山大桥今日通车");
  });

  it("stays an article when the line reads '来自：' as a source label", async () => {
    const [article] = await itemsOf("青山大桥今日通车\n2020-08-05 18:30 来自：青山日报\n青山大桥今日正式通车，全长三公里。\n转发 评论\n");
    expect(article?._qingyue.kind).toBe("article");
  });
});
