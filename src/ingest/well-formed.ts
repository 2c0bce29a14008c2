// Text read from JSON may hold half a character: a lone UTF-16 surrogate, from an escape such as
// "\ud83d" (a crawler that cut a post in the middle of an emoji). No address can hold it
// (encodeURIComponent throws: a topic so named broke every page linking it, and the build), so
// each is written as U+FFFD, the sign of a character that could not be read, as a stray byte is.
// Every item of every page passes here: the common case, nothing to mend, is looked for first,
// with the engine's own check and no copy made.
import { wellFormedText } from "../content/clean-text";

/** True when some string in the value (a key or a field, at any depth) holds half a character. */
function hasHalfCharacter(value: unknown): boolean {
  if (typeof value === "string") return !value.isWellFormed();
  if (Array.isArray(value)) return value.some(hasHalfCharacter);
  if (typeof value === "object" && value !== null) {
    for (const [key, field] of Object.entries(value)) if (!key.isWellFormed() || hasHalfCharacter(field)) return true;
  }
  return false;
}

function mended<T>(value: T): T {
  if (typeof value === "string") return wellFormedText(value) as T;
  if (Array.isArray(value)) return value.map(mended) as T;
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, field]) => [wellFormedText(key), mended(field)])) as T;
  return value;
}

/** The value with every string in it well formed; the same value when nothing needed it. */
export function wellFormed<T>(value: T): T {
  return hasHalfCharacter(value) ? mended(value) : value;
}
