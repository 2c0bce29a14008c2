// @vitest-environment node
// The dates a reader sees on stories from feeds that bend RFC 822 and ISO 8601 the ways
// publishers do: no weekday, "GMT+8", two-digit years, zone names, other languages' day and
// month names, JavaScript's own date text, ISO without a zone or with "+0800".
import { describe, expect, it } from "vitest";
import type { Item } from "../../../src/content/feed-schema";
import { dataEvents } from "../../../src/ingest/data-files";

async function datesOf(dates: readonly string[]): Promise<(string | undefined)[]> {
  const items = dates.map((d, i) => `<item><title>第 ${i} 条</title><guid>n${i}</guid><description>正文 ${i}</description><pubDate>${d}</pubDate></item>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>日期</title><link>https://d.example.cn/</link>${items.join("")}</channel></rss>`;
  const found: Item[] = [];
  for await (const event of dataEvents("dates.xml", new TextEncoder().encode(xml), "feed", { baseUrl: "" })) if (event.ok && "items" in event) found.push(...event.items);
  expect(found).toHaveLength(dates.length);
  return found.map((item) => item.date_published);
}

describe("feed dates", () => {
  it("reads RFC 822 as publishers bend it", async () => {
    expect(
      await datesOf([
        "02 Jan 2023 15:04:05 +0000",
        "Mon, 02 Jan 2023 15:04:05 GMT+8",
        "Mon, 02 Jan 2023 15:04:05 GMT+0800",
        "Mon, 02 Jan 2023 15:04:05 +08:00",
        "Monday, 02 January 2023 15:04:05 PST",
        "Mon,02 Jan 2023 15:04:05 CET",
        "Tue, 07 Feb 2023 10:00:00 +0100 (CET)",
        "Fri, 13 Apr 01 19:23:02 GMT",
        "Thu, 30 Dec 99 08:00:00 GMT",
      ]),
    ).toEqual([
      "2023-01-02T15:04:05+00:00",
      "2023-01-02T15:04:05+08:00",
      "2023-01-02T15:04:05+08:00",
      "2023-01-02T15:04:05+08:00",
      "2023-01-02T15:04:05-08:00",
      "2023-01-02T15:04:05+01:00",
      "2023-02-07T10:00:00+01:00",
      "2001-04-13T19:23:02+00:00",
      "1999-12-30T08:00:00+00:00",
    ]);
  });

  it("reads RFC 850's dashed dates, as old servers and feeds write them", async () => {
    expect(await datesOf(["Friday, 17-May-24 08:03:00 GMT", "Sunday, 06-Nov-1994 08:49:37 +0800", "17-May-2024"])).toEqual([
      "2024-05-17T08:03:00+00:00",
      "1994-11-06T08:49:37+08:00",
      "2024-05-17T00:00:00+08:00",
    ]);
  });

  it("reads Unix time a hand-made feed writes as its date, in seconds or milliseconds, as China time", async () => {
    expect(await datesOf(["1715904180", "1715904180000", "12345"])).toEqual(["2024-05-17T08:03:00+08:00", "2024-05-17T08:03:00+08:00", undefined]);
  });

  it("reads day and month names in the feed's own language", async () => {
    expect(
      await datesOf(["Di, 07 Mär 2023 10:00:00 +0100", "mar., 07 févr. 2023 10:00:00 +0100", "Lun, 02 Ene 2023 15:04:05 +0100", "星期一, 02 一月 2023 15:04:05 +0800", "Пн, 02 янв 2023 15:04:05 +0300", "śr., 15 lis 2023 10:00:00 +0100"]),
    ).toEqual([
      "2023-03-07T10:00:00+01:00",
      "2023-02-07T10:00:00+01:00",
      "2023-01-02T15:04:05+01:00",
      "2023-01-02T15:04:05+08:00",
      "2023-01-02T15:04:05+03:00",
      "2023-11-15T10:00:00+01:00",
    ]);
  });

  it("reads JavaScript's and Unix's date text, and a date known only to the day", async () => {
    expect(
      await datesOf(["Mon Jan 02 2023 15:04:05 GMT+0800 (中国标准时间)", "Mon Jan 2 15:04:05 CST 2023", "Mon, 02 Jan 2023", "January 2, 2023"]),
    ).toEqual(["2023-01-02T15:04:05+08:00", "2023-01-02T15:04:05+08:00", "2023-01-02T00:00:00+08:00", "2023-01-02T00:00:00+08:00"]);
  });

  it("reads ISO 8601 without a zone as China time, and keeps an offset written without its colon", async () => {
    expect(await datesOf(["2023-01-02T15:04:05", "2023-01-02T15:04", "2023-01-02T15:04:05+0800", "2023-01-02 15:04:05 +0800", "2023-01-02T15:04:05-08"])).toEqual([
      "2023-01-02T15:04:05+08:00",
      "2023-01-02T15:04:00+08:00",
      "2023-01-02T15:04:05+08:00",
      "2023-01-02T15:04:05+08:00",
      "2023-01-02T15:04:05-08:00",
    ]);
  });

  it("gives no date for one that is not real or not a date", async () => {
    expect(await datesOf(["Mon, 32 Jan 2023 15:04:05 +0000", "Mon, 02 Foo 2023 15:04:05 +0000", "昨天", "Mon, 02 Jan 2023 15:04:05 +2500"])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("reads an offset followed by its zone's name, a Chinese locale's month, and a date and time joined by a dash", async () => {
    expect(await datesOf(["Wed, 14 Jun 2017 07:00:00 -0700 PDT", "Mon, 02 Jan 2023 15:04:05 +0000 GMT", "周一, 02 1月 2023 15:04:05 +0800", "Monday, January 2, 2023 - 15:04"])).toEqual([
      "2017-06-14T07:00:00-07:00",
      "2023-01-02T15:04:05+00:00",
      "2023-01-02T15:04:05+08:00",
      "2023-01-02T15:04:00+08:00",
    ]);
  });
  it("reads the zone names of news sites beyond Europe, North America and East Asia", async () => {
    expect(
      await datesOf([
        "Wed, 14 Feb 2024 10:00:00 IST",
        "Wed, 14 Feb 2024 10:00:00 SAST",
        "Wed, 14 Feb 2024 10:00:00 EAT",
        "Wed, 14 Feb 2024 10:00:00 WAT",
        "Wed, 14 Feb 2024 10:00:00 ICT",
        "Wed, 14 Feb 2024 10:00:00 ACST",
        "Wed, 14 Feb 2024 10:00:00 NST",
        "Wed, 14 Feb 2024 10:00:00 BRT",
      ]),
    ).toEqual([
      "2024-02-14T10:00:00+05:30",
      "2024-02-14T10:00:00+02:00",
      "2024-02-14T10:00:00+03:00",
      "2024-02-14T10:00:00+01:00",
      "2024-02-14T10:00:00+07:00",
      "2024-02-14T10:00:00+09:30",
      "2024-02-14T10:00:00-03:30",
      "2024-02-14T10:00:00-03:00",
    ]);
  });
});
