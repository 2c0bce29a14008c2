// Feed text → its entries, whatever the format: RSS 0.9x/1.0 (RDF)/2.0, Atom 0.3/1.0 and JSON
// Feed 1/1.1, read by feedsmith (it read 9 of 10 broken feeds right against 8 for
// @rowanmanning/feed-parser, see bench/feed-parsers.ts, and alone reads RDF, JSON Feed and
// OPML). A feed cut off before its root element closes keeps its whole entries and is named
// (cut-off.ts): read as it stands, both parsers would pass a partial entry off as whole.
import { parseFeed } from "feedsmith";
import type { FeedDate } from "./dates";
import { absoluteUrl } from "../urls";
import { closedAfterLastEntry, closedJsonFeed, CUT_OFF } from "./cut-off";
import { prologue, unsafeDoctype } from "./doctype";
import { durationsInSeconds } from "./durations";
import { feedAuthorsOf, linkOf, readEntry, resolved, titleOf } from "./entry";
import { itemLinks } from "./item-links";
import { asJsonFeed } from "./json-feed";
import { rdfEnclosures } from "./rdf-enclosures";
import { rssOfEntries } from "./rss-of-entries";
import { BROKEN_FEED, feedSlices, type FeedSlice, type Slicing } from "./slices";
import { decodedBase64, fromDeclaration, repairXml, withoutOverlongPeople } from "./xml-repair";
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
  /** A picture's words for those who cannot see it (Media RSS's description of an image). */
  alt?: string;
  /** Media RSS gives a picture's size. */
  width?: number;
  height?: number;
}

export interface FeedEntry {
  id?: string;
  title?: string;
  link?: string;
  /** Where the body's relative links point from: the xml:base its element or entry gives, else the entry's link, else the feed's xml:base or link. */
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
  /** Read as they are taken, a large feed's slice by slice; may throw UnreadableFeed part way. */
  entries: Iterable<FeedEntry>;
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

/** The entries with the RSS 1.0 enclosures the parser left out, when there is a list for each. */
function withRdfEnclosures(entries: FeedEntry[], found: FeedEnclosure[][] | undefined): FeedEntry[] {
  if (found === undefined || found.length !== entries.length) return entries;
  return entries.map((entry, i) => {
    const more = (found[i] ?? []).map((e) => ({ ...e, url: resolved(e.url, entry.base)! })).filter((e) => !entry.enclosures.some((known) => known.url === e.url));
    return more.length === 0 ? entry : { ...entry, enclosures: [...entry.enclosures, ...more] };
  });
}

type Parsed = { format: ParsedFeed["format"]; feed: Obj };

const parseXml = (xml: string) => parseFeed(durationsInSeconds(decodedBase64(withoutOverlongPeople(repairXml(xml))))) as unknown as Parsed;
const parseJson = (json: string) => {
  const doc: unknown = JSON.parse(json);
  return parseFeed(isObj(doc) ? asJsonFeed(doc) : json) as unknown as Parsed;
};
const rawEntries = ({ format, feed }: Parsed) => list(format === "atom" ? feed.entries : feed.items).filter(isObj);

/** The entries, then the reason the feed was not read whole. */
function* thenUnreadable(entries: Iterable<FeedEntry>, reason: string): Generator<FeedEntry> {
  yield* entries;
  throw new UnreadableFeed(reason);
}

/**
 * A feed cut off before its root closes, read up to its last whole entry; the reason it is
 * not whole is given after those entries. Refused when it has none.
 */
function cutOffFeed(xml: string, address: string | undefined): ParsedFeed | { reason: string } {
  const root = rootName(xml);
  const closed = root === undefined ? undefined : closedAfterLastEntry(xml, root);
  const read = closed === undefined || !closesRoot(closed.text) ? undefined : readFeedText(closed.text, address);
  if (read === undefined || "reason" in read) return { reason: CUT_OFF };
  return { ...read, entries: thenUnreadable(read.entries, closed!.reason) };
}

const parsesWhole = (json: string): boolean => {
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
};

/** A JSON Feed that does not parse, read up to its last whole item when it was cut off in its list of items. */
function cutOffJsonFeed(json: string, address: string | undefined): ParsedFeed | { reason: string } {
  const closed = closedJsonFeed(json);
  // Closed, it must parse: read again, a text that does not would be closed again, and again.
  const read = closed !== undefined && parsesWhole(closed.text) ? readFeedText(closed.text, address) : undefined;
  if (read === undefined || "reason" in read) return { reason: "JSON 不完整或格式有误（文件可能被截断）" };
  return { ...read, entries: thenUnreadable(read.entries, closed!.reason) };
}

/** A document's entries, with the links and RSS 1.0 enclosures the parser leaves out, read from the same text. */
function entriesOf(parsed: Parsed, xml: string | undefined, base: string | undefined): FeedEntry[] {
  const { format } = parsed;
  const raw = rawEntries(parsed);
  // Read item by item, as the parser's entries are, when each of them has its record.
  const found = xml === undefined ? undefined : itemLinks(xml, format === "atom");
  const links = found?.length === raw.length ? found : undefined;
  const inherited = feedAuthorsOf(parsed.feed, format);
  const entries = raw.map((entry, i) => {
    const read = readEntry(entry, format, base, links?.[i]);
    return read.authors.length === 0 && inherited.length > 0 ? { ...read, authors: inherited } : read;
  });
  return format === "rdf" && xml !== undefined ? withRdfEnclosures(entries, rdfEnclosures(xml)) : entries;
}

/**
 * A large feed read slice by slice (slices.ts), its entries the same as read whole; undefined
 * when it is small, or a slice does not read as the feed's format (the whole is then judged).
 */
function slicedFeed(xml: string, slicing?: Slicing): { parsed: Parsed; slices: Iterable<FeedSlice> } | undefined {
  const root = rootName(xml);
  const cut = root === undefined ? undefined : feedSlices(xml, root, slicing);
  if (cut === undefined) return undefined;
  try {
    const parsed = parseXml(cut.shell);
    return rawEntries(parsed).length === 0 ? { parsed, slices: cut.slices } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A feed that turns out, part way through its entries, not to read as XML: the entries before
 * it are kept (or, `others`, every entry but those the reason names).
 */
export class UnreadableFeed extends Error {
  constructor(
    readonly reason: string,
    readonly others = false,
  ) {
    super(reason);
  }
}

/** How many entries of broken runs are read one by one, at most. */
const MOST_READ_ALONE = 2000;

/** The slice read as the feed's format, or undefined. */
function readSlice(slice: string, format: Parsed["format"]): Parsed | undefined {
  try {
    const parsed = parseXml(slice);
    return parsed.format === format ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The entries slice by slice, each slice's tree let go before the next is read. A slice that
 * does not read (its XML broken inside some entry: a closing tag misspelt) is read entry by
 * entry: each entry that reads is kept, those that do not are named by their place.
 */
function* sliceBySlice(sliced: { parsed: Parsed; slices: Iterable<FeedSlice> }, base: string | undefined): Generator<FeedEntry> {
  const { format } = sliced.parsed;
  const broken: number[] = [];
  let place = 0;
  let alone = 0;
  for (const slice of sliced.slices) {
    const parsed = readSlice(slice.text, format);
    if (parsed !== undefined) {
      const entries = entriesOf(parsed, slice.text, base);
      place += entries.length;
      yield* entries;
      continue;
    }
    for (const one of slice.entries()) {
      place += 1;
      // Each entry read alone costs a parse (about a millisecond): a feed broken throughout is not read so.
      alone += 1;
      const entry = alone > MOST_READ_ALONE ? undefined : readSlice(one, format);
      if (entry === undefined) broken.push(place);
      else yield* entriesOf(entry, one, base);
    }
  }
  const places = `第 ${broken.slice(0, 10).join("、")} 个${broken.length > 10 ? "等" : ""}`;
  if (broken.length > 0) throw new UnreadableFeed(`订阅源有 ${broken.length} 个条目的 XML 格式有误（${places}），没有收入`, true);
}

/** Why a document the parser refused is no feed, in words a reader understands. */
function refused(xml: string, isJson: boolean): { reason: string } {
  if (isJson) return { reason: "不是 JSON Feed" };
  // Well-formed XML of another kind (a sitemap, say) is named for what it is.
  const root = rootName(xml);
  const known = root !== undefined && /^(?:rss|feed|(?:rdf:)?RDF)$/u.test(root);
  return { reason: known || root === undefined ? "XML 格式有误，读不出 RSS、Atom 或 RDF 订阅源" : `不是订阅源：XML 的根元素是 <${root.slice(0, 40)}>，不是 RSS、Atom 或 RDF` };
}

/** A feed document's entries, or the reason (in Chinese) it cannot be read whole; `address` is where it was fetched from. */
export function readFeedText(source: string, address?: string): ParsedFeed | { reason: string } {
  let trimmed = fromDeclaration(source.replace(/^\ufeff/u, "").trimStart());
  const isJson = trimmed.startsWith("{");
  if (isJson) {
    if (!parsesWhole(trimmed)) return cutOffJsonFeed(trimmed, address);
  } else {
    const unsafe = unsafeDoctype(trimmed);
    if (unsafe !== undefined) return { reason: unsafe };
    if (!closesRoot(trimmed)) return cutOffFeed(trimmed, address);
    trimmed = rssOfEntries(trimmed) ?? trimmed;
  }
  const sliced = isJson ? undefined : slicedFeed(trimmed);
  let parsed: Parsed;
  let oneByOne: ReturnType<typeof slicedFeed>;
  try {
    parsed = sliced?.parsed ?? (isJson ? parseJson(trimmed) : parseXml(trimmed));
  } catch {
    // The feed's own part reads, and its entries are whole: the fault is inside some of them.
    oneByOne = isJson ? undefined : slicedFeed(trimmed, BROKEN_FEED);
    if (oneByOne === undefined) return refused(trimmed, isJson);
    parsed = oneByOne.parsed;
  }
  const { format, feed } = parsed;
  const title = titleOf(feed.title, format);
  // Relative addresses are read against xml:base, else the address the feed was fetched from.
  const xmlBase = absoluteUrl(isObj(feed.xml) ? text(feed.xml.base) : undefined, address);
  const link = resolved(format === "atom" ? linkOf(feed, "atom") : text(feed.link) ?? text(feed.home_page_url), xmlBase ?? address);
  // Else the feed's own address, as it names it (rel="self"): what a relative link is read against.
  const selfLink = [...list(feed.links), ...(isObj(feed.atom) ? list(feed.atom.links) : [])].filter(isObj).find((l) => l.rel === "self");
  const base = xmlBase ?? absoluteUrl(link, undefined) ?? absoluteUrl(text(selfLink?.href), address) ?? address;
  const description = text(feed.description) ?? text(feed.subtitle);
  const image = (isObj(feed.image) ? text(feed.image.url) : text(feed.image)) ?? text(feed.logo) ?? text(feed.icon);
  // An Atom feed says its language in xml:lang; a generator may write "en_US" for "en-US".
  const language = (text(feed.language) ?? (isObj(feed.dc) ? text(list(feed.dc.languages)[0]) : undefined) ?? (isObj(feed.xml) ? text(feed.xml.lang) : undefined))?.replaceAll("_", "-");
  const bySlice = oneByOne ?? sliced;
  const entries = bySlice ? sliceBySlice(bySlice, base) : entriesOf(parsed, isJson ? undefined : trimmed, base);
  return {
    format,
    ...(title ? { title } : {}),
    ...(link ? { link } : {}),
    ...(language ? { language } : {}),
    ...(description ? { description } : {}),
    ...(image ? { image } : {}),
    entries,
  };
}
