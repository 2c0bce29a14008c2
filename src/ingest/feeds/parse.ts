// Feed text → its entries, whatever the format: RSS 0.9x/1.0 (RDF)/2.0, Atom 0.3/1.0 and JSON
// Feed 1/1.1, read by feedsmith (it read 9 of 10 broken feeds right against 8 for
// @rowanmanning/feed-parser, see bench/feed-parsers.ts, and alone reads RDF, JSON Feed and
// OPML). A feed cut off before its root element closes is refused whole: both parsers
// would read the entries before the cut and pass a partial feed off as the feed.
import { parseFeed } from "feedsmith";
import type { FeedDate } from "./dates";
import { absoluteUrl } from "../urls";
import { prologue, unsafeDoctype } from "./doctype";
import { isObj, linkOf, list, readEntry, resolved, text, titleOf, type Obj } from "./entry";

export interface FeedAuthor {
  name: string;
  url?: string;
  avatar?: string;
}

export interface FeedEnclosure {
  url: string;
  type?: string;
  length?: number;
  title?: string;
  /** Media RSS gives a picture's size. */
  width?: number;
  height?: number;
}

export interface FeedEntry {
  id?: string;
  title?: string;
  link?: string;
  /** Where the entry's relative links point from: its own link, else xml:base or the feed's link. */
  base?: string;
  date?: FeedDate;
  authors: FeedAuthor[];
  /** The entry's body as HTML (plain-text bodies are escaped into it). */
  html?: string;
  summary?: string;
  enclosures: FeedEnclosure[];
  image?: string;
  categories: string[];
}

export interface ParsedFeed {
  format: "rss" | "atom" | "rdf" | "json";
  title?: string;
  link?: string;
  description?: string;
  /** The feed's picture (RSS <image>, Atom logo or icon, JSON Feed icon). */
  image?: string;
  language?: string;
  entries: FeedEntry[];
}

/** The root element's name, after the declaration, comments, doctype and processing instructions. */
function rootName(xml: string): string | undefined {
  const { rootAt } = prologue(xml);
  return rootAt === -1 ? undefined : /^<([A-Za-z_][\w:.-]*)/u.exec(xml.slice(rootAt, rootAt + 256))?.[1];
}

/** True when the XML ends by closing its root element: a cut-off download does not. */
export function closesRoot(xml: string): boolean {
  const root = rootName(xml);
  if (root === undefined) return false;
  // Trailing spaces and comments are peeled off from the end: a `(?:\s|<!--…-->)+$` pattern
  // tries every space of a long run inside the feed in turn (20,000 spaces took 3 s).
  let tail = xml.trimEnd();
  while (tail.endsWith("-->")) {
    const open = tail.lastIndexOf("<!--");
    if (open === -1) break;
    tail = tail.slice(0, open).trimEnd();
  }
  return tail.endsWith(`</${root}>`);
}

/** RSS's person fields: "name (mail)" or "mail (name)", read bracket by bracket. */
const PERSON_TAGS = ["author", "managingEditor", "webMaster"];
const LONGEST_PERSON = 1000;

/**
 * The feed with every RSS person field past a thousand characters emptied: no name is that
 * long, and the parser reads such a field bracket by bracket, each unclosed "(" or "[" to its
 * end (40,000 of them took 5 s). One pass per tag, with no pattern that could backtrack.
 */
function withoutOverlongPeople(xml: string): string {
  let text = xml;
  for (const tag of PERSON_TAGS) {
    const parts: string[] = [];
    let from = 0;
    for (let start = text.indexOf(`<${tag}`); start !== -1; start = text.indexOf(`<${tag}`, from)) {
      const opened = text.indexOf(">", start);
      if (opened === -1) break;
      const close = text.indexOf(`</${tag}>`, opened);
      if (close === -1) break;
      // <authorName> is another element; <author/> holds nothing.
      const named = /[\s>]/u.test(text[start + tag.length + 1] ?? "");
      const long = named && text[opened - 1] !== "/" && close - opened - 1 > LONGEST_PERSON;
      parts.push(text.slice(from, long ? opened + 1 : close));
      from = close;
    }
    text = parts.length === 0 ? text : parts.join("") + text.slice(from);
  }
  return text;
}

/** A feed document's entries, or the reason (in Chinese) it cannot be read whole. */
export function readFeedText(source: string): ParsedFeed | { reason: string } {
  const trimmed = source.replace(/^\ufeff/u, "").trimStart();
  const isJson = trimmed.startsWith("{");
  if (isJson) {
    try {
      JSON.parse(trimmed);
    } catch {
      return { reason: "JSON 不完整或格式有误（文件可能被截断）" };
    }
  } else {
    const unsafe = unsafeDoctype(trimmed);
    if (unsafe !== undefined) return { reason: unsafe };
    if (!closesRoot(trimmed)) return { reason: "订阅源不完整：根元素没有闭合（文件可能被截断）" };
  }
  let parsed: { format: string; feed: Obj };
  try {
    parsed = parseFeed(isJson ? trimmed : withoutOverlongPeople(trimmed)) as unknown as { format: string; feed: Obj };
  } catch {
    return { reason: isJson ? "不是 JSON Feed" : "XML 格式有误，读不出 RSS、Atom 或 RDF 订阅源" };
  }
  const format = parsed.format as ParsedFeed["format"];
  const feed = parsed.feed;
  const raw = list(format === "atom" ? feed.entries : feed.items).filter(isObj);
  const title = titleOf(feed.title, format);
  const xmlBase = absoluteUrl(isObj(feed.xml) ? text(feed.xml.base) : undefined, undefined);
  const link = resolved(format === "atom" ? linkOf(feed, "atom") : text(feed.link) ?? text(feed.home_page_url), xmlBase);
  const base = xmlBase ?? absoluteUrl(link, undefined);
  const description = text(feed.description) ?? text(feed.subtitle);
  const image = (isObj(feed.image) ? text(feed.image.url) : text(feed.image)) ?? text(feed.logo) ?? text(feed.icon);
  const language = text(feed.language) ?? (isObj(feed.dc) ? text(list(feed.dc.languages)[0]) : undefined);
  return {
    format,
    ...(title ? { title } : {}),
    ...(link ? { link } : {}),
    ...(language ? { language } : {}),
    ...(description ? { description } : {}),
    ...(image ? { image } : {}),
    entries: raw.map((entry) => readEntry(entry, format, base)),
  };
}
