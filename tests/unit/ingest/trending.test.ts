// @vitest-environment node
import { describe, expect, it } from "vitest";
import { listName } from "../../../src/ingest/parse/bullets";
import { isCutOff } from "../../../src/ingest/parse/trending";

describe("cut-off snippets", () => {
  it("counts a snippet whole when it ends like a finished post", () => {
    for (const text of ["我喜欢被爱包围的每一天!", "好。", "真的吗？", "走吧~", "他说：“好。”", "卖得最好[哇]", "晚安🌙", "赞👍🏻", "done."]) {
      expect(isCutOff(text), text).toBe(false);
    }
  });

  it("counts it cut off when it stops mid-sentence, on an ellipsis, or on a quote without a full stop", () => {
    for (const text of ["从青葱的小竹飞快的抽条拔高,", "防晒值没有很高spf33+,PA+", "正在…… 자", "游客请错峰出行……", "详见...", "被称为“守门员”", "#每日一善#", ""]) {
      expect(isCutOff(text), text).toBe(true);
    }
  });

  it("names a list by its heading without decoration", () => {
    expect(listName("✋热门推荐")).toBe("热门推荐");
    expect(listName("【相关阅读】：")).toBe("相关阅读");
    expect(listName("🔥 热点推荐 🔥")).toBe("热点推荐");
  });
});
