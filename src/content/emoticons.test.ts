import { describe, expect, it } from "vitest";
import { lookupEmoticon } from "./emoticons";

describe("lookupEmoticon", () => {
  it("knows every code the seed page uses", () => {
    for (const code of ["[吃瓜]", "[心]", "[哈哈]", "[泪]", "[送花花]", "[微风]", "[月亮]", "[偷笑]", "[并不简单]"]) {
      expect(lookupEmoticon(code), code).toBeDefined();
    }
  });
  it("maps a code to its emoji and a spoken label", () => {
    expect(lookupEmoticon("[心]")).toEqual({ code: "[心]", emoji: "❤️", label: "心" });
    expect(lookupEmoticon("吃瓜")?.emoji).toBe("🍉");
  });
  it("does not know unknown codes, super-topic markers or object keys", () => {
    expect(lookupEmoticon("[不存在的表情]")).toBeUndefined();
    expect(lookupEmoticon("[超话]")).toBeUndefined();
    expect(lookupEmoticon("[constructor]")).toBeUndefined();
    expect(lookupEmoticon("[__proto__]")).toBeUndefined();
  });
});
