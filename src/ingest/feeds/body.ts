// An entry's body as HTML, whatever its format: RSS content:encoded or description (or an
// episode's iTunes summary), Atom content or summary by their type, JSON Feed's HTML or text,
// else the words Media RSS gives; read as its publisher meant it where their tools got it
// wrong (HTML escaped twice, plain text in paragraphs, an SEO plugin's closing line).
import { storyOfPage } from "./whole-document";
import { decodeEntities, escapeText, looksLikeHtml } from "../../content/html-text";
import { mediaDescription } from "./media";
import type { ParsedFeed } from "./parse";
import { escapeHtml, isObj, REFERENCE, text, type Obj } from "./values";

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

/**
 * The line Reddit ends every entry with: "submitted by /u/name [link] [comments]". The author is
 * the entry's own; [comments] is the entry's link. Only a link post's [link] is kept: it is the
 * story the post shares.
 */
const SUBMITTED_BY =
  /submitted by(?:\s|&#32;)*<a href="[^"<>]*">[^<]*<\/a>\s*<br\s*\/?>\s*<span><a href="([^"<>]*)">\[link\]<\/a><\/span>(?:\s|&#32;)*<span><a href="([^"<>]*)">\[comments\]<\/a><\/span>/u;
const withoutSubmittedBy = (html: string) => html.replace(SUBMITTED_BY, (_, link: string, comments: string) => (link === comments ? "" : ` <a href="${link}">[link]</a>`));

/** Atom content that is plain text: type "text", or a text MIME type other than HTML ("text/plain"). */
const isAtomText = (type: unknown) => type === "text" || (typeof type === "string" && /^text\/(?!html\b)/iu.test(type));

/** A line that ends a Chinese sentence ("。", "！", "？", "……", a closing quote after one): Chinese text is not wrapped, so the line ends its paragraph. */
const SENTENCE_LINE_END = /([。！？；…」』][”’」』]?)[^\S\n]*\n(?=[^\S\n]*\S)/gu;

/**
 * A body with no markup and no character reference, in blocks parted by blank lines, is plain
 * text (CMSs write their descriptions so): its blocks are its paragraphs, not one run of words.
 * A line break inside a block stays a space, as it is when a generator wraps its lines, unless
 * the line ends a Chinese sentence: Chinese CMSs part their paragraphs with one line break.
 */
function asParagraphs(given: string): string {
  if (/<[a-z!/?]/iu.test(given) || REFERENCE.test(given)) return given;
  const html = given.trim().replace(SENTENCE_LINE_END, "$1\n\n");
  if (!/\n[^\S\n]*\n/u.test(html)) return given;
  const blocks = html.split(/\n[^\S\n]*\n/u).map((block) => block.trim()).filter((block) => block !== "");
  return blocks.map((block) => `<p>${escapeText(block)}</p>`).join("\n");
}

export function bodyOf(entry: Obj, format: ParsedFeed["format"]): { html?: string; summary?: string } {
  const read = ownBody(entry, format);
  if (read.html !== undefined) return format === "json" ? { ...read, html: storyOfPage(read.html) } : { ...read, html: storyOfPage(asParagraphs(withoutSubmittedBy(unescapedTwice(read.html).replace(FIRST_ON, "")))) };
  const media = mediaDescription(entry);
  return media === undefined ? read : { ...read, html: media };
}

/** The Atom element an entry's body is read from: its content, else its summary. */
function atomBodyElement(entry: Obj): Obj | undefined {
  const content = isObj(entry.content) ? entry.content : undefined;
  return content && text(content) ? content : isObj(entry.summary) ? entry.summary : undefined;
}

/** The xml:base an Atom entry's body gives itself (on its <content> or <summary>): where its relative links point from. */
export function bodyXmlBase(entry: Obj, format: ParsedFeed["format"]): string | undefined {
  const element = format === "atom" ? atomBodyElement(entry) : undefined;
  return isObj(element?.xml) ? text(element.xml.base) : undefined;
}

function ownBody(entry: Obj, format: ParsedFeed["format"]): { html?: string; summary?: string } {
  if (format === "json") {
    // An item with no content but its summary (the standard asks for content; some give only
    // the summary, as RSS gives only a description) is told by its summary.
    const content = text(entry.content_html) ?? (text(entry.content_text) ? escapeHtml(text(entry.content_text)!) : undefined);
    const summary = text(entry.summary);
    const html = content ?? (summary !== undefined ? escapeHtml(summary) : undefined);
    return { ...(html ? { html } : {}), ...(content && summary ? { summary } : {}) };
  }
  if (format === "atom") {
    const content = isObj(entry.content) ? entry.content : undefined;
    const summary = isObj(entry.summary) ? entry.summary : undefined;
    const pick = atomBodyElement(entry);
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
