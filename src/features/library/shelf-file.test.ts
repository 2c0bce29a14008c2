import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { ItemSchema } from "../../content/feed-schema";
import { post, trending } from "../../../tests/fixtures/feed-builders";
import { readShelfFile, shelfFeed, ShelfFileError } from "./shelf-file";

const items = [post("p1", "第一条"), trending("t1", "热门的开头")].map((i) => v.parse(ItemSchema, i));

describe("shelf files", () => {
  it("writes a JSON Feed that reads back to the same stories, in order", () => {
    const text = shelfFeed("bookmarks", items);
    expect(JSON.parse(text)).toMatchObject({ version: "https://jsonfeed.org/version/1.1", title: "轻阅 · 收藏" });
    expect(readShelfFile(text)).toEqual({ items, problems: [] });
  });

  it("keeps the good stories and names each bad one in Chinese", () => {
    const feed = JSON.parse(shelfFeed("history", items));
    feed.items.splice(1, 0, { id: "bad", title: 42 }, { content_text: "没有 id" }, feed.items[0]);
    const read = readShelfFile(JSON.stringify(feed));
    expect(read.items.map((i) => i.id)).toEqual(["p1", "t1"]);
    expect(read.problems).toEqual([
      "第 2 条（bad）缺少必要内容或格式不对，已跳过。",
      "第 3 条没有 id，无法收藏，已跳过。",
      "第 4 条（p1）与前面的一条重复，已跳过。",
    ]);
  });

  it("refuses a file that is not JSON, or not a feed, in words a reader understands", () => {
    expect(() => readShelfFile("{oops")).toThrow(new ShelfFileError("这个文件不是有效的 JSON，没有导入任何内容。"));
    expect(() => readShelfFile('{"hello": 1}')).toThrow("这个文件不是 JSON Feed 订阅源，没有导入任何内容。");
  });
});
