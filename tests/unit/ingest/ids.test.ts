// @vitest-environment node
import { describe, expect, it } from "vitest";
import { contentId, normaliseForId, stableHash } from "../../../src/content/ids";

describe("content ids", () => {
  it("are the same for the same content, and URL-safe", () => {
    const a = contentId("a", ["标题", "第一段。"]);
    expect(contentId("a", ["标题", "第一段。"])).toBe(a);
    expect(a).toMatch(/^a-[0-9a-z]{13}$/);
  });

  it("differ when the content, the kind or the split into parts differs", () => {
    const ids = [
      contentId("a", ["标题", "第一段。"]),
      contentId("a", ["标题", "第一段!"]),
      contentId("p", ["标题", "第一段。"]),
      contentId("a", ["标题第一段。"]),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("ignore whitespace and Unicode composition differences between scrapes", () => {
    expect(contentId("t", ["  你好\n 世界 "])).toBe(contentId("t", ["你好 世界"]));
    expect(normaliseForId("e\u0301")).toBe("\u00e9");
  });

  it("hash known values stably (a change here changes every published id)", () => {
    expect(stableHash("")).toBe("13ps7859hw03n");
    expect(stableHash("轻阅")).toBe("2zpodcm8908x6");
    expect(stableHash("轻阅")).not.toBe(stableHash("轻阅 "));
    expect(new Set(Array.from({ length: 2000 }, (_, i) => stableHash(`item ${i}`))).size).toBe(2000);
  });
});
