// Dates as Chinese pages print them: "2020-10-04 20:30", "2019/11/25 10:37:31",
// "2019年11月25日 10时37分" (in traditional characters "10時37分"). They carry no zone: Chinese news sites print China Standard
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

/**
 * Between the day and the time: "T" (2021-03-05T10:20:30), the weekday ("2021年03月05日 星期五 10:20")
 * and the part of the day ("下午3:20", which is 15:20).
 */
const DATE_PATTERN =
  /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:T|\s*(?:(?:星期|礼拜|周)[一二三四五六日天])?\s*(凌晨|早上|上午|中午|下午|晚上)?)\s*(\d{1,2})\s*[:：时時]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})\s*秒?)?\s*分?)?/u;
/** The parts of the day after noon: their hours 1–11 are 13–23. */
const AFTERNOON = new Set(["下午", "晚上"]);

/** "2019 09/26 11:05:00": the year, the day and the time a page sets in elements of their own. */
const SPLIT_DATE = /((?:19|20)\d{2})\s+(\d{1,2})\s*\/\s*(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)/u;

/** The first date in the text, with the precision it was printed at. */
export function findDate(text: string): { date: PageDate; match: string } | undefined {
  const printed = DATE_PATTERN.exec(text);
  const split = printed ? null : SPLIT_DATE.exec(text);
  const m = printed ?? split;
  if (!m) return undefined;
  const [match, y, mo, d, ...rest] = m;
  const [part, h, mi, s] = printed ? rest : [undefined, ...rest];
  const hour = Number(h) + (part !== undefined && AFTERNOON.has(part) && Number(h) < 12 ? 12 : 0);
  const fields = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    ...(h !== undefined && mi !== undefined ? { hour, minute: Number(mi) } : {}),
    ...(s !== undefined ? { second: Number(s) } : {}),
  };
  const iso = toRfc3339(fields, CHINA_OFFSET);
  if (iso === undefined) return undefined;
  const precision: DatePrecision = s !== undefined ? "second" : h !== undefined ? "minute" : "day";
  return { date: { iso, precision }, match };
}

/**
 * The day a story's address files it under, as news sites and blogs write it: /2019/09/26/,
 * /2019-09-26/, /2019/0926/, /20190926/, and government sites' /201909/t20190926_123.html.
 * Only the path is read, only whole segments (a long numeric id is not a date).
 */
const URL_DAY = [
  /\/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+/u,
  /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/u,
  /\/((?:19|20)\d{2})\/?(\d{2})(\d{2})(?=[/_.]|$)/u,
];

export function dateFromUrl(url: string | undefined): PageDate | undefined {
  if (url === undefined) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  for (const pattern of URL_DAY) {
    const m = pattern.exec(path);
    if (!m) continue;
    const iso = toRfc3339({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, CHINA_OFFSET);
    if (iso !== undefined) return { iso, precision: "day" };
  }
  return undefined;
}

/** "2021.03", "2021-03", "2021年03月", "2021/3": the year and month over or beside a calendar box's day. */
const YEAR_MONTH = /^((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*月?$/u;

/**
 * A calendar box's day: the day set large in one element and the year and month small in
 * another ("<em>05</em><span>2021.03</span>"), in either order.
 */
export function calendarDate(parts: readonly string[]): PageDate | undefined {
  if (parts.length !== 2) return undefined;
  const [a = "", b = ""] = parts;
  const ym = YEAR_MONTH.exec(a) ?? YEAR_MONTH.exec(b);
  const day = /^\d{1,2}$/u.exec(YEAR_MONTH.test(a) ? b : a)?.[0];
  if (!ym || day === undefined) return undefined;
  const iso = toRfc3339({ year: Number(ym[1]), month: Number(ym[2]), day: Number(day) }, CHINA_OFFSET);
  return iso !== undefined ? { iso, precision: "day" } : undefined;
}

const MONTH_NAMES = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
const MONTH_FIRST = new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, "iu");
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?,?\\s+((?:19|20)\\d{2})\\b`, "iu");
const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The month (1–12) an English month name or abbreviation names, by its first three letters; 0 for none. */
export const englishMonth = (name: string): number => MONTH_ABBREVIATIONS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * Month names as French, Spanish, Portuguese, Italian, German and Dutch pages print them, then
 * Russian, Polish, Greek, Turkish, Hebrew (with and without its "in", ב) and Arabic (Egyptian
 * and Levantine) ones, January first.
 */
const OTHER_MONTHS = [
  "janvier enero janeiro gennaio januar jänner januari января stycznia ιανουαρίου ocak ינואר בינואר يناير",
  "février fevrier febrero fevereiro febbraio februar februari февраля lutego φεβρουαρίου şubat פברואר בפברואר فبراير شباط",
  "mars marzo março märz maerz maart марта marca μαρτίου mart מרץ במרץ مارس آذار",
  "avril abril aprile april апреля kwietnia απριλίου nisan אפריל באפריל أبريل ابريل نيسان",
  "mai mayo maio maggio mei мая maja μαΐου μαίου mayıs מאי במאי مايو أيار",
  "juin junio junho giugno juni июня czerwca ιουνίου haziran יוני ביוני يونيو حزيران",
  "juillet julio julho luglio juli июля lipca ιουλίου temmuz יולי ביולי يوليو تموز",
  "août aout agosto august augustus августа sierpnia αυγούστου ağustos אוגוסט באוגוסט أغسطس آب",
  "septembre septiembre setiembre setembro settembre september сентября września σεπτεμβρίου eylül ספטמבר בספטמבר سبتمبر أيلول",
  "octobre octubre outubro ottobre oktober октября października οκτωβρίου ekim אוקטובר באוקטובר أكتوبر اكتوبر",
  "novembre noviembre novembro november ноября listopada νοεμβρίου kasım נובמבר בנובמבר نوفمبر",
  "décembre decembre diciembre dezembro dicembre dezember december декабря grudnia δεκεμβρίου aralık דצמבר בדצמבר ديسمبر",
].map((names) => names.split(" "));
const otherMonth = (name: string) => OTHER_MONTHS.findIndex((names) => names.includes(name.toLowerCase())) + 1;
/** "12 mars 2021", "1er avril 2021", "12 de marzo de 2021", "20. Mai 2021", "3 maart 2020". */
const OTHER_DAY_FIRST = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:er|º|°|\\.)?\\s+(?:de\\s+)?(${OTHER_MONTHS.flat().sort((a, b) => b.length - a.length).join("|")})\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d{2})(?!\\d)`,
  "iu",
);

/**
 * A date as English pages print it, "September 26, 2019", "Sep. 26th, 2019", "26 September
 * 2019" (and "12 mars 2021", "12 de marzo de 2021", "20. Mai 2021", "20.05.2021" elsewhere): known
 * to the day only (a printed time there comes in the reader's own zone, not China's).
 */
export function findLatinDate(printed: string): { date: PageDate; match: string } | undefined {
  // Arabic and Persian pages print their digits as ١٢ and ۱۲: the same digits, one for one.
  const text = printed.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => String((d.codePointAt(0) ?? 0) % 16));
  if (text === printed) return latinDate(text);
  const found = latinDate(text);
  const at = found !== undefined ? text.indexOf(found.match) : -1;
  return found !== undefined ? { ...found, match: printed.slice(at, at + found.match.length) } : undefined;
}

function latinDate(text: string): { date: PageDate; match: string } | undefined {
  const monthFirst = MONTH_FIRST.exec(text);
  const dayFirst = monthFirst ? null : DAY_FIRST.exec(text);
  const m = monthFirst ?? dayFirst;
  if (!m) return otherLatinDate(text);
  const [name, day] = monthFirst ? [m[1], m[2]] : [m[2], m[1]];
  const month = englishMonth(name ?? "");
  const iso = toRfc3339({ year: Number(m[3]), month, day: Number(day) }, CHINA_OFFSET);
  return iso === undefined || month === 0 ? undefined : { date: { iso, precision: "day" }, match: m[0] };
}

/** "20.05.2021", "14.06.2022": the day first, as Europe and Israel print it with dots. */
const DOTTED_DAY_FIRST = /(?<![\p{L}\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]\d)/u;

function otherLatinDate(text: string): { date: PageDate; match: string } | undefined {
  const dotted = DOTTED_DAY_FIRST.exec(text);
  const dottedIso = dotted ? toRfc3339({ year: Number(dotted[3]), month: Number(dotted[2]), day: Number(dotted[1]) }, CHINA_OFFSET) : undefined;
  if (dotted && dottedIso !== undefined) return { date: { iso: dottedIso, precision: "day" }, match: dotted[0] };
  const m = OTHER_DAY_FIRST.exec(text);
  const month = m ? otherMonth(m[2] ?? "") : 0;
  const iso = m && month > 0 ? toRfc3339({ year: Number(m[3]), month, day: Number(m[1]) }, CHINA_OFFSET) : undefined;
  return m && iso !== undefined ? { date: { iso, precision: "day" }, match: m[0] } : undefined;
}

/** Unix time as exports write it, in seconds or in milliseconds, as milliseconds; undefined for anything else. */
export function unixMs(value: unknown): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return undefined;
  return value < 1e11 ? value * 1000 : value;
}
