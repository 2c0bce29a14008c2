// Invisible characters that can spoof what a name or title says: bidirectional overrides
// and isolates (U+202A–U+202E, U+2066–U+2069), marks, and zero-width spaces. ZWJ (U+200D)
// stays: emoji sequences need it.
const INVISIBLE = /[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

export function cleanLabel(text: string): string {
  return text.replace(INVISIBLE, "");
}

/** A person's name as a label (cleanLabel, trimmed); undefined when nothing is left to show. */
export function cleanName(text: string): string | undefined {
  const name = cleanLabel(text).trim();
  return name === "" ? undefined : name;
}

/** A surrogate not in a pair: with the u flag, a pair is one code point and never matches. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const LONE_SURROGATES = /[\uD800-\uDFFF]/gu;

/**
 * The text with half a character (a lone UTF-16 surrogate: an emoji cut in two) written as
 * U+FFFD, the sign of a character that could not be read: no address can hold half a
 * character (encodeURIComponent throws on it).
 */
export function wellFormedText(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, "\uFFFD") : text;
}
