// The encoding of a file read a line at a time (a crawler's CSV, JSON Lines). Crawlers write UTF-8
// (weibo-crawler with its BOM), but a file saved again by Excel on Chinese Windows, written by
// pandas with encoding="gbk", or by Python on a Windows whose locale is Chinese, is GBK: its first
// lines say which, read as a page's bytes are (decode.ts).
import { decodePage } from "./decode";

/** How much of the file's start is looked at. */
export const SAMPLE_BYTES = 64 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The encoding of a file from its first bytes (`whole`: the file itself). UTF-8 unless those
 * bytes are not UTF-8 and read cleanly in another encoding TextDecoder knows.
 */
export function fileEncoding(head: Uint8Array, whole: boolean): string {
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
