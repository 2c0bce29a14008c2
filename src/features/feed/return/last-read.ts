// The last story the reader opened from the feed, kept in this browser only, so a later
// visit can offer to go back to it.
import { readStored, writeStored } from "../../../lib/local-store";

const KEY = "qingyue:feed:last-read";

export interface LastRead {
  id: string;
  /** What the card showed, so the offer can name the story. */
  title: string;
  /** Its place in the feed when it was opened (0-based); the feed may have grown since. */
  slot: number;
}

function isLastRead(value: unknown): value is LastRead {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === "string" && typeof v.title === "string" && Number.isInteger(v.slot) && (v.slot as number) >= 0;
}

export function readLastRead(): LastRead | undefined {
  return readStored(KEY, isLastRead);
}

export function writeLastRead(entry: LastRead): void {
  writeStored(KEY, entry);
}
