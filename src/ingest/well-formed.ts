// Text read from JSON may hold half a character: a lone UTF-16 surrogate, from an escape such as
// "\ud83d" (a crawler that cut a post in the middle of an emoji). No address can hold it
// (encodeURIComponent throws: a topic so named broke every page linking it, and the build), so
// each is written as U+FFFD, the sign of a character that could not be read, as a stray byte is.
import { wellFormedText } from "../content/clean-text";

/** The value with every string in it well formed; the same value when nothing needed it. */
export function wellFormed<T>(value: T): T {
  if (typeof value === "string") return wellFormedText(value) as T;
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
