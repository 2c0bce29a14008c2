// A scraped page arrives as text with one paragraph per line. Before anything reads it, the
// line breaks, invisible characters and HTML leftovers that vary between scrapers are evened
// out, so the other parsers only ever meet clean, trimmed lines.
import { htmlToText } from "../../content/html-text";

/** No-break and other fixed-width spaces are HTML `&nbsp;` leftovers, not meaning. */
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F]/g;
/** Zero-width characters that scrapers leave behind. ZWJ (U+200D) is kept: emoji need it. */
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
/** Icon fonts draw their glyphs from the Private Use Area: a page's text copies them as characters no font shows. */
export const ICON_GLYPHS = /[\uE000-\uF8FF]/gu;
/**
 * Trimmed of whitespace at both ends, including the ideographic space Chinese pages indent
 * with (trim() takes every space a regex's \s does, in one pass: a `\s+$` pattern tries
 * each space of a long run in turn, and a line of 50,000 spaces took seconds).
 */
export function cleanLine(line: string): string {
  return line.replace(INVISIBLE, "").replace(ICON_GLYPHS, "").replace(ODD_SPACES, " ").trim();
}

export function toLines(text: string): string[] {
  return htmlToText(text).replace(/\r\n?|\u2028|\u2029/g, "\n").split("\n").map(cleanLine);
}

/** Any punctuation that a title, heading or name line would not carry inside it. */
export const CLAUSE_PUNCT = /[。，,；;！!？?：:、]/;

/** Length in characters (code points), so an emoji counts once. */
export function charLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // A low surrogate is the second half of a character already counted.
    if (unit < 0xdc00 || unit > 0xdfff) n += 1;
  }
  return n;
}

/**
 * charLength(text) <= max, without walking long lines: a code point is one or two UTF-16
 * units, so the UTF-16 length alone settles most lines. Every line of a page meets this.
 */
export function fitsIn(text: string, max: number): boolean {
  if (text.length <= max) return true;
  return text.length <= max * 2 && charLength(text) <= max;
}
