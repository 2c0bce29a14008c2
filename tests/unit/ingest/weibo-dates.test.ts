// Weibo's dates: placed in time when they say when, or when the data gives the capture time a
// relative date counts from; otherwise kept as printed, never made up.
import { describe, expect, it } from "vitest";
import { readCaptureTime, readWeiboDate } from "../../../src/ingest/weibo/dates";

const captured = Date.parse("2024-03-05T09:30:00+08:00");

describe("Weibo dates", () => {
  it("reads the API form with its offset, and crawler dates as China time with their precision", () => {
    expect(readWeiboDate("Sat Jul 13 10:00:00 +0800 2019")).toEqual({ iso: "2019-07-13T10:00:00+08:00", precision: "second" });
    expect(readWeiboDate("2019-12-28")).toEqual({ iso: "2019-12-28T00:00:00+08:00", precision: "day" });
    expect(readWeiboDate("2024-03-01T20:15:00")).toEqual({ iso: "2024-03-01T20:15:00+08:00", precision: "second" });
    expect(readWeiboDate("2021-01-07 08:30")).toEqual({ iso: "2021-01-07T08:30:00+08:00", precision: "minute" });
    expect(readWeiboDate("2021-01-07T00:30:00Z")).toEqual({ iso: "2021-01-07T00:30:00Z", precision: "second" });
  });

  it("reads the other English forms crawlers write: Java's with CST (China time), RFC 822's, C's without a zone", () => {
    const iso = { iso: "2020-08-04T10:12:00+08:00", precision: "second" };
    expect(readWeiboDate("Tue Aug 04 10:12:00 CST 2020")).toEqual(iso);
    expect(readWeiboDate("Tue, 04 Aug 2020 10:12:00 +0800")).toEqual(iso);
    expect(readWeiboDate("Tue Aug  4 10:12:00 2020")).toEqual(iso);
  });

  it("reads Unix time in seconds or milliseconds, as a number or as the text of a CSV cell", () => {
    const iso = { iso: "2019-09-26T12:11:00+08:00", precision: "second" };
    for (const raw of [1569471060, 1569471060000, "1569471060", "1569471060000"]) expect(readWeiboDate(raw)).toEqual(iso);
    // Eight digits are no Unix time: they are a date written without separators.
    expect(readWeiboDate("20190926")).toEqual({ iso: "2019-09-26T00:00:00+08:00", precision: "day" });
  });

  it("reads a date written without separators, with or without its time, and keeps an impossible one out", () => {
    expect(readWeiboDate("20200804 10:12")).toEqual({ iso: "2020-08-04T10:12:00+08:00", precision: "minute" });
    expect(readWeiboDate("20200804 00:30:15")).toEqual({ iso: "2020-08-04T00:30:15+08:00", precision: "second" });
    expect(readWeiboDate("20200230")).toEqual({ text: "20200230" });
  });

  it("places 刚刚, N分钟前, 今天/昨天 HH:MM and MM-DD against a capture time", () => {
    expect(readWeiboDate("刚刚", captured)).toEqual({ iso: "2024-03-05T09:30:00+08:00", precision: "minute" });
    expect(readWeiboDate("12分钟前", captured)).toEqual({ iso: "2024-03-05T09:18:00+08:00", precision: "minute" });
    expect(readWeiboDate("今天 08:05", captured)).toEqual({ iso: "2024-03-05T08:05:00+08:00", precision: "minute" });
    expect(readWeiboDate("昨天 23:50", captured)).toEqual({ iso: "2024-03-04T23:50:00+08:00", precision: "minute" });
    expect(readWeiboDate("昨天 23:50:12", captured)).toEqual({ iso: "2024-03-04T23:50:00+08:00", precision: "minute" });
    expect(readWeiboDate("03-01", captured)).toEqual({ iso: "2024-03-01T00:00:00+08:00", precision: "day" });
    // A month-day after the capture date is last year's.
    expect(readWeiboDate("12-25", captured)).toEqual({ iso: "2023-12-25T00:00:00+08:00", precision: "day" });
    // weibo.com prints this year's posts as "3月1日 20:15".
    expect(readWeiboDate("3月1日 20:15", captured)).toEqual({ iso: "2024-03-01T20:15:00+08:00", precision: "minute" });
    expect(readWeiboDate("12月25日", captured)).toEqual({ iso: "2023-12-25T00:00:00+08:00", precision: "day" });
  });

  it("keeps a relative or year-less date as printed when there is no capture time, and 小时前 always", () => {
    for (const text of ["刚刚", "5分钟前", "今天 10:20", "06-14", "6月14日 10:20"]) expect(readWeiboDate(text)).toEqual({ text });
    expect(readWeiboDate("3小时前", captured)).toEqual({ text: "3小时前" });
    expect(readWeiboDate("02-30", captured)).toEqual({ text: "02-30" });
    expect(readWeiboDate("")).toBeUndefined();
  });

  it("gives no date for a date field that holds no date a Weibo source prints (markup, words, a number of a post)", () => {
    for (const raw of ["<script>alert(1)</script>", "unknown", "发布于 上海", "第1楼", "x".repeat(200)]) expect(readWeiboDate(raw)).toBeUndefined();
    for (const text of ["15小时前", "3天前", "前天 08:00"]) expect(readWeiboDate(text)).toEqual({ text });
  });

  it("reads a capture time only when it names its zone, or as China time in Weibo's own forms", () => {
    expect(readCaptureTime("2024-03-05T01:30:00Z")).toBe(captured);
    expect(readCaptureTime("Tue, 05 Mar 2024 01:30:00 GMT")).toBe(captured);
    expect(readCaptureTime(1709602200)).toBe(captured);
    expect(readCaptureTime("2024-03-05 09:30:00")).toBe(captured);
    expect(readCaptureTime("yesterday")).toBeUndefined();
  });
});
