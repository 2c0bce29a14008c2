import { describe, expect, it } from "vitest";
import { matchRanges, snippet } from "./snippet";
import { parseQuery } from "./terms";

const marked = (s: ReturnType<typeof snippet>) => s.segments.map((seg) => (seg.mark ? `<${seg.text}>` : seg.text)).join("");

describe("snippets", () => {
  it("marks every match in the original text, full-width and case as written", () => {
    expect(matchRanges("买了ＩＰｈｏｎｅ手机和iphone", parseQuery("iphone"))).toEqual([[2, 8], [11, 17]]);
    expect(marked(snippet("买了ＩＰｈｏｎｅ手机和iphone", parseQuery("iPhone 手机")))).toBe("买了<ＩＰｈｏｎｅ手机>和<iphone>");
  });

  it("shows a stretch around the first match and says that text was left out", () => {
    const text = `${"前".repeat(100)}检察官${"后".repeat(100)}`;
    const s = snippet(text, parseQuery("检察官"), 30);
    expect(s.before && s.after).toBe(true);
    expect(marked(s)).toBe(`${"前".repeat(10)}<检察官>${"后".repeat(17)}`);
  });

  it("starts at the beginning when the match is only in the title", () => {
    const s = snippet("第一段\n第二段", parseQuery("标题"), 30);
    expect([marked(s), s.before, s.after]).toEqual(["第一段 第二段", false, false]);
  });

  it("never marks a Latin word inside a longer one", () => {
    expect(matchRanges("phones and a phone", parseQuery("phone"))).toEqual([[13, 18]]);
  });
});
