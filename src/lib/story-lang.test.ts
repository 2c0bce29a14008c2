import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { proseClass, storyLanguage } from "./story-lang";

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

describe("a story's reading column", () => {
  it("sets Chinese as Chinese, Japanese and Korean in the CJK column, and every other language in the Latin one", () => {
    expect(["zh-CN", "zh-Hant-TW", "ja", "ja-JP", "ko-KR", "en", "ru", "ar"].map((tag) => proseClass(storyLanguage(tag)))).toEqual([
      "prose-zh", "prose-zh", "prose-cjk", "prose-cjk", "prose-cjk", "prose-latin", "prose-latin", "prose-latin",
    ]);
  });

  it("draws Japanese and Korean in their own fonts, not in Simplified Chinese forms, and breaks Korean between words", () => {
    const css = readFileSync(join(import.meta.dirname, "..", "index.css"), "utf8");
    const stack = (name: string) => css.match(new RegExp(`--font-${name}:([^;]+);`, "u"))?.[1] ?? "";
    expect(stack("ja")).toMatch(/Hiragino Sans.*Noto Sans CJK JP/su);
    expect(stack("ko")).toMatch(/Apple SD Gothic Neo.*Noto Sans CJK KR/su);
    expect(`${stack("ja")}${stack("ko")}`).not.toMatch(/ SC"|YaHei|Sans GB/u);
    expect(css).toMatch(/:root:lang\(zh\) body \[lang\]:lang\(ja\) \{ font-family: var\(--font-ja\); \}/u);
    expect(css).toMatch(/\.prose-cjk:lang\(ko\) \{ word-break: keep-all; \}/u);
  });
});
