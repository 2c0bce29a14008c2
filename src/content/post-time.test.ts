import { describe, expect, it } from "vitest";
import { postTime, relativePostTime } from "./post-time";

// 2026-06-14 15:30 in China Standard Time.
const NOW = Date.parse("2026-06-14T15:30:00+08:00");
const rel = (iso: string, precision?: "day" | "minute") => relativePostTime(iso, NOW, precision);

describe("relativePostTime", () => {
  it("says 刚刚 within a minute", () => {
    expect(rel("2026-06-14T15:29:31+08:00")).toBe("刚刚");
    expect(rel("2026-06-14T15:30:00+08:00")).toBe("刚刚");
  });
  it("counts minutes within the hour", () => {
    expect(rel("2026-06-14T15:29:00+08:00")).toBe("1分钟前");
    expect(rel("2026-06-14T14:31:00+08:00")).toBe("59分钟前");
  });
  it("counts hours within the same day", () => {
    expect(rel("2026-06-14T14:30:00+08:00")).toBe("1小时前");
    expect(rel("2026-06-14T00:10:00+08:00")).toBe("15小时前");
  });
  it("says 昨天 with the time for the day before, even when under 24 hours ago", () => {
    expect(rel("2026-06-13T23:50:00+08:00")).toBe("昨天 23:50");
    expect(rel("2026-06-13T08:05:00+08:00")).toBe("昨天 08:05");
  });
  it("gives month and day within the year, and the year before that", () => {
    expect(rel("2026-06-12T08:05:00+08:00")).toBe("6月12日");
    expect(rel("2026-01-01T00:00:00+08:00")).toBe("1月1日");
    expect(rel("2025-12-31T23:59:00+08:00")).toBe("2025年12月31日");
  });
  it("reads calendar days in China Standard Time whatever offset the date carries", () => {
    // 16:00 UTC on the 13th is 00:00 on the 14th in Beijing: today, 15 hours and a half ago.
    expect(rel("2026-06-13T16:00:00Z")).toBe("15小时前");
  });
  it("never invents a time for a date known only to the day", () => {
    expect(rel("2026-06-14T00:00:00+08:00", "day")).toBe("今天");
    expect(rel("2026-06-13T00:00:00+08:00", "day")).toBe("昨天");
    expect(rel("2026-03-02T00:00:00+08:00", "day")).toBe("3月2日");
    expect(rel("2019-03-02T00:00:00+08:00", "day")).toBe("2019年3月2日");
  });
  it("gives a date ahead of now as its date", () => {
    expect(rel("2026-06-20T10:00:00+08:00")).toBe("6月20日");
  });
  it("gives nothing for an unreadable date", () => {
    expect(rel("not a date")).toBeUndefined();
  });
});

describe("postTime", () => {
  it("gives the exact minute in words and the date-time as given", () => {
    expect(postTime("2026-06-14T01:05:09Z")).toEqual({ datetime: "2026-06-14T01:05:09Z", absolute: "2026年6月14日 09:05" });
  });
  it("gives a date alone when only the day is known", () => {
    expect(postTime("2026-06-14T00:00:00+08:00", "day")).toEqual({ datetime: "2026-06-14", absolute: "2026年6月14日" });
  });
});
