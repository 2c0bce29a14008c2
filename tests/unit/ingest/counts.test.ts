// @vitest-environment node
import { expect, it } from "vitest";
import { readCounts } from "../../../src/ingest/parse/counts";

it("reads the counts under a post as printed", () => {
  expect(readCounts("转发 12 评论 3 赞 45")).toEqual({ reposts: "12", comments: "3", likes: "45" });
  expect(readCounts("转发(1.2万) | 评论(356) | 赞(2万+)")).toEqual({ reposts: "1.2万", comments: "356", likes: "2万+" });
  expect(readCounts("收藏 转发 8 评论 点赞 30")).toEqual({ reposts: "8", likes: "30" });
  expect(readCounts("转发（7）")).toEqual({ reposts: "7" });
});

it("is no count line when a label has no number, or there are words besides labels", () => {
  expect(readCounts("转发 评论 赞")).toBeUndefined();
  expect(readCounts("转发 微博 Qzone 微信")).toBeUndefined();
  expect(readCounts("发布 👍 0 举报 写留言")).toBeUndefined();
  expect(readCounts("转发 12 次，评论很热烈")).toBeUndefined();
  expect(readCounts("赞 3 赞 4")).toBeUndefined();
  expect(readCounts("12 评论")).toBeUndefined();
});
