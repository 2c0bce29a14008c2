import { describe, expect, it } from "vitest";
import { splitMentions } from "./mentions";

const people = [
  { id: "u1", name: "周会明" },
  { id: "u2", name: "郑严凯" },
];

describe("splitMentions", () => {
  it("splits every mention, keeping the text around it", () => {
    expect(splitMentions("郑严凯与周会明，郑严凯。", people)).toEqual([
      { text: "郑严凯", person: people[1] },
      { text: "与" },
      { text: "周会明", person: people[0] },
      { text: "，" },
      { text: "郑严凯", person: people[1] },
      { text: "。" },
    ]);
  });
  it("returns the text whole when nobody is named", () => {
    expect(splitMentions("没有人名", people)).toEqual([{ text: "没有人名" }]);
    expect(splitMentions("周会明", [])).toEqual([{ text: "周会明" }]);
  });
  it("treats names as text, not patterns", () => {
    expect(splitMentions("a.b 和 a+b", [{ id: "x", name: "a+b" }])).toEqual([
      { text: "a.b 和 " },
      { text: "a+b", person: { id: "x", name: "a+b" } },
    ]);
  });
});
