// What a page says about itself in its <head>: Open Graph, article:published_time, the
// <meta> names Chinese sites use (publishdate, source, author …) and JSON-LD NewsArticle.
import { CHINA_OFFSET, findDate, findLatinDate, type DatePrecision, type PageDate } from "../parse/dates";
import { feedDate } from "../feeds/dates";
import { CHINA_OFFSET_MS } from "../../content/china-time";
import { metaText } from "./dom";
import { BYLINE_WORDS, markedAuthors, NAME_SPLIT, printedTime } from "./byline-markup";

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
  /** A WeChat article's account as its markup prints it once its script has run (a page saved from the browser). */
  account?: string;
  image?: string;
  url?: string;
  /** The language the page declares (<html lang>, Content-Language, og:locale), as a BCP 47 tag. */
  language?: string;
}

const DATE_NAMES = [
  "article:published_time", "og:release_date", "publishdate", "publish_date", "pubdate", "pubtime", "publishtime",
  "datepublished", "firstpublishedtime", "dc.date.issued", "dc.date", "date", "sailthru.date", "weibo:article:create_at",
  "parsely-pub-date", "citation_publication_date",
];
const MODIFIED_NAMES = ["article:modified_time", "og:updated_time", "datemodified", "dateupdate", "lastmod"];
const AUTHOR_NAMES = ["author", "article:author", "dc.creator", "dc:creator", "dcterm:creator", "byl", "parsely-author", "sailthru.author", "citation_author"];
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
  // "Tue, 03 Mar 2020 10:00:00 GMT": a feed's date, its zone given, moved to China time as above.
  const rfc822 = /^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}/u.test(text) ? feedDate(text) : undefined;
  const china = rfc822 !== undefined && ISO.exec(rfc822.iso)?.[7] !== undefined ? readMetaDate(rfc822.iso) : undefined;
  if (rfc822 !== undefined && china !== undefined) return { iso: china.iso, precision: rfc822.precision };
  // "2007-08-20-23:59:59", "2019-09-26T12:11": a date and a time however they are joined;
  // "March 3, 2020": the day alone.
  return findDate(text.replace(/^(\d{4}-\d{1,2}-\d{1,2})[T-](?=\d)/u, "$1 "))?.date ?? findLatinDate(text)?.date;
}


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

interface JsonLd {
  articles: Record<string, unknown>[];
  /** Every node by its @id: Yoast and others name an article's author as {"@id": …}, a Person elsewhere in the graph. */
  byId: Map<string, Record<string, unknown>>;
}

function jsonLdArticles(doc: Document): JsonLd {
  const found: JsonLd = { articles: [], byId: new Map() };
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    const type = record["@type"];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === "string" && /Article|NewsArticle|BlogPosting|Report/u.test(t))) found.articles.push(record);
    if (typeof record["@id"] === "string" && record.name !== undefined) found.byId.set(record["@id"], record);
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

/**
 * The story a page's JSON-LD holds whole (an Article's articleBody, with its headline): what a
 * page its script draws (a news app's, saved before the script ran) gives of its story.
 */
export function jsonLdStory(doc: Document): { headline?: string; body: string } | undefined {
  const article = jsonLdArticles(doc).articles.find((a) => typeof a.articleBody === "string" && a.articleBody.trim() !== "");
  if (article === undefined) return undefined;
  const headline = metaText(typeof article.headline === "string" ? article.headline : typeof article.name === "string" ? article.name : undefined);
  return { ...(headline !== undefined ? { headline } : {}), body: article.articleBody as string };
}

const nameOf = (value: unknown, byId: ReadonlyMap<string, Record<string, unknown>>): string[] => {
  if (typeof value === "string") return metaText(value) ? [metaText(value) as string] : [];
  if (Array.isArray(value)) return value.flatMap((v) => nameOf(v, byId));
  if (typeof value !== "object" || value === null) return [];
  const record = value as { name?: unknown; "@id"?: unknown };
  const named = record.name === undefined && typeof record["@id"] === "string" ? byId.get(record["@id"]) : undefined;
  return nameOf((named ?? record).name, byId);
};

/** JSON-LD's image: an address, an ImageObject, or a list of either (the first). */
const imageOf = (value: unknown): string | undefined => {
  if (typeof value === "string") return metaText(value);
  if (Array.isArray(value)) return imageOf(value[0]);
  if (typeof value === "object" && value !== null) return imageOf((value as { url?: unknown }).url);
  return undefined;
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
      const v = metaText(metas.get(n));
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const jsonLd = jsonLdArticles(doc);
  const ld = jsonLd.articles[0];
  const ldDate = typeof ld?.datePublished === "string" ? readMetaDate(ld.datePublished) : undefined;
  const metaDateText = pick(DATE_NAMES);
  // Blogger's <abbr class="published" title="…">, a microformat's date in its title.
  const timeEl = printedTime(doc);
  const timeText = timeEl?.getAttribute("datetime") ?? timeEl?.getAttribute("title") ?? "";
  const date = ldDate ?? (metaDateText ? readMetaDate(metaDateText) : undefined) ?? readMetaDate(timeText);
  const modifiedText = (typeof ld?.dateModified === "string" ? ld.dateModified : undefined) ?? pick(MODIFIED_NAMES);
  const modified = modifiedText !== undefined ? readMetaDate(modifiedText) : undefined;
  const ldAuthors = nameOf(ld?.author, jsonLd.byId);
  const metaAuthor = pick(AUTHOR_NAMES);
  // "By Maria Gonzalez and Tom O’Neill": a byline in a <meta>, its writers one by one; a login is no one's name.
  const metaAuthors = metaAuthor !== undefined && !/^https?:/u.test(metaAuthor) && !LOGIN.test(metaAuthor) ? metaAuthor.replace(BYLINE_WORDS, "").split(NAME_SPLIT).filter((n) => n !== "") : [];
  const authors = ldAuthors.length > 0 ? ldAuthors : metaAuthors.length > 0 ? metaAuthors : markedAuthors(doc);
  const headline = metaText(typeof ld?.headline === "string" ? ld.headline : undefined) ?? pick(["og:title", "twitter:title", "parsely-title", "dc.title", "dc:title"]);
  const publisher = nameOf(ld?.publisher, jsonLd.byId)[0] ?? pick(PUBLISHER_NAMES);
  // Read before the page's chrome goes: the account's name is a link that runs a script.
  const account = metaText(doc.querySelector("#js_name")?.textContent);
  // <meta name="source" content="来源：新华网">: the source, not its label.
  // A source printed for search engines alone, in a span the page hides (<span id="source_baidu">).
  const sourceText = pick(SOURCE_NAMES) ?? metaText(doc.querySelector("#source_baidu, .source_baidu")?.textContent);
  const source = sourceText?.replace(/^(?:来源|稿源|出处)\s*[:：]\s*/u, "") || undefined;
  const docTitle = metaText(doc.querySelector("title")?.textContent);
  const image = pick(["og:image", "twitter:image"]) ?? imageOf(ld?.image);
  const url = pick(["og:url"]) ?? metaText(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? metaText(typeof ld?.url === "string" ? ld.url : undefined);
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
    ...(account !== undefined ? { account } : {}),
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
  return metaText(SCRIPT_NICKNAME.exec(html)?.[1]);
}
