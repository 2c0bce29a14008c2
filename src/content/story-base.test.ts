import { describe, expect, it } from "vitest";
import { storyBase } from "./story-base";

describe("storyBase", () => {
  const feed = "https://reader.example/feed/feed.json";
  it("prefers the story's own URL, then the feed's home page, then the feed's own URL", () => {
    expect(storyBase("https://blog.example/2024/post/", "https://blog.example/", feed)).toBe("https://blog.example/2024/post/");
    expect(storyBase(undefined, "https://blog.example/", feed)).toBe("https://blog.example/");
    expect(storyBase(undefined, undefined, feed)).toBe(feed);
  });
  it("reads a relative story or home page URL against the feed's own URL", () => {
    expect(storyBase("/posts/p-1", undefined, feed)).toBe("https://reader.example/posts/p-1");
    expect(storyBase(undefined, "../", feed)).toBe("https://reader.example/");
  });
});
