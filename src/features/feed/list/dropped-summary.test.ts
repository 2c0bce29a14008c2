import { describe, expect, it } from "vitest";
import { droppedSummary } from "./dropped-summary";

describe("droppedSummary", () => {
  it("says how many stories were left out and why, most common reason first", () => {
    expect(droppedSummary(["no-text", "no-id", "no-text"], 5)).toBe("另有 3 条内容没能显示：2 条没有正文，1 条缺少编号。");
    expect(droppedSummary(["malformed"], 5)).toBe("另有 1 条内容没能显示：内容格式有误。");
  });
  it("says so when every story was left out", () => {
    expect(droppedSummary(["bad-id", "bad-id"], 0)).toBe("订阅源里的 2 条内容都没能显示：编号无法识别。");
  });
  it("says nothing when nothing was lost: repeats of stories shown are not losses", () => {
    expect(droppedSummary([], 3)).toBeUndefined();
    expect(droppedSummary(["duplicate"], 3)).toBeUndefined();
  });
});
