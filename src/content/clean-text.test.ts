import { describe, expect, it } from "vitest";
import { cleanLabel } from "./clean-text";

describe("cleanLabel", () => {
  it("removes bidi overrides, isolates and zero-width spaces", () => {
    expect(cleanLabel("\u202egnp.exe\u202c 标题\u200b\u2066x\u2069")).toBe("gnp.exe 标题x");
  });
  it("keeps emoji joined by ZWJ", () => {
    expect(cleanLabel("家👨\u200d👩\u200d👧")).toBe("家👨\u200d👩\u200d👧");
  });
});
