// A post's time the way Weibo readers read it: relative while recent (刚刚, 5分钟前, 3小时前,
// 昨天 14:05), then the date (6月14日; with the year once it is another year's). Hand-written:
// Intl.RelativeTimeFormat says "3 小时前" but knows neither 昨天 HH:mm nor Weibo's cut-offs.
// Calendar days are China Standard Time's, as the sources are Chinese sites.

import { chinaWall as civil, type ChinaWall as Civil } from "./china-time";

export type DatePrecision = "day" | "minute" | "second";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const pad = (n: number) => String(n).padStart(2, "0");
const clock = (c: Civil) => `${pad(c.hour)}:${pad(c.minute)}`;
const monthDay = (c: Civil) => `${c.month}月${c.day}日`;
const fullDate = (c: Civil) => `${c.year}年${c.month}月${c.day}日`;

export interface PostTime {
  /** The machine-readable value for `<time datetime>`: a date alone when only the day is known. */
  datetime: string;
  /** The exact time as words, for the tooltip and the first render: "2026年6月14日 09:05". */
  absolute: string;
}

/** The exact form of an RFC 3339 date-time; undefined when it cannot be read. */
export function postTime(iso: string, precision: DatePrecision = "minute"): PostTime | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const c = civil(time);
  if (precision === "day") {
    return { datetime: `${c.year}-${pad(c.month)}-${pad(c.day)}`, absolute: fullDate(c) };
  }
  return { datetime: iso, absolute: `${fullDate(c)} ${clock(c)}` };
}

/**
 * How long ago, as Weibo words it, measured from `now`. A date known only to the day never
 * gets a time of day: it reads 今天, 昨天 or its date. A date ahead of `now` (a skewed
 * clock) is given as its date, never as "in the future".
 */
export function relativePostTime(iso: string, now: number, precision: DatePrecision = "minute"): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const then = civil(time);
  const today = civil(now);
  const sameYear = then.year === today.year;
  const dayDate = sameYear ? monthDay(then) : fullDate(then);
  const daysAgo = today.dayNumber - then.dayNumber;
  if (precision === "day") {
    if (daysAgo === 0) return "今天";
    if (daysAgo === 1) return "昨天";
    return dayDate;
  }
  const age = now - time;
  if (age < -MINUTE) return dayDate;
  if (age < MINUTE) return "刚刚";
  if (age < HOUR) return `${Math.floor(age / MINUTE)}分钟前`;
  if (daysAgo === 0) return `${Math.floor(age / HOUR)}小时前`;
  if (daysAgo === 1) return `昨天 ${clock(then)}`;
  return dayDate;
}
