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
