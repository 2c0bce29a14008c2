// Feed text → its entries, whatever the format: RSS 0.9x/1.0 (RDF)/2.0, Atom 0.3/1.0 and JSON
// Feed 1/1.1, read by feedsmith (it read 9 of 10 broken feeds right against 8 for
// @rowanmanning/feed-parser, see bench/feed-parsers.ts, and alone reads RDF, JSON Feed and
// OPML). A feed cut off before its root element closes is refused whole: both parsers
// would read the entries before the cut and pass a partial feed off as the feed.
import { parseFeed } from "feedsmith";
import type { FeedDate } from "./dates";
import { absoluteUrl } from "../urls";
import { prologue, unsafeDoctype } from "./doctype";
import { linkOf, readEntry, resolved, titleOf } from "./entry";
import { itemLinks } from "./item-links";
import { rdfEnclosures } from "./rdf-enclosures";
import { isObj, list, text, type Obj } from "./values";

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
  /** How long an episode or a video plays, in seconds (iTunes, Media RSS). */
  duration?: number;
  /** A video's still picture (its Media RSS thumbnail). */
  poster?: string;
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

/** The root element's name, after the declaration, comments, doctype (with its entity definitions) and processing instructions. */
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

/** Control characters XML does not allow (a reader would see them as boxes); form feeds and vertical tabs were spaces. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

/**
 * The feed's XML as its publisher meant it, where a template wrote text unescaped: a "<" that
 * opens no tag ("a < b", "1<2") is the character, and control characters are dropped. The
 * parser refuses the whole feed for either one. CDATA sections and comments, which the parser
 * does not read as markup, are kept as they are; an unclosed one leaves the rest as it is, for
 * the parser to judge. One pass: each search starts where the last one ended.
 */
function repairXml(xml: string): string {
  const text = (part: string) => part.replace(/<(?![A-Za-z_:/!?])/gu, "&lt;");
  let out = "";
  let at = 0;
  let cdata = xml.indexOf("<![CDATA[");
  let comment = xml.indexOf("<!--");
  while (cdata !== -1 || comment !== -1) {
    const isCdata = cdata !== -1 && (comment === -1 || cdata < comment);
    const start = isCdata ? cdata : comment;
    const closer = isCdata ? "]]>" : "-->";
    const end = xml.indexOf(closer, start + (isCdata ? 9 : 4));
    if (end === -1) break;
    out += text(xml.slice(at, start)) + xml.slice(start, end + closer.length);
    at = end + closer.length;
    if (cdata !== -1 && cdata < at) cdata = xml.indexOf("<![CDATA[", at);
    if (comment !== -1 && comment < at) comment = xml.indexOf("<!--", at);
  }
  return (out + text(xml.slice(at))).replace(CONTROLS, (c) => (c === "\u000b" || c === "\u000c" ? " " : ""));
}

/** How far into a feed its XML declaration is looked for after something else. */
const DECLARATION_WITHIN = 4096;

/**
 * The feed from its XML declaration on, when the server wrote something before it (a PHP
 * warning, a stray line): the parser reads no document whose declaration is not first.
 */
function fromDeclaration(text: string): string {
  const at = text.slice(0, DECLARATION_WITHIN).search(/<\?xml\s/u);
  return at > 0 ? text.slice(at) : text;
}

/** The entries with the RSS 1.0 enclosures the parser left out, when there is a list for each. */
function withRdfEnclosures(entries: FeedEntry[], found: FeedEnclosure[][] | undefined): FeedEntry[] {
  if (found === undefined || found.length !== entries.length) return entries;
  return entries.map((entry, i) => {
    const more = (found[i] ?? []).map((e) => ({ ...e, url: resolved(e.url, entry.base)! })).filter((e) => !entry.enclosures.some((known) => known.url === e.url));
    return more.length === 0 ? entry : { ...entry, enclosures: [...entry.enclosures, ...more] };
  });
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
  const trimmed = fromDeclaration(source.replace(/^\ufeff/u, "").trimStart());
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
    parsed = parseFeed(isJson ? trimmed : withoutOverlongPeople(repairXml(trimmed))) as unknown as { format: string; feed: Obj };
  } catch {
    if (isJson) return { reason: "不是 JSON Feed" };
    // Well-formed XML of another kind (a sitemap, say) is named for what it is.
    const root = rootName(trimmed);
    const known = root !== undefined && /^(?:rss|feed|(?:rdf:)?RDF)$/u.test(root);
    return { reason: known || root === undefined ? "XML 格式有误，读不出 RSS、Atom 或 RDF 订阅源" : `不是订阅源：XML 的根元素是 <${root.slice(0, 40)}>，不是 RSS、Atom 或 RDF` };
  }
  const format = parsed.format as ParsedFeed["format"];
  const feed = parsed.feed;
  const raw = list(format === "atom" ? feed.entries : feed.items).filter(isObj);
  const title = titleOf(feed.title, format);
  const xmlBase = absoluteUrl(isObj(feed.xml) ? text(feed.xml.base) : undefined, undefined);
  const link = resolved(format === "atom" ? linkOf(feed, "atom") : text(feed.link) ?? text(feed.home_page_url), xmlBase);
  // Else the feed's own address, as it names it (rel="self"): what a relative link is read against.
  const selfLink = [...list(feed.links), ...(isObj(feed.atom) ? list(feed.atom.links) : [])].filter(isObj).find((l) => l.rel === "self");
  const base = xmlBase ?? absoluteUrl(link, undefined) ?? absoluteUrl(text(selfLink?.href), undefined);
  const description = text(feed.description) ?? text(feed.subtitle);
  const image = (isObj(feed.image) ? text(feed.image.url) : text(feed.image)) ?? text(feed.logo) ?? text(feed.icon);
  // Read item by item, as the parser's entries are, when each of them has its record.
  const found = format === "json" ? undefined : itemLinks(trimmed, format === "atom");
  const links = found?.length === raw.length ? found : undefined;
  const language = text(feed.language) ?? (isObj(feed.dc) ? text(list(feed.dc.languages)[0]) : undefined);
  return {
    format,
    ...(title ? { title } : {}),
    ...(link ? { link } : {}),
    ...(language ? { language } : {}),
    ...(description ? { description } : {}),
    ...(image ? { image } : {}),
    entries: withRdfEnclosures(
      raw.map((entry, i) => readEntry(entry, format, base, links?.[i])),
      format === "rdf" ? rdfEnclosures(trimmed) : undefined,
    ),
  };
}
