// Text read from JSON may hold half a character: a lone UTF-16 surrogate, from an escape such as
// "\ud83d" (a crawler that cut a post in the middle of an emoji). No address can hold it
// (encodeURIComponent throws: a topic so named broke every page linking it, and the build), so
// each is written as U+FFFD, the sign of a character that could not be read, as a stray byte is.

/** A surrogate not in a pair: with the u flag, a pair is one code point and never matches. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const LONE_SURROGATES = /[\uD800-\uDFFF]/gu;

/** The value with every string in it well formed; the same value when nothing needed it. */
export function wellFormed<T>(value: T): T {
  if (typeof value === "string") return (LONE_SURROGATE.test(value) ? value.replace(LONE_SURROGATES, "\uFFFD") : value) as T;
  if (Array.isArray(value)) {
    const items = value.map(wellFormed);
    return (items.some((item, i) => item !== value[i]) ? items : value) as T;
  }
  if (typeof value === "object" && value !== null) {
    let changed = false;
    const entries = Object.entries(value).map(([key, field]) => {
      const fixed = wellFormed(field);
      const name = wellFormed(key);
      changed ||= fixed !== field || name !== key;
      return [name, fixed] as const;
    });
    return (changed ? Object.fromEntries(entries) : value) as T;
  }
  return value;
}
