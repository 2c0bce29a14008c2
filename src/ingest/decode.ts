// Bytes of one page → text, or the reason it is not usable text. The encoding is read, in
// turn, from the byte order mark, the HTTP header (pages fetched from a URL), an XML
// declaration, a `<meta charset>` / http-equiv tag, and last from the bytes themselves.
// Every decoder is strict: a page read in the wrong encoding would come out as mojibake that
// looks like content, so a guess that does not decode cleanly is never taken. One exception:
// a page in a Chinese encoding with a few stray bytes (a character cut in half where a CMS
// truncated a summary, say) is read with those bytes as U+FFFD, and the count is said, rather
// than losing the whole page. Node's TextDecoder (full ICU) reads GBK, GB18030, Big5 and the
// other legacy encodings, so no converter library is needed; chardet (ICU's detector) names the
// encoding of bytes in another language that declare nothing. Every input's bytes are read
// here: pages, feeds, Weibo data.
import { analyse } from "chardet";

export type Decoded = { text: string; encoding: string; damaged?: number } | { reason: string };

export interface DecodeHints {
  /** The HTTP Content-Type header, for a page fetched from a URL. */
  contentType?: string;
}

/** How far into the bytes an XML declaration or a meta tag is looked for (as browsers do). */
const PRESCAN_BYTES = 4096;

const strict = (label: string): TextDecoder | undefined => {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return undefined;
  }
};

/** gb2312 and gbk pages hold characters only their superset GB18030 has: read them with it. */
const SUPERSET: Record<string, string> = { gb2312: "gb18030", gbk: "gb18030", "x-gbk": "gb18030", big5: "big5" };

/** The WHATWG name of a charset label, or undefined for a label no decoder knows. */
export function encodingOf(label: string): string | undefined {
  const decoder = strict(label.trim().toLowerCase());
  if (decoder === undefined) return undefined;
  return SUPERSET[decoder.encoding] ?? decoder.encoding;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  return undefined;
}

/** The markup a document opens with: `<` of XML or HTML, `{` or `[` of JSON. */
const OPENERS = new Set([0x3c, 0x7b, 0x5b]);
const printable = (b: number | undefined) => b !== undefined && b >= 0x20 && b < 0x7f;

/**
 * UTF-16 without a byte order mark, known by its first two characters as XML (its appendix F)
 * and JSON (RFC 4627) say: an opening `<`, `{` or `[` and a printable ASCII character, each
 * with a NUL byte beside it.
 */
function utf16Shape(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (OPENERS.has(a as number) && b === 0 && printable(c) && d === 0) return "utf-16le";
  if (a === 0 && OPENERS.has(b as number) && c === 0 && printable(d)) return "utf-16be";
  return undefined;
}

const CHARSET_PARAM = /charset\s*=\s*["']?([A-Za-z0-9._:-]+)/iu;
const XML_DECL = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/iu;
const META = /<meta\b[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]+)/giu;

/** The charset the bytes or their header declare, in the order of precedence, with where it was found. */
export function declaredCharset(bytes: Uint8Array, hints: DecodeHints = {}): { label: string; from: string } | undefined {
  const header = hints.contentType !== undefined ? CHARSET_PARAM.exec(hints.contentType)?.[1] : undefined;
  if (header !== undefined) return { label: header, from: "header" };
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, PRESCAN_BYTES));
  const xml = XML_DECL.exec(head)?.[1];
  if (xml !== undefined) return { label: xml, from: "xml" };
  for (const m of head.matchAll(META)) if (m[1] !== undefined) return { label: m[1], from: "meta" };
  return undefined;
}

/**
 * Big5's byte shape: ASCII, or a lead byte 0x81–0xFE and a trail byte 0x40–0x7E or 0xA1–0xFE.
 * ICU's Big5 decoder drops some bytes outside it (0x80, 0xFF) silently even when strict.
 */
function big5Shaped(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    const t = bytes[i + 1];
    if (b === 0x80 || b === 0xff || t === undefined || !((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe))) return false;
    i += 1;
  }
  return true;
}

const tryDecode = (encoding: string, bytes: Uint8Array): string | undefined => {
  if (encoding === "big5" && !big5Shaped(bytes)) return undefined;
  try {
    return strict(encoding)?.decode(bytes);
  } catch {
    return undefined;
  }
};

const hasHighBytes = (bytes: Uint8Array) => bytes.some((b) => b >= 0x80);

// The most frequent characters of Chinese text, simplified and traditional. Bytes of one
// legacy encoding read as another decode to rare characters, so the reading that finds more
// of these is the real one.
const COMMON = new Set(
  "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心" +
    "這個們來為國說時會對於著過發後裡種經麼學現當沒動還進樣與業體點關從應開將總問題電實"
);

/** How much of a reading is judged: its start says which language it is as well as the whole. */
const JUDGED_CHARS = 64 * 1024;

function commonShare(text: string): number {
  let hits = 0;
  for (const ch of text.slice(0, JUDGED_CHARS)) if (COMMON.has(ch)) hits += 1;
  return hits;
}

const HAN = /\p{Script=Han}/gu;

/**
 * Whether text read as GB18030 or Big5 reads as Chinese: in Chinese, a tenth or more of the
 * characters are among the most common ones (usually a third); bytes of another language read
 * so come out as rare characters, and are not taken for text.
 */
function readsAsChinese(text: string, common: number): boolean {
  const han = text.slice(0, JUDGED_CHARS).match(HAN)?.length ?? 0;
  return common > 0 && common >= han * 0.1;
}

/** Common characters a Chinese reading must show before it overrides a Latin-1 label. */
const OVERRIDING_COMMON = 5;

/**
 * A label the bytes decode in but are not written in: Big5 labelled GBK or the reverse (each
 * decodes most of the other's bytes, as rare characters), or Chinese labelled with a server's
 * Latin-1 default (which decodes any bytes). Such a page is read as if it declared nothing.
 */
function misdeclared(encoding: string, text: string, bytes: Uint8Array): boolean {
  if (encoding === "gb18030" || encoding === "big5") return !readsAsChinese(text, commonShare(text));
  if (encoding !== "windows-1252") return false;
  return ["gb18030", "big5"].some((chinese) => {
    const reading = tryDecode(chinese, bytes);
    const common = reading === undefined ? 0 : commonShare(reading);
    return reading !== undefined && common >= OVERRIDING_COMMON && readsAsChinese(reading, common);
  });
}

/** Candidates for bytes that declare nothing, or whose declaration does not decode them. */
const SNIFFED = ["utf-8", "gb18030", "big5"];

/** Stray bytes a page may have and still be read: a few, never more than one character in a thousand. */
const allowedDamage = (chars: number) => Math.max(3, Math.floor(chars / 1000));

/**
 * The page read in `encoding` with the bytes it does not allow as U+FFFD, when those are few;
 * else undefined. For legacy encodings only: text that is almost UTF-8 is more often another
 * encoding that happens to pass for it in places.
 */
function leniently(encoding: string, bytes: Uint8Array): { text: string; encoding: string; damaged: number } | undefined {
  if (encoding === "utf-8" || encoding.startsWith("utf-16")) return undefined;
  // ICU's Big5 decoder passes some bytes outside Big5 through as other characters, not U+FFFD:
  // they could not be counted.
  if (encoding === "big5" && !big5Shaped(bytes)) return undefined;
  const text = new TextDecoder(encoding).decode(bytes);
  let damaged = 0;
  for (let at = text.indexOf("\uFFFD"); at !== -1; at = text.indexOf("\uFFFD", at + 1)) damaged += 1;
  return damaged <= allowedDamage(text.length) ? { text, encoding, damaged } : undefined;
}

/** Bytes that decode strictly as UTF-8, or as GB18030 or Big5 that reads as Chinese. */
function sniffChinese(bytes: Uint8Array, tried: string | undefined): { text: string; encoding: string } | undefined {
  let best: { text: string; encoding: string; score: number } | undefined;
  for (const encoding of SNIFFED) {
    if (encoding === tried) continue;
    const text = tryDecode(encoding, bytes);
    if (text === undefined) continue;
    // Valid UTF-8 with bytes above ASCII is UTF-8: other encodings almost never pass for it.
    if (encoding === "utf-8") return { text, encoding };
    const score = commonShare(text);
    if (best === undefined || score > best.score) best = { text, encoding, score };
  }
  return best && readsAsChinese(best.text, best.score) ? { text: best.text, encoding: best.encoding } : undefined;
}

/**
 * How sure ICU's detector must be. It scores text in a multi-byte encoding up to 100, and bytes
 * of no language 10 to 49 in one (Big5, Shift_JIS: the strict decoder then refuses them). It
 * scores text in a single-byte encoding lower, 25–75 (Russian in KOI8-R or windows-1251, Greek,
 * Hebrew, Turkish, Polish, French in Latin-1; less the more Latin letters a short feed has
 * beside the words: dates, addresses), and bytes of no language under 10.
 */
const DETECTOR_CONFIDENCE = 40;
const SINGLE_BYTE_CONFIDENCE = 25;
const SINGLE_BYTE = /^(?:ISO-8859-|windows-125|KOI8-)/i;

/** The longest run of bytes taken for a tag: a `<` with no `>` soon after is text. */
const LONGEST_TAG = 1024;

/**
 * The bytes without their markup (`<…>`): the detector scores letters, and a feed or a page
 * is mostly ASCII tags and addresses, which drown a short text in KOI8-R or Greek (a small
 * feed's Russian scored 35 with its tags, 60 without). No legacy encoding has `<` or `>` inside
 * a character, so cutting at them cuts no character.
 */
function withoutMarkup(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] === 0x3c) {
      const end = bytes.subarray(i + 1, i + 1 + LONGEST_TAG).indexOf(0x3e);
      if (end !== -1) {
        i += end + 1;
        out[n++] = 0x20;
        continue;
      }
    }
    out[n++] = bytes[i] as number;
  }
  const text = out.subarray(0, n);
  return hasHighBytes(text) ? text : bytes;
}

/**
 * The detector reads this much of the bytes: a sample names an encoding as well as the whole,
 * and it reads about 3 MiB a second (a 16 MiB file of stray bytes took it 4.8 s; its first 64 KiB, 53 ms).
 */
const DETECTOR_SAMPLE = 64 * 1024;

/**
 * Bytes in a legacy encoding of another language (Japanese, Korean, Cyrillic, Greek, Hebrew,
 * Latin …) that declare nothing: the encoding ICU's statistical detector ranks first, when it
 * is sure enough and the bytes decode in it cleanly. Chinese and UTF-8 were judged above, by
 * rules of our own: when the detector ranks one of those first, no other is taken.
 */
function detected(bytes: Uint8Array, tried: string | undefined): { text: string; encoding: string } | undefined {
  const [top] = analyse(withoutMarkup(bytes.subarray(0, DETECTOR_SAMPLE)));
  if (top === undefined || top.confidence < (SINGLE_BYTE.test(top.name) ? SINGLE_BYTE_CONFIDENCE : DETECTOR_CONFIDENCE)) return undefined;
  const encoding = encodingOf(top.name);
  if (encoding === undefined || encoding === tried || SNIFFED.includes(encoding)) return undefined;
  const text = tryDecode(encoding, bytes);
  return text === undefined ? undefined : { text, encoding };
}

function decodeText(bytes: Uint8Array, hints: DecodeHints): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = tryDecode(bom.encoding, bytes.subarray(bom.skip));
    return text !== undefined ? { text, encoding: bom.encoding } : { reason: `无法解码：标明是 ${bom.encoding}，内容却不是` };
  }
  const utf16 = utf16Shape(bytes);
  if (utf16 !== undefined) {
    const text = tryDecode(utf16, bytes);
    if (text !== undefined) return { text, encoding: utf16 };
  }
  if (bytes.includes(0)) return { reason: "不是文字：含有 NUL 字节（像是二进制文件）" };
  if (!hasHighBytes(bytes)) return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  const declared = declaredCharset(bytes, hints);
  const encoding = declared ? encodingOf(declared.label) : undefined;
  if (encoding !== undefined) {
    // A page re-saved by a browser keeps its old "gb2312" label over UTF-8 bytes: bytes
    // that are valid UTF-8 are UTF-8, whatever a legacy label says.
    if (encoding !== "utf-8") {
      const utf8 = tryDecode("utf-8", bytes);
      if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };
    }
    const text = tryDecode(encoding, bytes);
    if (text !== undefined && !misdeclared(encoding, text, bytes)) return { text, encoding };
  }
  // Else, in turn: UTF-8, or a Chinese encoding the bytes decode in cleanly; the declared
  // encoding with a few stray bytes; a Chinese one with a few that reads as Chinese; the
  // encoding of another language a detector finds.
  const read =
    sniffChinese(bytes, encoding) ??
    (encoding !== undefined ? leniently(encoding, bytes) : undefined) ??
    ["gb18030", "big5"]
      .filter((e) => e !== encoding)
      .map((e) => leniently(e, bytes))
      .find((r) => r !== undefined && readsAsChinese(r.text, commonShare(r.text))) ??
    detected(bytes, encoding);
  if (read) return read;
  const label = declared ? `标明的编码 ${declared.label} 与内容不符，` : "";
  return { reason: `无法解码：${label}读不出是哪种文字编码` };
}

export function decodePage(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  if (bytes.length === 0) return { reason: "文件是空的" };
  const decoded = decodeText(bytes, hints);
  if ("reason" in decoded) return decoded;
  const checked = checkText(decoded.text);
  return "reason" in checked ? checked : decoded;
}

/** What a reader is told of a page read with stray bytes. */
export const damageNote = (decoded: { encoding: string; damaged?: number }): string | undefined =>
  decoded.damaged ? `有 ${decoded.damaged} 处字节不属于 ${decoded.encoding} 编码，读作 �，其余照常读取` : undefined;

/** Text that decoded is still unusable when it is blank or carries NUL characters. */
export function checkText(text: string): { text: string } | { reason: string } {
  if (text.includes("\u0000")) return { reason: "不是文字：含有 NUL 字符（像是二进制数据）" };
  if (text.trim() === "") return { reason: "内容是空的（只有空白）" };
  return { text };
}
