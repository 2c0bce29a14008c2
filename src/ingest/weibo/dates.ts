// Weibo's dates as its APIs and crawlers print them: "Sat Jul 13 10:00:00 +0800 2019",
// "2019-12-28", "2019-12-28T10:20:00", "刚刚", "3分钟前", "今天 10:20", "昨天 10:20", "06-14",
// "6月14日 10:20".
// A relative or year-less form is placed in time only against a capture time the data gives;
// otherwise it is kept as printed (`text`) and no date is made up. Hand-written: no date
// library reads these Chinese relative forms.
import { isRealDateTime, toRfc3339 } from "../../content/rfc3339";
import { CHINA_OFFSET, englishMonth, findDate, unixMs, type DatePrecision } from "../parse/dates";
import { chinaWall, type ChinaWall } from "../../content/china-time";
import { feedDate } from "../feeds/dates";

export type WeiboDate =
  | { iso: string; precision: DatePrecision }
  | { text: string };

// Twitter-style, as Weibo's API writes it: "Sat Jul 13 10:00:00 +0800 2019".
const API_DATE = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;

/** A time known to the minute: the seconds of the wall clock it came from are not part of it. */
function minuteIso({ year, month, day, hour, minute }: Pick<ChinaWall, "year" | "month" | "day" | "hour" | "minute">): WeiboDate | undefined {
  const iso = toRfc3339({ year, month, day, hour, minute }, CHINA_OFFSET);
  return iso === undefined ? undefined : { iso, precision: "minute" };
}

function relative(text: string, captured: number): WeiboDate | undefined {
  if (text === "刚刚") return minuteIso(chinaWall(captured));
  const ago = /^(\d{1,3})\s*分钟前$/u.exec(text);
  if (ago) return minuteIso(chinaWall(captured - Number(ago[1]) * 60_000));
  const clock = /^(今天|昨天|前天)\s*(\d{1,2}):(\d{2})(?::\d{2})?$/u.exec(text);
  if (clock) {
    const back = { 今天: 0, 昨天: 1, 前天: 2 }[clock[1] as "今天" | "昨天" | "前天"];
    const day = chinaWall(captured - back * 86_400_000);
    return minuteIso({ ...day, hour: Number(clock[2]), minute: Number(clock[3]) });
  }
  // "06-14", and "6月14日 10:20" as weibo.com prints this year's posts.
  const monthDay = /^(\d{1,2})(?:-|月)(\d{1,2})日?(?:\s*(\d{1,2}):(\d{2}))?$/u.exec(text);
  if (monthDay) {
    // A date without a year is this year's, unless that would be after the capture.
    const now = chinaWall(captured);
    const month = Number(monthDay[1]);
    const day = Number(monthDay[2]);
    const later = month > now.month || (month === now.month && day > now.day);
    const fields = { year: later ? now.year - 1 : now.year, month, day };
    if (monthDay[3] !== undefined) return minuteIso({ ...fields, hour: Number(monthDay[3]), minute: Number(monthDay[4]) });
    const iso = toRfc3339(fields, CHINA_OFFSET);
    return iso === undefined ? undefined : { iso, precision: "day" };
  }
  // "N小时前" is only known to the hour: kept as printed rather than given a made-up minute.
  return undefined;
}

/**
 * A Weibo date. `captured` (ms since the epoch) is when the data was fetched, where the data
 * says so. Absent or blank input gives undefined.
 */
export function readWeiboDate(raw: unknown, captured?: number): WeiboDate | undefined {
  // Unix time written as text (a CSV cell, a string field): ten digits of seconds or thirteen of milliseconds.
  if (typeof raw === "string" && /^\s*(?:\d{10}|\d{13})\s*$/u.test(raw)) return readWeiboDate(Number(raw), captured);
  const ms = unixMs(raw);
  if (ms !== undefined) {
    // Unix seconds (or milliseconds) as some exports write them.
    const iso = toRfc3339(chinaWall(ms), CHINA_OFFSET);
    return iso === undefined ? undefined : { iso, precision: "second" };
  }
  if (typeof raw !== "string") return undefined;
  const text = raw.trim().replace(/\s+/gu, " ");
  if (text === "") return undefined;
  const api = API_DATE.exec(text);
  if (api) {
    const month = englishMonth(api[1]!);
    const iso = toRfc3339(
      { year: Number(api[9]), month, day: Number(api[2]), hour: Number(api[3]), minute: Number(api[4]), second: Number(api[5]) },
      `${api[6]}${api[7]}:${api[8]}`,
    );
    return iso === undefined || month === 0 ? { text } : { iso, precision: "second" };
  }
  // The other English forms crawlers write, as feeds do: Java's "Tue Aug 04 10:12:00 CST 2020",
  // RFC 822's "Tue, 04 Aug 2020 10:12:00 +0800", C's "Tue Aug  4 10:12:00 2020" (China time).
  if (/^[A-Z][a-z]{2},? /u.test(text)) {
    const english = feedDate(text);
    if (english) return english;
  }
  // RFC 3339 with its zone, as exports and capture tools write it: kept as written.
  if (isRealDateTime(text)) return { iso: text.replace(" ", "T"), precision: "second" };
  const compact = COMPACT_DATE.exec(text);
  if (compact) {
    const [year, month, day, hour, minute, second] = compact.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
    const precision: DatePrecision = hour === undefined ? "day" : second === undefined ? "minute" : "second";
    const iso = toRfc3339({ year: year!, month: month!, day: day!, ...(hour !== undefined ? { hour, minute: minute!, second: second ?? 0 } : {}) }, CHINA_OFFSET);
    if (iso !== undefined) return { iso, precision };
  }
  if (/^(?:19|20)\d{2}/u.test(text)) {
    const found = findDate(text.replace("T", " "));
    if (found) return found.date;
  }
  if (captured !== undefined) {
    const placed = relative(text, captured);
    if (placed) return placed;
  }
  // Kept as printed only when it reads as a date Weibo prints ("06-14", "3小时前", "昨天 10:20"):
  // anything else in a date field is no date at all.
  return DATE_TEXT.test(text) && /\d|刚刚|今天|昨天|前天/u.test(text) ? { text } : undefined;
}

/** A date written without separators, as some exports do: "20200804", "20200804 10:12". */
const COMPACT_DATE = /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[ T]?(\d{2}):?(\d{2})(?::?(\d{2}))?)?$/u;

/** The characters of the dates Weibo prints: digits, separators and the Chinese words of time. */
const DATE_TEXT = /^[\d\s:\-/.年月日号时点分秒前后今昨天小钟刚个周星期上下午凌晨晚早中]{1,40}$/u;

/** A capture time from a value such as "2019-07-15T10:00:00+08:00", an HTTP date or Unix seconds. */
export function readCaptureTime(raw: unknown): number | undefined {
  if (typeof raw === "number") return unixMs(raw);
  if (typeof raw !== "string" || raw.trim() === "") return undefined;
  const text = raw.trim();
  // RFC 3339 and HTTP dates with an explicit zone; a zoneless date is read as China time.
  if (/(?:Z|[+-]\d{2}:?\d{2}|GMT|UTC)$/iu.test(text) && !API_DATE.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return ms;
  }
  const weibo = readWeiboDate(text);
  return weibo && "iso" in weibo ? Date.parse(weibo.iso) : undefined;
}
