// Crawlers that keep their posts in MongoDB ship them as mongoexport writes them: MongoDB's
// Extended JSON, where an id is {"$oid": …}, a date {"$date": …} and a number
// {"$numberLong": "…"}. Those wrappers are read here as the plain values they stand for (a date
// as its milliseconds since the epoch), so the rest of the reading sees what other crawlers write.
import { isRecord } from "./media";

const NUMBER_KEYS = ["$numberInt", "$numberLong", "$numberDouble", "$numberDecimal"];

function plainDate(value: unknown): unknown {
  if (typeof value === "number") return value;
  if (isRecord(value) && typeof value.$numberLong === "string") return Number(value.$numberLong);
  if (typeof value === "string") {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? value : ms;
  }
  return value;
}

function wrapped(value: Record<string, unknown>): { value: unknown } | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  const inner = value[key];
  if (key === "$oid" && typeof inner === "string") return { value: inner };
  if (key === "$date") return { value: plainDate(inner) };
  if (NUMBER_KEYS.includes(key) && typeof inner === "string") {
    const n = Number(inner);
    // A long beyond what a double holds exactly (a 16-digit mid) stays its digits.
    return { value: Number.isFinite(n) && Number.isSafeInteger(Math.trunc(n)) ? n : inner };
  }
  return undefined;
}

/**
 * The document with MongoDB's Extended JSON wrappers read as plain values; other JSON as it was.
 * A freshly parsed document is changed in place: copying a large file's records costs memory for nothing.
 */
export function plainJson(value: unknown, depth = 0): unknown {
  if (depth > 40 || (typeof value !== "object" || value === null)) return value;
  if (!Array.isArray(value)) {
    const plain = wrapped(value as Record<string, unknown>);
    if (plain) return plain.value;
  }
  const container = value as Record<string, unknown>;
  for (const key of Object.keys(container)) {
    const plain = plainJson(container[key], depth + 1);
    if (plain !== container[key]) container[key] = plain;
  }
  return value;
}
