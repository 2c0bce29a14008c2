// Feed dates → RFC 3339. Atom and JSON Feed write RFC 3339 already (kept as written, offset and
// all); RSS writes RFC 822 ("Sat, 13 Jul 2019 10:00:00 +0800"; GMT when it leaves out the
// zone), and publishers bend both: no
// weekday, a two-digit year, "GMT+8", a zone name, day and month names in the site's own
// language, JavaScript's "Sat Jul 13 2019 10:00:00 GMT+0800 (…)", ISO dates with "+0800" or no
// zone at all. A date with no zone (Chinese feeds write "2019-07-13 10:00:00") is China time,
// like any Chinese page date; a date with no time is known to the day. Hand-written: date
// libraries read only the standard forms, and JavaScript's Date reads a zoneless date in the
// machine's own zone. A hand-made feed may write Unix time there: ten digits of seconds or
// thirteen of milliseconds.
import { isRealDateTime, toRfc3339 } from "../../content/rfc3339";
import { chinaWall } from "../../content/china-time";
import { CHINA_OFFSET, englishMonth, findDate, unixMs, type DatePrecision } from "../parse/dates";

export interface FeedDate {
  iso: string;
  precision: DatePrecision;
}

// "CST" in a Chinese feed is China Standard Time, the way those feeds mean it.
const ZONES: Record<string, string> = {
  GMT: "+00:00", UT: "+00:00", UTC: "+00:00", Z: "+00:00", WET: "+00:00", WEST: "+01:00", BST: "+01:00",
  CET: "+01:00", CEST: "+02:00", MET: "+01:00", MEST: "+02:00", EET: "+02:00", EEST: "+03:00", MSK: "+03:00",
  CST: "+08:00", HKT: "+08:00", SGT: "+08:00", AWST: "+08:00", JST: "+09:00", KST: "+09:00", AEST: "+10:00", AEDT: "+11:00",
  NZST: "+12:00", NZDT: "+13:00", EST: "-05:00", EDT: "-04:00", CDT: "-05:00", MST: "-07:00", MDT: "-06:00", PST: "-08:00",
  PDT: "-07:00", AKST: "-09:00", AKDT: "-08:00", HST: "-10:00",
  // Those of news sites in India (IST, as Indian feeds mean it), Africa, South-East Asia,
  // Australia's centre and the Americas' east.
  IST: "+05:30", PKT: "+05:00", ICT: "+07:00", WIB: "+07:00", PHT: "+08:00", MYT: "+08:00", ACST: "+09:30", ACDT: "+10:30",
  WAT: "+01:00", CAT: "+02:00", SAST: "+02:00", EAT: "+03:00", ADT: "-03:00", NST: "-03:30", NDT: "-02:30", BRT: "-03:00", ART: "-03:00",
};

/** Month names feeds print besides English: German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Chinese. */
const MONTHS: [RegExp, number][] = [
  [/^(?:jän|janv|gen|ene|sty|янв)/u, 1],
  [/^(?:févr?|fev|lut|фев)/u, 2],
  [/^(?:mär|mrz|mrt|мар)/u, 3],
  [/^(?:avr|abr|kwi|апр)/u, 4],
  [/^(?:mai|mei|mag|maj|ма[йя])/u, 5],
  [/^(?:juin|giu|cze|июн)/u, 6],
  [/^(?:juil|lug|lip|июл)/u, 7],
  [/^(?:août|aoû|ago|sie|авг)/u, 8],
  [/^(?:set|wrz|сен)/u, 9],
  [/^(?:okt|out|ott|paź|окт)/u, 10],
  [/^(?:lis|ноя)/u, 11],
  [/^(?:dez|déc|dic|gru|дек)/u, 12],
];
const CHINESE_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** The month (1–12) a month name names, in English or another language feeds use; 0 for none. */
function monthOf(name: string): number {
  const lower = name.toLowerCase();
  const chinese = /^(.+)月$/u.exec(lower)?.[1];
  if (chinese !== undefined) return /^\d+$/u.test(chinese) ? (Number(chinese) <= 12 ? Number(chinese) : 0) : CHINESE_MONTHS.indexOf(chinese) + 1;
  return MONTHS.find(([pattern]) => pattern.test(lower))?.[1] ?? (lower.length >= 3 ? englishMonth(lower) : 0);
}

/** A zone as "+hh:mm": a numeric offset ("+0800", "+08:00", "+8", "GMT+8", "UTC+08:00") or a name. */
function offsetOf(zone: string | undefined): string | undefined {
  if (zone === undefined) return undefined;
  const m = /^(?:(?:GMT|UTC?)\s*)?([+-])(\d{1,2})(?::?(\d{2}))?$/iu.exec(zone);
  if (m) {
    const hours = Number(m[2]);
    const minutes = Number(m[3] ?? 0);
    return hours > 14 || minutes > 59 ? undefined : `${m[1]}${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
  }
  return ZONES[zone.toUpperCase()];
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  zone?: string;
}

/** The parts as a date: known to the second or minute with a zone (China time without one), or to the day. */
function fromParts(p: Parts): FeedDate | undefined {
  if (p.month === 0) return undefined;
  const day = { year: p.year, month: p.month, day: p.day };
  if (p.hour === undefined || p.minute === undefined) {
    const iso = toRfc3339(day, CHINA_OFFSET);
    return iso === undefined ? undefined : { iso, precision: "day" };
  }
  const offset = p.zone === undefined ? CHINA_OFFSET : offsetOf(p.zone);
  if (offset === undefined) return undefined;
  const iso = toRfc3339({ ...day, hour: p.hour, minute: p.minute, second: p.second ?? 0 }, offset);
  return iso === undefined ? undefined : { iso, precision: p.second !== undefined ? "second" : "minute" };
}

/** RFC 2822's reading of a two-digit year: 00–49 are this century's, 50–99 the last. */
const fullYear = (y: string) => (y.length === 2 ? (Number(y) < 50 ? 2000 : 1900) + Number(y) : Number(y));

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const hour12 = (hour: string | undefined, half: string | undefined) =>
  hour === undefined ? undefined : half === undefined ? Number(hour) : (Number(hour) % 12) + (/^p/i.test(half) ? 12 : 0);

const ZONE = String.raw`(Z|[+-]\d{2}(?::?\d{2})?|(?:GMT|UTC?)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[A-Za-z]{3,4})`;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([AaPp]\.?[Mm]\.?))?`;
/** Any weekday name, in any language, abbreviated or not: it says nothing the date does not. */
const WEEKDAY = String.raw`(?:[\p{L}]+\.?,?\s*)?`;
const WEEKDAY_WORD = String.raw`(?:[\p{L}]+\.?,?\s+)?`;
/** A month's name, or a Chinese locale's "1月". */
const MONTH = String.raw`(\d{1,2}月|[\p{L}]+)\.?`;

/** "Sat, 13 Jul 2019 10:00:00 +0800", "13 Jul 19 10:00 GMT+8", "Sa, 13. Juli 2019 10:00:00 MESZ", RFC 850's "Saturday, 13-Jul-19 10:00:00 GMT". */
const DAY_FIRST = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})\.?(?:\s*|-)${MONTH},?(?:\s*|-)(\d{4}|\d{2})(?:[\sT,]+${TIME})?(?:\s*${ZONE})?$`, "u");
/** "Sat Jul 13 2019 10:00:00 GMT+0800", "Sat Jul 13 10:00:00 CST 2019", "July 13, 2019 10:00 AM". */
const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY_WORD}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:(\d{4}),?\s*)?(?:(?:at\s+|-\s*)?${TIME})?(?:\s*${ZONE})?(?:\s+(\d{4}))?$`, "u");
/** ISO 8601 as feeds bend it: "T" or a space, a zone as "+0800", "+08", " +08:00" or none. */
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt\s]+${TIME})?(?:\s*${ZONE})?$`, "u");

function rfc822(value: string): FeedDate | undefined {
  const d = DAY_FIRST.exec(value);
  if (d) {
    return fromParts({ year: fullYear(d[3]!), month: monthOf(d[2]!), day: Number(d[1]), hour: hour12(d[4], d[7]), minute: num(d[5]), second: num(d[6]), ...(d[8] ? { zone: d[8] } : { zone: "GMT" }) });
  }
  const m = MONTH_FIRST.exec(value);
  const year = m?.[3] ?? m?.[9];
  if (!m || year === undefined || (m[3] !== undefined && m[9] !== undefined)) return undefined;
  return fromParts({ year: Number(year), month: monthOf(m[1]!), day: Number(m[2]), hour: hour12(m[4], m[7]), minute: num(m[5]), second: num(m[6]), ...(m[8] ? { zone: m[8] } : {}) });
}

function iso(value: string): FeedDate | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  return fromParts({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: hour12(m[4], m[7]), minute: num(m[5]), second: num(m[6]), ...(m[8] ? { zone: m[8] } : {}) });
}

/** Unix time as a feed writes it where a date goes ("1715904180", or in milliseconds), read as the instant it is, in China time. */
function unixDate(value: string): FeedDate | undefined {
  const ms = /^(?:\d{10}|\d{13})$/u.test(value) ? unixMs(Number(value)) : undefined;
  const iso = ms === undefined ? undefined : toRfc3339(chinaWall(ms), CHINA_OFFSET);
  return iso === undefined ? undefined : { iso, precision: "second" };
}

export function feedDate(raw: unknown): FeedDate | undefined {
  if (typeof raw === "number") return unixDate(String(raw));
  if (typeof raw !== "string") return undefined;
  // A trailing comment or name says the zone the offset already gives: "+0100 (CET)", "-0700 PDT".
  const value = raw
    .trim()
    .replace(/\s+/gu, " ")
    .replace(/\s*\([^()]*\)$/u, "")
    .replace(/([+-]\d{2}:?\d{2}) [A-Za-z]{2,5}$/u, "$1");
  if (value === "") return undefined;
  if (isRealDateTime(value)) return { iso: value.replace(" ", "T"), precision: "second" };
  const read = iso(value) ?? rfc822(value) ?? unixDate(value);
  if (read) return read;
  const found = findDate(value);
  return found && found.match.length >= value.length - 2 ? found.date : undefined;
}
