import { describe, expect, it } from "vitest";
import { isRealDateTime, toRfc3339 } from "./rfc3339";

describe("isRealDateTime", () => {
  it.each(["2020-10-04T20:30:00+08:00", "2024-02-29T00:00:00Z", "2019-11-25T10:37:31.5-05:00"])(
    "accepts %s",
    (s) => expect(isRealDateTime(s)).toBe(true),
  );
  it.each([
    "2024-02-30T00:00:00Z", // would silently become 1 March with Date.parse
    "2023-02-29T00:00:00Z",
    "2020-04-31T00:00:00Z",
    "2020-13-01T00:00:00Z",
    "2020-10-04T24:00:00Z",
    "2020-10-04",
    "yesterday",
    "2020-10-04T20:30:00+25:00",
  ])("rejects %s", (s) => expect(isRealDateTime(s)).toBe(false));
});

describe("toRfc3339", () => {
  it("formats wall-clock fields with the offset, and refuses impossible dates", () => {
    expect(toRfc3339({ year: 2020, month: 10, day: 4, hour: 20, minute: 30 }, "+08:00")).toBe(
      "2020-10-04T20:30:00+08:00",
    );
    expect(toRfc3339({ year: 2024, month: 2, day: 30 }, "+08:00")).toBeUndefined();
  });
});
