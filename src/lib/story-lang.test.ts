import { describe, expect, it } from "vitest";
import { storyLanguage } from "./story-lang";

describe("storyLanguage", () => {
  it("runs Arabic, Persian, Urdu and Hebrew right to left, and the rest left to right", () => {
    expect(["ar", "fa", "ur", "he", "yi", "az-Arab"].map((tag) => storyLanguage(tag).dir)).toEqual(["rtl", "rtl", "rtl", "rtl", "rtl", "rtl"]);
    expect(["zh-CN", "en", "ja", "ko", "ru", "az"].map((tag) => storyLanguage(tag).dir)).toEqual(["ltr", "ltr", "ltr", "ltr", "ltr", "ltr"]);
  });

  it("falls back to the feed's language, then to Chinese, for a tag that is none", () => {
    expect(storyLanguage("not a tag!", "he")).toEqual({ lang: "he", chinese: false, dir: "rtl" });
    expect(storyLanguage(undefined)).toEqual({ lang: "zh-CN", chinese: true, dir: "ltr" });
  });
});
