// JSON Lines are split at "\n" and nowhere else. node:readline also ends a line at U+2028 and
// U+2029 (Node 24 and later), which JSON.stringify leaves raw inside strings, so a readline
// reader cuts such a record in two.
import { createReadStream } from "node:fs";

/** Bytes read at a time: at the stream's default 64 KiB, a large file is thousands of round trips to the thread pool. */
export const CHUNK_BYTES = 1024 * 1024;

/**
 * The lines of a text file (UTF-8 unless told), split at "\n" only (a trailing "\r" is kept:
 * JSON ignores it), or at the separator given.
 */
export async function* linesOf(file: string, encoding: "utf8" | "utf16le" = "utf8", separator = "\n"): AsyncGenerator<string> {
  // The unfinished line so far, in pieces, so a long line costs no repeated copying.
  let rest: string[] = [];
  for await (const chunk of createReadStream(file, { encoding, highWaterMark: CHUNK_BYTES }) as AsyncIterable<string>) {
    let start = 0;
    for (let nl = chunk.indexOf(separator); nl !== -1; nl = chunk.indexOf(separator, start)) {
      rest.push(chunk.slice(start, nl));
      yield rest.join("");
      rest = [];
      start = nl + separator.length;
    }
    if (start < chunk.length) rest.push(chunk.slice(start));
  }
  if (rest.length > 0) yield rest.join("");
}
