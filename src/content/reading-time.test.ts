import { describe, expect, it } from "vitest";
import { countHan, countWords, readingTime } from "./reading-time";

describe("readingTime", () => {
  it("counts Han characters only, not Latin, digits or punctuation", () => {
    expect(countHan("检察官 Vans 2018年，“好”！")).toBe(5);
  });
  it("gives a range at 300–500 characters a minute", () => {
    expect(readingTime(["字".repeat(3000)]).label).toBe("约 6–10 分钟");
    expect(readingTime(["字".repeat(1500), "字".repeat(1500)])).toMatchObject({ min: 6, max: 10 });
  });
  it("never says zero minutes and collapses an empty range", () => {
    expect(readingTime(["短文"]).label).toBe("约 1 分钟");
    expect(readingTime([]).label).toBe("约 1 分钟");
  });
});

describe("readingTime for Latin-script text", () => {
  it("counts words at 200–250 a minute, and adds them to Han characters", () => {
    expect(countWords("It's a well-known fact: 3 readers, 2.5 minutes.")).toBe(8);
    expect(readingTime(["word ".repeat(1000)]).label).toBe("约 4–5 分钟");
    expect(readingTime(["字".repeat(1500), "word ".repeat(500)])).toMatchObject({ min: 5, max: 8 });
  });
});
