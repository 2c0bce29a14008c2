import { describe, expect, it } from "vitest";
import { ownDirection, textDirection } from "./text-direction";

describe("a paragraph's own direction", () => {
  it("is the way most of its letters run, whatever letter opens it", () => {
    expect(textDirection("The best infrastructure is the one your team can forget about.")).toBe("ltr");
    expect(textDirection("Google הודיעה היום על מוצר חדש שיגיע לישראל בחודש הבא")).toBe("rtl");
    expect(textDirection("قال الوزير إن المشروع سيكتمل في 2025")).toBe("rtl");
    expect(textDirection("检察开放日活动在曲靖举行")).toBe("ltr");
    expect(textDirection("2024 — 17%")).toBeUndefined();
  });

  it("is given only where it differs from the story's", () => {
    expect(ownDirection("“The future is already here,” he said.", "rtl")).toBe("ltr");
    expect(ownDirection("שלום לכולם, זה הבלוג שלי", "ltr")).toBe("rtl");
    expect(ownDirection("שלום לכולם, זה הבלוג שלי", "rtl")).toBeUndefined();
    expect(ownDirection("2024", "rtl")).toBeUndefined();
  });
});
