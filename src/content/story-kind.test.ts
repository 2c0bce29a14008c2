import { describe, expect, it } from "vitest";
import { classifyPlainStory } from "./story-kind";
import { storyLabel } from "./weibo-source";
import { parseFeedPage } from "./parse-feed-page";
import { page, post } from "../../tests/fixtures/feed-builders";

const english = (words: number) => Array.from({ length: words }, (_, i) => `word${i % 7}`).join(" ");

describe("classifyPlainStory", () => {
  it("reads a titled item with a substantial body as an article, in Chinese or in English", () => {
    expect(classifyPlainStory({ title: "援疆三年回眸", text: "字".repeat(320), headings: 0 })).toBe("article");
    expect(classifyPlainStory({ title: "Notes on caching", text: english(160), headings: 0 })).toBe("article");
  });

  it("needs less body when the story has its own section headings", () => {
    expect(classifyPlainStory({ title: "短文", text: "字".repeat(200), headings: 0 })).toBe("post");
    expect(classifyPlainStory({ title: "短文", text: "字".repeat(200), headings: 2 })).toBe("article");
  });

  it("reads anything else as a post: no title, a short body, a title that is only the opening words", () => {
    expect(classifyPlainStory({ text: "字".repeat(2000), headings: 3 })).toBe("post");
    expect(classifyPlainStory({ title: "  ", text: "字".repeat(2000), headings: 0 })).toBe("post");
    expect(classifyPlainStory({ title: "Lunch", text: english(40), headings: 0 })).toBe("post");
    const text = `今天去看了展览，${"很好".repeat(300)}`;
    expect(classifyPlainStory({ title: "今天去看了展览，很好很好…", text, headings: 0 })).toBe("post");
  });

  it("reads anything from Weibo as a post, however long", () => {
    const long = { title: "长微博", text: "字".repeat(3000), headings: 2 };
    expect(classifyPlainStory({ ...long, url: "https://weibo.com/1234/AbCd" })).toBe("post");
    expect(classifyPlainStory({ ...long, externalUrl: "https://m.weibo.cn/status/1" })).toBe("post");
  });
});

describe("storyLabel", () => {
  const read = (items: unknown[]) => parseFeedPage(page(items)).page.items.map(storyLabel);

  it("labels our own posts 微博, a plain feed's posts 动态 unless they come from Weibo", () => {
    expect(
      read([
        post("own", "我们的微博"),
        { id: "x1", content_text: "博客动态" },
        { id: "x2", url: "https://weibo.com/1/Ab", content_text: "转来的微博" },
        { id: "x3", content_text: "作者在微博", authors: [{ name: "某人", url: "https://m.weibo.cn/u/1" }] },
        { id: "x4", title: "长文", content_text: "字".repeat(400) },
        { id: "x5", url: "https://notweibo.com/a", content_text: "不是微博" },
      ]),
    ).toEqual(["微博", "动态", "微博", "微博", "文章", "动态"]);
  });
});
