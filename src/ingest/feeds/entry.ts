// One feed entry, whatever its format, as what a reader needs: id, title, link, date,
// authors, HTML body (body.ts), enclosures and picture (media.ts), and categories.
import { cleanName } from "../../content/clean-text";
import { decodeEntities, htmlToText } from "../../content/html-text";
import { absoluteUrl, isWebAddress } from "../urls";
import { feedDate, type FeedDate } from "./dates";
import { bodyOf, bodyXmlBase } from "./body";
import type { ItemLinks } from "./item-links";
import { enclosuresOf, mediaPicture } from "./media";
import type { FeedAuthor, FeedEntry, ParsedFeed } from "./parse";
import { splitNames } from "./names";
import { isObj, list, REFERENCE, text, type Obj } from "./values";


/**
 * A link as the feed means it: relative to the entry's or the feed's base (xml:base, the
 * feed's own link), as feed readers read it. A link that cannot be made absolute stays as
 * given (and is not taken as a web address later).
 */
export function resolved(ref: string | undefined, base: string | undefined): string | undefined {
  return ref === undefined || base === undefined ? ref : (absoluteUrl(ref, base) ?? ref);
}

/** Markup or character references in a title that a feed wrote as HTML (RSS titles often are). */
const TITLE_MARKUP = new RegExp(`<\\/?[a-z][a-z0-9]*(?:\\s[^<>]*)?\\/?>|${REFERENCE.source}`, "i");

/** A name or a tag as text: feeds escape them as HTML ("Food &amp; Drink" in CDATA), or twice. */
const plainText = (v: unknown): string | undefined => {
  const given = text(v);
  return given !== undefined && REFERENCE.test(given) ? text(decodeEntities(given)) : given;
};

/**
 * A title as text. Atom says whether its title is text, HTML or XHTML; RSS does not, and its
 * titles carry tags and escaped entities (in CDATA, or escaped twice) that a reader must not
 * see as such: those are read as HTML.
 */
export function titleOf(raw: unknown, format: ParsedFeed["format"]): string | undefined {
  const value = text(raw);
  if (value === undefined) return undefined;
  // JSON Feed's title is plain text by contract; Atom's is unless it says otherwise. Its tags
  // are words, but a character reference in it was escaped twice ("It&amp;#8217;s"): no one
  // means a reader to see "&#8217;".
  const type = isObj(raw) ? raw.type : undefined;
  if (format === "json" || (format === "atom" && type !== "html" && type !== "xhtml")) return plainText(value);
  if (!TITLE_MARKUP.test(value)) return value;
  return text(htmlToText(value, { known: true }).replace(/\s+/gu, " "));
}

/**
 * A name as the reader sees it: no invisible characters that could spoof it, nor the quotes a
 * photo site puts it in ('nobody@flickr.com ("bob")'); undefined when none is left.
 */
const nameOf = (v: unknown): string | undefined => {
  const given = plainText(v)?.replace(/^"(.+)"$/u, "$1");
  return given === undefined ? undefined : cleanName(given);
};

/** Each person a name field lists ("张三、王五"), as nameOf reads a name. */
const namesOf = (v: unknown): string[] =>
  splitNames(nameOf(v) ?? "").flatMap((n) => {
    const name = cleanName(n);
    return name === undefined ? [] : [name];
  });

const adding = (found: FeedAuthor[], names: string[]) => {
  for (const name of names) if (!found.some((a) => a.name === name)) found.push({ name });
};

function authorsOf(entry: Obj): FeedAuthor[] {
  const found: FeedAuthor[] = [];
  for (const a of list(entry.authors)) {
    if (typeof a === "string") {
      // RSS <author>: "mail@example.org (名字)" or just a name.
      adding(found, namesOf(/\(([^()]+)\)\s*$/u.exec(a)?.[1] ?? (a.includes("@") ? undefined : a)));
      continue;
    }
    if (!isObj(a)) continue;
    const url = text(a.uri) ?? text(a.url);
    const avatar = text(a.avatar);
    // A name with its own page or picture is one person's: those are not shared out.
    if (url || avatar) {
      const name = nameOf(a.name);
      if (name !== undefined) found.push({ name, ...(url ? { url } : {}), ...(avatar ? { avatar } : {}) });
    } else adding(found, namesOf(a.name));
  }
  // An RSS item may name its author in Atom's terms (.NET's <a10:author><a10:name>).
  if (isObj(entry.atom) && found.length === 0) found.push(...authorsOf({ authors: entry.atom.authors }));
  const dc = isObj(entry.dc) ? entry.dc : {};
  for (const creator of [...list(dc.creators), ...list(dc.creator)]) adding(found, namesOf(creator));
  // A podcast names its episode's author in <itunes:author> only.
  if (found.length === 0 && isObj(entry.itunes)) adding(found, namesOf(entry.itunes.author));
  return found.slice(0, 20);
}

/**
 * The authors an Atom or JSON Feed names for the whole feed: by both standards, the authors
 * of each entry that names none of its own.
 */
export const feedAuthorsOf = (feed: Obj, format: ParsedFeed["format"]): FeedAuthor[] => (format === "atom" || format === "json" ? authorsOf(feed) : []);

/**
 * An Atom link to the story: rel="alternate" (or no rel), else rel="related" (a link blog's
 * entry points at the story it is about), never the feed's own, an editing or a comments link.
 */
function atomLink(links: unknown): string | undefined {
  const found = list(links).filter(isObj);
  const alternate = found.find((l) => l.rel === undefined || l.rel === "alternate") ?? found.find((l) => l.rel === "related");
  return text(alternate?.href);
}

/** A path with no scheme: rooted ("/posts/2.html"), or of folders or a page ("posts/2.html", "2.html"). */
const SITE_PATH = /^(?:\/(?!\/)|\.{1,2}\/|[^\s:/?#]+\/|[^\s:/?#]+\.(?:s?html?|php|aspx?|jsp)(?:[?#]|$))[^\s]*$/iu;

export function linkOf(entry: Obj, format: ParsedFeed["format"]): string | undefined {
  // An entry whose content lives elsewhere (<content src="…">) and that links nowhere else is that content.
  if (format === "atom") return atomLink(entry.links) ?? (isObj(entry.content) ? text(entry.content.src) : undefined);
  if (format === "json") return text(entry.url) ?? text(entry.external_url);
  const guid = isObj(entry.guid) ? entry.guid : undefined;
  // An RSS item may give its link as <atom:link> only. Its guid is a permalink unless it says
  // otherwise, but podcasts and CMSs leave the attribute out over ids that are no address
  // ("ep1", a UUID): only a web address is taken for the story's.
  const atom = isObj(entry.atom) ? atomLink(entry.atom.links) : undefined;
  const permalink = guid && guid.isPermaLink !== false ? text(guid.value) : undefined;
  // A guid that says it is a permalink may be written as a path on the feed's site ("/posts/2.html").
  const path = permalink !== undefined && guid?.isPermaLink === true && SITE_PATH.test(permalink);
  return text(entry.link) ?? atom ?? (permalink !== undefined && (isWebAddress(permalink) || path) ? permalink : undefined);
}

function dateOf(entry: Obj): FeedDate | undefined {
  const dc = isObj(entry.dc) ? entry.dc : {};
  // An RSS item may date itself in Atom's terms only (.NET's <a10:updated>).
  const atom = isObj(entry.atom) ? entry.atom : {};
  for (const raw of [entry.published, entry.pubDate, entry.date_published, ...list(dc.dates), dc.date, atom.published, entry.updated, atom.updated, entry.date_modified]) {
    const date = feedDate(raw);
    if (date) return date;
  }
  return undefined;
}

/**
 * A news aggregator's title ends with the publisher its <source> names ("港口扩建 - 港湾日报"):
 * the headline is the story's own title, without it.
 */
function withoutSource(title: string | undefined, entry: Obj): string | undefined {
  const source = isObj(entry.source) ? text(entry.source.title) : undefined;
  if (title === undefined || source === undefined || !title.endsWith(` - ${source}`)) return title;
  return text(title.slice(0, -(source.length + 3))) ?? title;
}

/**
 * The entry read; `feedBase` is where the feed's relative links point from (xml:base, its link),
 * `more` the links the parser left out (FeedBurner's own record of the story's address wins).
 */
export function readEntry(entry: Obj, format: ParsedFeed["format"], feedBase?: string, more: ItemLinks = {}): FeedEntry {
  const guid = isObj(entry.guid) ? text(entry.guid.value) : text(entry.guid);
  const rdfAbout = isObj(entry.rdf) ? text(entry.rdf.about) : undefined;
  const id = text(entry.id) ?? guid ?? rdfAbout;
  // A podcast episode may be titled in <itunes:title> alone, a library's or a journal's item in <dc:title>.
  const dcTitle = isObj(entry.dc) ? list(entry.dc.titles)[0] : undefined;
  const title = withoutSource(titleOf(entry.title, format) ?? (isObj(entry.itunes) ? titleOf(entry.itunes.title, format) : undefined) ?? titleOf(dcTitle, format), entry);
  const ownBase = absoluteUrl(isObj(entry.xml) ? text(entry.xml.base) : undefined, feedBase);
  const entryBase = ownBase ?? feedBase;
  const link = resolved(more.origLink ?? linkOf(entry, format) ?? more.href, entryBase);
  const base = absoluteUrl(link, undefined) ?? entryBase;
  // The body's links point from the xml:base its entry or its own element gives, where one
  // does (Atom's rule); else from the entry's link, as a reader of its page would see them.
  const bodyBase = absoluteUrl(bodyXmlBase(entry, format), entryBase) ?? ownBase ?? base;
  // An XML entry's enclosures and pictures are its link's siblings: read against the same base
  // as the link. JSON Feed reads an item's addresses against the item's url.
  const fieldBase = format === "json" ? base : entryBase;
  const date = dateOf(entry);
  const image = resolved(text(entry.image) ?? text(isObj(entry.image) ? entry.image.url : undefined) ?? text(entry.banner_image) ?? mediaPicture(entry), fieldBase);
  // RSS 1.0 (RDF) feeds file their items under <dc:subject>.
  const subjects = isObj(entry.dc) ? list(entry.dc.subjects) : [];
  const categories = [...list(entry.categories ?? entry.tags), ...subjects].flatMap((c) => {
    const name = isObj(c) ? (plainText(c.name) ?? plainText(c.term) ?? plainText(c.label)) : plainText(c);
    return name ? [name] : [];
  });
  return {
    ...(id ? { id } : {}),
    ...(title ? { title } : {}),
    ...(link ? { link } : {}),
    ...(bodyBase ? { base: bodyBase } : {}),
    ...(date ? { date } : {}),
    authors: authorsOf(entry),
    ...bodyOf(entry, format),
    enclosures: enclosuresOf(entry, format).map((e) => ({ ...e, url: resolved(e.url, fieldBase)!, ...(e.poster !== undefined ? { poster: resolved(e.poster, fieldBase)! } : {}) })),
    ...(image ? { image } : {}),
    categories: [...new Set(categories)].slice(0, 50),
  };
}

