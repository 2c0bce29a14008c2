// The encoding of a file read a line at a time (a crawler's CSV, JSON Lines). Crawlers write UTF-8
// (weibo-crawler with its BOM), but a file saved again by Excel on Chinese Windows, written by
// pandas with encoding="gbk", or by Python on a Windows whose locale is Chinese, is GBK: its first
// lines say which, read as a page's bytes are (decode.ts).
import { isAscii } from "node:buffer";
import { open } from "node:fs/promises";
import { createReadStream } from "node:fs";
import { decodePage, wideEncoding } from "./decode";

/** How much of the file is looked at. */
export const SAMPLE_BYTES = 64 * 1024;
/** How far into a file its first byte that is not ASCII is looked for. */
const SCAN_BYTES = 64 * 1024 * 1024;

/**
 * The bytes a file's encoding is judged from (`whole`: they run to its end). Plain ASCII reads
 * the same in every encoding, so a file that starts with it (rows of ids, numbers and addresses
 * before its first Chinese one) is judged from its first byte that is not ASCII on.
 */
export async function encodingSample(path: string): Promise<{ sample: Uint8Array; whole: boolean }> {
  const handle = await open(path, "r");
  try {
    const read = async (position: number) => {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(SAMPLE_BYTES), 0, SAMPLE_BYTES, position);
      return { sample: buffer.subarray(0, bytesRead), whole: bytesRead < SAMPLE_BYTES };
    };
    const head = await read(0);
    // A NUL is UTF-16's, whose characters are not to be read from the middle.
    if (head.whole || !isAscii(head.sample) || head.sample.includes(0)) return head;
    for (let position = SAMPLE_BYTES; position < SCAN_BYTES; position += SAMPLE_BYTES) {
      const next = await read(position);
      const other = next.sample.findIndex((byte) => byte >= 0x80);
      if (other !== -1) return read(position + other);
      if (next.whole) break;
    }
    return head;
  } finally {
    await handle.close();
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The encoding of a file from its first bytes (`whole`: the file itself). UTF-8 unless those
 * bytes are not UTF-8 and read cleanly in another encoding TextDecoder knows.
 */
export function fileEncoding(head: Uint8Array, whole: boolean): string {
  // UTF-16, as Excel's "Unicode text" and pandas' encoding="utf-16" write it (TextDecoder reads no UTF-32).
  const wide = wideEncoding(head);
  if (wide?.startsWith("utf-16")) return wide;
  // Whole lines only: a character cut at the sample's end is no sign of another encoding.
  const end = whole ? head.length : head.lastIndexOf(0x0a) + 1;
  const sample = end > 0 ? head.subarray(0, end) : head;
  try {
    utf8.decode(sample);
    return "utf-8";
  } catch {
    // Not UTF-8: what the bytes read as.
  }
  const decoded = decodePage(sample);
  if ("reason" in decoded || decoded.damaged) return "utf-8";
  try {
    new TextDecoder(decoded.encoding);
    return decoded.encoding;
  } catch {
    return "utf-8";
  }
}

/** A whole file's bytes as UTF-8. */
export function asUtf8(bytes: Uint8Array): Uint8Array {
  const encoding = fileEncoding(bytes, true);
  return encoding === "utf-8" ? bytes : Buffer.from(new TextDecoder(encoding).decode(bytes));
}

/**
 * A file's bytes as UTF-8, a chunk at a time: as they are when the file is UTF-8, else decoded
 * from its encoding (a character split between two chunks is read whole).
 */
export async function* utf8Chunks(path: string, encoding: string, chunkBytes?: number): AsyncGenerator<Buffer> {
  const decoder = encoding === "utf-8" ? undefined : new TextDecoder(encoding);
  for await (const chunk of createReadStream(path, chunkBytes !== undefined ? { highWaterMark: chunkBytes } : {}) as AsyncIterable<Buffer>) {
    yield decoder ? Buffer.from(decoder.decode(chunk, { stream: true })) : chunk;
  }
  const rest = decoder?.decode() ?? "";
  if (rest !== "") yield Buffer.from(rest);
}
