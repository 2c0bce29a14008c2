import { postTime, type DatePrecision } from "../content/post-time";

/** A date as words in China Standard Time: "2026年6月14日 09:05", or "2026年6月14日" when only the day is known. */
export function formatDate(iso: string, precision: DatePrecision = "minute"): string | undefined {
  return postTime(iso, precision)?.absolute;
}
