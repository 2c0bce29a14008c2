// What a page says about itself in its <head>: Open Graph, article:published_time, the
// <meta> names Chinese sites use (publishdate, source, author …) and JSON-LD NewsArticle.
import { CHINA_OFFSET, findDate, type DatePrecision, type PageDate } from "../parse/dates";
import { CHINA_OFFSET_MS } from "../../content/china-time";
import { squash } from "./dom";

export interface PageMeta {
  /** The <title>, whole. */
  docTitle?: string;
  /** og:title or JSON-LD headline. */
  headline?: string;
  date?: PageDate;
  /** When the page was last changed (article:modified_time, dateModified …). */
  modified?: PageDate;
  authors?: string[];
  source?: string;
  publisher?: string;
  image?: string;
  url?: string;
  /** The language the page declares (<html lang>, Content-Language, og:locale), as a BCP 47 tag. */
  language?: string;
}

const DATE_NAMES = [
  "article:published_time", "og:release_date", "publishdate", "publish_date", "pubdate", "pubtime", "publishtime",
  "datepublished", "firstpublishedtime", "dc.date.issued", "dc.date", "date", "sailthru.date", "weibo:article:create_at",
];
const MODIFIED_NAMES = ["article:modified_time", "og:updated_time", "datemodified", "dateupdate", "lastmod"];
const AUTHOR_NAMES = ["author", "article:author", "dc.creator", "byl"];
const SOURCE_NAMES = ["source", "contentsource", "mediaid", "og:article:source"];
const PUBLISHER_NAMES = ["og:site_name", "sitename", "site_name", "application-name", "publisher"];

/** An instant (epoch milliseconds) as China's wall clock. */
function inChinaTime(ms: number, precision: DatePrecision): PageDate {
  return { iso: `${new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 19)}${CHINA_OFFSET}`, precision };
}

/** "kf_fm", "admin", "editor01": the login of whoever filed the page, which names no one a reader knows. */
const LOGIN = /^(?:[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+|[a-z]+\d+|admin|administrator|root|editor|webmaster|system)$/u;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/u;

/**
 * A date as a page's metadata writes it. ISO dates with a zone are moved to China time; dates
 * without one are China time already, as every date the page prints.
 */
export function readMetaDate(value: string): PageDate | undefined {
  const text = value.trim();
  // "1569470400", "1569470400000": an instant in epoch seconds or milliseconds.
  if (/^1\d{9}(?:\d{3})?$/u.test(text)) return inChinaTime(text.length === 10 ? Number(text) * 1000 : Number(text), "second");
  const m = ISO.exec(text);
  if (m && m[7] !== undefined && m[4] !== undefined) {
    const zone = m[7] === "Z" ? "+00:00" : m[7].includes(":") ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`;
    const ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}${zone}`);
    return Number.isNaN(ms) ? undefined : inChinaTime(ms, m[6] !== undefined ? "second" : "minute");
  }
  // "2007-08-20-23:59:59", "2019-09-26T12:11": a date and a time however they are joined.
  return findDate(text.replace(/^(\d{4}-\d{1,2}-\d{1,2})[T-](?=\d)/u, "$1 "))?.date;
}

const clean = (s: string | null | undefined) => {
  const t = squash(s ?? "");
  return t === "" || t.length > 300 ? undefined : t;
};

/**
 * JSON-LD as pages write it: a description pasted with its line breaks (control characters are
 * not allowed in a JSON string, and between tokens a space does as well), wrapped in CDATA, or
 * with a comma before a closing bracket.
 */
function lenientJson(text: string): string {
  return text
    .replace(/^\s*(?:\/\*\s*)?<!\[CDATA\[(?:\s*\*\/)?|(?:\/\*\s*)?\]\]>(?:\s*\*\/)?\s*$/gu, "")
    .replace(/\p{Cc}+/gu, " ")
    .replace(/,\s*([}\]])/gu, "$1");
}

function parseJsonLd(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(lenientJson(text));
  }
}

function jsonLdArticles(doc: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    const type = record["@type"];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === "string" && /Article|NewsArticle|BlogPosting|Report/u.test(t))) found.push(record);
    if (record["@graph"] !== undefined) visit(record["@graph"]);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(parseJsonLd(script.textContent ?? ""));
    } catch {
      // A broken JSON-LD block says nothing; the page's other signals still do.
    }
  }
  return found;
}

const nameOf = (value: unknown): string[] => {
  if (typeof value === "string") return clean(value) ? [clean(value) as string] : [];
  if (Array.isArray(value)) return value.flatMap(nameOf);
  if (typeof value === "object" && value !== null) return nameOf((value as { name?: unknown }).name);
  return [];
};

/** "en_US", "zh-cn", "EN" → "en-US", "zh-CN", "en"; anything that is not a language tag → undefined. */
export function languageTag(value: string | null | undefined): string | undefined {
  const first = value?.split(",")[0]?.trim().replace(/_/gu, "-");
  if (!first || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u.test(first)) return undefined;
  const [primary = "", ...rest] = first.split("-");
  return [primary.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part))].join("-");
}

export function readPageMeta(doc: Document): PageMeta {
  const metas = new Map<string, string>();
  for (const el of doc.querySelectorAll("meta")) {
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "").trim().toLowerCase();
    const content = el.getAttribute("content");
    if (key !== "" && content !== null && !metas.has(key) && content.trim() !== "") metas.set(key, content);
  }
  const pick = (names: readonly string[]) => {
    for (const n of names) {
      const v = clean(metas.get(n));
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const ld = jsonLdArticles(doc)[0];
  const ldDate = typeof ld?.datePublished === "string" ? readMetaDate(ld.datePublished) : undefined;
  const metaDateText = pick(DATE_NAMES);
  const timeEl = doc.querySelector("time[datetime], [itemprop=datePublished][datetime]");
  const date = ldDate ?? (metaDateText ? readMetaDate(metaDateText) : undefined) ?? readMetaDate(timeEl?.getAttribute("datetime") ?? "");
  const modifiedText = (typeof ld?.dateModified === "string" ? ld.dateModified : undefined) ?? pick(MODIFIED_NAMES);
  const modified = modifiedText !== undefined ? readMetaDate(modifiedText) : undefined;
  const ldAuthors = nameOf(ld?.author);
  const metaAuthor = pick(AUTHOR_NAMES);
  const authors = ldAuthors.length > 0 ? ldAuthors : metaAuthor !== undefined && !/^https?:/u.test(metaAuthor) && !LOGIN.test(metaAuthor) ? [metaAuthor] : [];
  const headline = clean(typeof ld?.headline === "string" ? ld.headline : undefined) ?? pick(["og:title", "twitter:title"]);
  const publisher = nameOf(ld?.publisher)[0] ?? pick(PUBLISHER_NAMES);
  // <meta name="source" content="来源：新华网">: the source, not its label.
  const source = pick(SOURCE_NAMES)?.replace(/^(?:来源|稿源|出处)\s*[:：]\s*/u, "") || undefined;
  const docTitle = clean(doc.querySelector("title")?.textContent);
  const image = pick(["og:image", "twitter:image"]);
  const url = pick(["og:url"]) ?? clean(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"));
  const language =
    languageTag(doc.documentElement?.getAttribute("lang")) ??
    languageTag(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content")) ??
    languageTag(metas.get("og:locale"));
  return {
    ...(docTitle !== undefined ? { docTitle } : {}),
    ...(headline !== undefined ? { headline } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(modified !== undefined ? { modified } : {}),
    ...(authors.length > 0 ? { authors: [...new Set(authors)] } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
    ...(image !== undefined ? { image } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(language !== undefined ? { language } : {}),
  };
}

/**
 * The date a page's script holds where its markup prints none: WeChat's articles fill their
 * date in by script, from `var ct = "1569470400"` (the instant, in epoch seconds) or
 * `var publish_time = "2019-09-26 12:11"`; portals from the page's data (`"pubtime":"2019-09-26 12:11:00"`). Read from the raw HTML, as the DOM is built without scripts.
 */
const SCRIPT_INSTANT = /\bvar\s+(?:ct|create_time)\s*=\s*["'](\d{10})["']/u;
const SCRIPT_DATE = /(?:\bvar\s+publish_time\s*=|["'](?:pubtime|pubTime|publish_time|publishTime|newsTime)["']\s*:)\s*["'](\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)["']/u;

export function scriptDate(html: string): PageDate | undefined {
  const instant = SCRIPT_INSTANT.exec(html);
  if (instant) return readMetaDate(instant[1] as string);
  const printed = SCRIPT_DATE.exec(html);
  return printed ? findDate(printed[1] as string)?.date : undefined;
}

/** A WeChat article's account, which its script names (`var nickname = htmlDecode("青山发布")`) and its markup prints only by script. */
const SCRIPT_NICKNAME = /\bvar\s+nickname\s*=\s*(?:htmlDecode\(\s*)?["']([^"'\n]{1,40})["']/u;

export function scriptPublisher(html: string): string | undefined {
  return clean(SCRIPT_NICKNAME.exec(html)?.[1]);
}
