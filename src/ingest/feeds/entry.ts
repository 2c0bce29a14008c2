// One feed entry, whatever its format, as what a reader needs: id, title, link, date,
// authors, HTML body, enclosures and picture (media.ts), and categories.
import { cleanName } from "../../content/clean-text";
import { decodeEntities, htmlToText, looksLikeHtml } from "../../content/html-text";
import { absoluteUrl } from "../urls";
import { feedDate, type FeedDate } from "./dates";
import { enclosuresOf, mediaDescription, mediaPicture } from "./media";
import type { FeedAuthor, FeedEntry, ParsedFeed } from "./parse";
import { escapeHtml, isObj, list, text, type Obj } from "./values";


/**
 * A link as the feed means it: relative to the entry's or the feed's base (xml:base, the
 * feed's own link), as feed readers read it. A link that cannot be made absolute stays as
 * given (and is not taken as a web address later).
 */
export function resolved(ref: string | undefined, base: string | undefined): string | undefined {
  return ref === undefined || base === undefined ? ref : (absoluteUrl(ref, base) ?? ref);
}

/** A character reference ("&#8217;", "&amp;"), as a title escaped once too often still holds. */
const REFERENCE = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;
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

/** A name as the reader sees it: no invisible characters that could spoof it; undefined when none is left. */
const nameOf = (v: unknown): string | undefined => {
  const given = plainText(v);
  return given === undefined ? undefined : cleanName(given);
};

function authorsOf(entry: Obj): FeedAuthor[] {
  const found: FeedAuthor[] = [];
  for (const a of list(entry.authors)) {
    if (typeof a === "string") {
      // RSS <author>: "mail@example.org (名字)" or just a name.
      const name = nameOf(/\(([^()]+)\)\s*$/u.exec(a)?.[1] ?? (a.includes("@") ? undefined : a));
      if (name) found.push({ name });
      continue;
    }
    if (!isObj(a)) continue;
    const name = nameOf(a.name);
    if (name === undefined) continue;
    const url = text(a.uri) ?? text(a.url);
    const avatar = text(a.avatar);
    found.push({ name, ...(url ? { url } : {}), ...(avatar ? { avatar } : {}) });
  }
  const dc = isObj(entry.dc) ? entry.dc : {};
  for (const creator of [...list(dc.creators), ...list(dc.creator)]) {
    const name = nameOf(creator);
    if (name && !found.some((a) => a.name === name)) found.push({ name });
  }
  // A podcast names its episode's author in <itunes:author> only.
  const itunes = isObj(entry.itunes) ? nameOf(entry.itunes.author) : undefined;
  if (found.length === 0 && itunes) found.push({ name: itunes });
  return found.slice(0, 20);
}

/**
 * An Atom link to the story: rel="alternate" (or no rel), else rel="related" (a link blog's
 * entry points at the story it is about), never the feed's own, an editing or a comments link.
 */
function atomLink(links: unknown): string | undefined {
  const found = list(links).filter(isObj);
  const alternate = found.find((l) => l.rel === undefined || l.rel === "alternate") ?? found.find((l) => l.rel === "related");
  return text(alternate?.href);
}

export function linkOf(entry: Obj, format: ParsedFeed["format"]): string | undefined {
  if (format === "atom") return atomLink(entry.links);
  if (format === "json") return text(entry.url) ?? text(entry.external_url);
  const guid = isObj(entry.guid) ? entry.guid : undefined;
  // An RSS item may give its link as <atom:link> only.
  const atom = isObj(entry.atom) ? atomLink(entry.atom.links) : undefined;
  return text(entry.link) ?? atom ?? (guid && guid.isPermaLink !== false ? text(guid.value) : undefined);
}

/**
 * HTML a publisher escaped twice ("&amp;lt;p&amp;gt;" in the XML) would show its tags as text:
 * a body with no markup of its own that opens with an escaped tag is read as the HTML it is.
 */
function unescapedTwice(html: string): string {
  if (/<[a-z/!]/i.test(html) || !/^\s*&lt;[a-z]/i.test(html)) return html;
  const decoded = decodeEntities(html);
  return looksLikeHtml(decoded) ? decoded : html;
}

/**
 * The line WordPress's SEO plugins end every entry with ("The post <a>…</a> appeared first on
 * <a>…</a>.", in Chinese "文章<a>…</a>最先出现在<a>…</a>。"): the feed's, not the story's.
 */
const FIRST_ON = /<p>\s*(?:The post|文章)\s*<a\b[^>]*>[^<]*<\/a>\s*(?:appeared first on|最先出现在)\s*<a\b[^>]*>[^<]*<\/a>\s*[.。]?\s*<\/p>\s*$/u;

/** Atom content that is plain text: type "text", or a text MIME type other than HTML ("text/plain"). */
const isAtomText = (type: unknown) => type === "text" || (typeof type === "string" && /^text\/(?!html\b)/iu.test(type));

/**
 * A body with no markup and no character reference, in blocks parted by blank lines, is plain
 * text (CMSs write their descriptions so): its blocks are its paragraphs, not one run of words.
 * A line break inside a block stays a space, as it is when a generator wraps its lines.
 */
function asParagraphs(html: string): string {
  if (!/\n[^\S\n]*\n/u.test(html.trim()) || /<[a-z!/?]/iu.test(html) || REFERENCE.test(html)) return html;
  const blocks = html.split(/\n[^\S\n]*\n/u).map((block) => block.trim()).filter((block) => block !== "");
  return blocks.map((block) => `<p>${block.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</p>`).join("\n");
}

function bodyOf(entry: Obj, format: ParsedFeed["format"]): { html?: string; summary?: string } {
  const read = ownBody(entry, format);
  if (read.html !== undefined) return format === "json" ? read : { ...read, html: asParagraphs(unescapedTwice(read.html).replace(FIRST_ON, "")) };
  const media = mediaDescription(entry);
  return media === undefined ? read : { ...read, html: media };
}

function ownBody(entry: Obj, format: ParsedFeed["format"]): { html?: string; summary?: string } {
  if (format === "json") {
    const html = text(entry.content_html) ?? (text(entry.content_text) ? escapeHtml(text(entry.content_text)!) : undefined);
    return { ...(html ? { html } : {}), ...(text(entry.summary) ? { summary: text(entry.summary)! } : {}) };
  }
  if (format === "atom") {
    const content = isObj(entry.content) ? entry.content : undefined;
    const summary = isObj(entry.summary) ? entry.summary : undefined;
    const pick = content && text(content) ? content : summary;
    const value = text(pick);
    const html = value === undefined ? undefined : isAtomText(pick?.type) ? escapeHtml(value) : value;
    return { ...(html ? { html } : {}), ...(pick === content && text(summary) ? { summary: text(summary)! } : {}) };
  }
  const content = isObj(entry.content) ? text(entry.content.encoded) : undefined;
  // A podcast episode may say what it is only in <itunes:summary> (plain text).
  const itunes = isObj(entry.itunes) ? text(entry.itunes.summary) : undefined;
  const description = text(entry.description) ?? (itunes !== undefined ? escapeHtml(itunes) : undefined);
  const html = content ?? description;
  return { ...(html ? { html } : {}), ...(content && description ? { summary: description } : {}) };
}

function dateOf(entry: Obj): FeedDate | undefined {
  const dc = isObj(entry.dc) ? entry.dc : {};
  for (const raw of [entry.published, entry.pubDate, entry.date_published, ...list(dc.dates), dc.date, entry.updated, entry.date_modified]) {
    const date = feedDate(raw);
    if (date) return date;
  }
  return undefined;
}

/** The entry read; `feedBase` is where the feed's relative links point from (xml:base, its link). */
export function readEntry(entry: Obj, format: ParsedFeed["format"], feedBase?: string): FeedEntry {
  const guid = isObj(entry.guid) ? text(entry.guid.value) : text(entry.guid);
  const rdfAbout = isObj(entry.rdf) ? text(entry.rdf.about) : undefined;
  const id = text(entry.id) ?? guid ?? rdfAbout;
  const title = titleOf(entry.title, format);
  const entryBase = absoluteUrl(isObj(entry.xml) ? text(entry.xml.base) : undefined, feedBase) ?? feedBase;
  const link = resolved(linkOf(entry, format), entryBase);
  const base = absoluteUrl(link, undefined) ?? entryBase;
  const date = dateOf(entry);
  const image = resolved(text(entry.image) ?? text(isObj(entry.image) ? entry.image.url : undefined) ?? text(entry.banner_image) ?? mediaPicture(entry), base);
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
    ...(base ? { base } : {}),
    ...(date ? { date } : {}),
    authors: authorsOf(entry),
    ...bodyOf(entry, format),
    enclosures: enclosuresOf(entry, format).map((e) => ({ ...e, url: resolved(e.url, base)!, ...(e.poster !== undefined ? { poster: resolved(e.poster, base)! } : {}) })),
    ...(image ? { image } : {}),
    categories: [...new Set(categories)].slice(0, 50),
  };
}

