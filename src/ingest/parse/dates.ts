// Dates as Chinese pages print them: "2020-10-04 20:30", "2019/11/25 10:37:31",
// "2019年11月25日 10时37分". They carry no zone: Chinese news sites print China Standard
// Time, so we read every date as UTC+08:00 (China has had a single zone, without daylight
// saving, since 1991). A date the page does not give is never made up.
import { toRfc3339 } from "../../content/rfc3339";

export const CHINA_OFFSET = "+08:00";

export type DatePrecision = "day" | "minute" | "second";

export interface PageDate {
  /** RFC 3339 with +08:00. */
  iso: string;
  precision: DatePrecision;
}

export const DATE_PATTERN =
  /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})\s*秒?)?\s*分?)?/u;

/** The first date in the text, with the precision it was printed at. */
export function findDate(text: string): { date: PageDate; match: string } | undefined {
  const m = DATE_PATTERN.exec(text);
  if (!m) return undefined;
  const [match, y, mo, d, h, mi, s] = m;
  const fields = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    ...(h !== undefined && mi !== undefined ? { hour: Number(h), minute: Number(mi) } : {}),
    ...(s !== undefined ? { second: Number(s) } : {}),
  };
  const iso = toRfc3339(fields, CHINA_OFFSET);
  if (iso === undefined) return undefined;
  const precision: DatePrecision = s !== undefined ? "second" : h !== undefined ? "minute" : "day";
  return { date: { iso, precision }, match };
}
