// Feed dates → RFC 3339. Atom and JSON Feed write RFC 3339 already (kept as written, offset and
// all); RSS writes RFC 822 ("Sat, 13 Jul 2019 10:00:00 +0800"), and Chinese feeds often write
// "2019-07-13 10:00:00" with no zone, which is China time like any Chinese page date.
import { isRealDateTime, toRfc3339 } from "../../content/rfc3339";
import { englishMonth, findDate, type DatePrecision } from "../parse/dates";

export interface FeedDate {
  iso: string;
  precision: DatePrecision;
}

const ZONES: Record<string, string> = { GMT: "+00:00", UT: "+00:00", UTC: "+00:00", Z: "+00:00", EST: "-05:00", EDT: "-04:00", CST: "+08:00", PST: "-08:00", PDT: "-07:00" };
const RFC822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,4})?$/u;

export function feedDate(raw: unknown): FeedDate | undefined {
  if (typeof raw !== "string") return undefined;
  const value = raw.trim();
  if (value === "") return undefined;
  if (isRealDateTime(value)) return { iso: value.replace(" ", "T"), precision: "second" };
  const m = RFC822.exec(value);
  if (m) {
    const month = englishMonth(m[2]!);
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const zone = m[7] ?? "GMT";
    // "CST" in a Chinese feed is China Standard Time, the way those feeds mean it.
    const offset = /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : ZONES[zone.toUpperCase()];
    if (month === 0 || offset === undefined) return undefined;
    const iso = toRfc3339({ year, month, day: Number(m[1]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) }, offset);
    return iso === undefined ? undefined : { iso, precision: m[6] !== undefined ? "second" : "minute" };
  }
  // ISO dates with a zone but not quite RFC 3339 ("2019-07-13T10:00+08:00").
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/u.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return { iso: new Date(ms).toISOString().replace(/\.\d{3}Z$/u, "Z"), precision: "minute" };
  }
  const found = findDate(value);
  return found && found.match.length >= value.length - 2 ? found.date : undefined;
}
