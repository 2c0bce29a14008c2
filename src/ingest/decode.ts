// Bytes of one page → text, or the reason it is not usable text. The encoding is read, in
// turn, from the byte order mark, the HTTP header (pages fetched from a URL), an XML
// declaration, a `<meta charset>` / http-equiv tag, and last from the bytes themselves.
// Every decoder is strict: a page read in the wrong encoding would come out as mojibake that
// looks like content, so a guess that does not decode cleanly is never taken. One exception:
// a page in UTF-8 or a Chinese encoding with a few stray bytes (a character cut in half where a CMS
// truncated a summary, say) is read with those bytes as U+FFFD, and the count is said, rather
// than losing the whole page; bytes of windows-1252 or another legacy encoding pasted into
// UTF-8 are read as their characters (mixed-utf8.ts). Node's TextDecoder (full ICU) reads GBK,
// GB18030, Big5 and the other legacy encodings, so no converter library is needed (utf32.ts,
// seven-bit.ts and extra-encodings.ts read the few it does not); chardet (ICU's detector) names
// the encoding of bytes in another language that declare nothing, when they are enough to
// judge; chinese.ts, alphabets.ts and latin.ts tell apart the encodings that decode one
// another's bytes cleanly, whatever their label says, and short-texts.ts reads a few words of
// Korean, Chinese or Thai. Every input's bytes are read here: pages, feeds, Weibo data.
import { analyse } from "chardet";
import { ALPHABET_ENCODINGS, betterAlphabet, notItsAlphabet, readsAsThai, thai } from "./alphabets";
import { commonShare, notItsLanguage, readsAsChinese, SNIFFED, sniffChinese, swappedChinese } from "./chinese";
import { decodeExtra, decodeUhc, extraEncoding } from "./extra-encodings";
import { latinShape } from "./latin";
import { mixedUtf8, utf8Strays } from "./mixed-utf8";
import { sevenBit } from "./seven-bit";
import { fewWords } from "./short-texts";
import { decodeUtf32, UTF32 } from "./utf32";

export type Decoded = { text: string; encoding: string; damaged?: number } | { reason: string };

export interface DecodeHints {
  /** The HTTP Content-Type header, for a page fetched from a URL. */
  contentType?: string;
}

/** How far into the bytes an XML declaration or a meta tag is looked for (as browsers do). */
const PRESCAN_BYTES = 4096;
/**
 * How far a meta tag is looked for past that, in the head: old blogs put theirs after long
 * inline styles and scripts, and browsers, which find it while parsing, honour it there.
 */
const HEAD_BYTES = 64 * 1024;

const strict = (label: string): TextDecoder | undefined => {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return undefined;
  }
};

/** gb2312 and gbk pages hold characters only their superset GB18030 has: read them with it. */
const SUPERSET: Record<string, string> = { gb2312: "gb18030", gbk: "gb18030", "x-gbk": "gb18030", big5: "big5" };

/**
 * Labels pages and feeds carry that the Encoding Standard does not list, as Windows, Java and
 * Python name the same encodings (cp932, cp949, MacCyrillic, win-1251 …).
 */
const ALIASES: Record<string, string> = {
  cp932: "shift_jis", "windows-932": "shift_jis", "x-ms-cp932": "shift_jis",
  eucjp: "euc-jp", ujis: "euc-jp",
  cp949: "euc-kr", ms949: "euc-kr", uhc: "euc-kr", "x-windows-949": "euc-kr", "windows-949": "euc-kr",
  cp936: "gbk", ms936: "gbk", "windows-936": "gbk", gb2312_80: "gbk", euccn: "gbk", "euc-cn": "gbk",
  cp950: "big5", ms950: "big5", "windows-950": "big5",
  maccyrillic: "x-mac-cyrillic", "mac-cyrillic": "x-mac-cyrillic", "x-mac-cyrillic": "x-mac-cyrillic", macukrainian: "x-mac-cyrillic",
  koi8u: "koi8-u", koi8r: "koi8-r", "ibm-866": "ibm866",
  tis620: "windows-874", cp874: "windows-874", "ms874": "windows-874",
  latin9: "iso-8859-15", "iso8859-15": "iso-8859-15",
};
/** win-1251, win1251, cp-1251, windows1251 … */
const WINDOWS = /^(?:win|windows|cp|ms)[-_]?(125[0-8])$/u;

/** The WHATWG name of a charset label, or undefined for a label no decoder knows. */
export function encodingOf(label: string): string | undefined {
  const name = label.trim().toLowerCase();
  const windows = WINDOWS.exec(name)?.[1];
  const decoder = strict(ALIASES[name] ?? (windows !== undefined ? `windows-${windows}` : name));
  if (decoder === undefined) return extraEncoding(label);
  return SUPERSET[decoder.encoding] ?? decoder.encoding;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  // UTF-32's marks first: little-endian UTF-32's starts as UTF-16's does.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { encoding: "utf-32le", skip: 4 };
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { encoding: "utf-32be", skip: 4 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  return undefined;
}

/** How many of the first bytes tell UTF-16 or UTF-32 without a byte order mark. */
const WIDE_SAMPLE = 1024;

/**
 * UTF-16 or UTF-32 without a byte order mark, known by where its NUL bytes stand: the high
 * bytes of every ASCII character (markup, spaces, digits, punctuation), whatever character
 * the text opens with (a line break before `<?xml`, a word of plain text). UTF-32's two high
 * bytes are NUL (or the plane) in every character; UTF-16's high byte is NUL in a tenth of its
 * characters or more, and four times as often as its low byte.
 */
function wideShape(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, WIDE_SAMPLE);
  if (!sample.includes(0)) return undefined;
  if (sample.length >= 4) {
    let little = true;
    let big = true;
    for (let at = 0; at + 4 <= sample.length; at += 4) {
      if (sample[at + 3] !== 0 || (sample[at + 2] as number) > 0x10) little = false;
      if (sample[at] !== 0 || (sample[at + 1] as number) > 0x10) big = false;
    }
    if (little) return "utf-32le";
    if (big) return "utf-32be";
  }
  let even = 0;
  let odd = 0;
  for (let at = 0; at + 2 <= sample.length; at += 2) {
    if (sample[at] === 0) even += 1;
    if (sample[at + 1] === 0) odd += 1;
  }
  const units = Math.floor(sample.length / 2);
  if (odd * 10 >= units && odd >= even * 4) return "utf-16le";
  if (even * 10 >= units && even >= odd * 4) return "utf-16be";
  return undefined;
}

/** Whether the start of a text holds control characters no text holds (tab, line breaks and form feed apart): bytes of another kind read as UTF-16. */
function hasControls(text: string): boolean {
  for (let at = 0; at < Math.min(text.length, WIDE_SAMPLE); at += 1) {
    const code = text.charCodeAt(at);
    if (code < 0x20 && (code < 0x09 || code > 0x0d)) return true;
  }
  return false;
}

/** UTF-16 or UTF-32 bytes without the part of a character a file cut short ends with. */
const wholeUnits = (bytes: Uint8Array, encoding: string) => bytes.subarray(0, bytes.length - (bytes.length % (encoding.startsWith("utf-32") ? 4 : encoding.startsWith("utf-16") ? 2 : 1)));

/** UTF-16 or UTF-32, when the bytes are in one of them: by their byte order mark, or their shape. */
export function wideEncoding(bytes: Uint8Array): string | undefined {
  const bom = bomEncoding(bytes);
  return bom && bom.encoding !== "utf-8" ? bom.encoding : wideShape(bytes);
}

/** The start of UTF-16 or UTF-32 bytes (known by their byte order mark or their shape) as text. */
export function wideText(bytes: Uint8Array): string | undefined {
  const encoding = wideEncoding(bytes);
  if (encoding === undefined) return undefined;
  const start = wholeUnits(bytes, encoding);
  return UTF32.includes(encoding) ? decodeUtf32(start, encoding) : new TextDecoder(encoding).decode(start);
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
  if (bytes.length <= PRESCAN_BYTES) return undefined;
  const longHead = new TextDecoder("latin1").decode(bytes.subarray(0, HEAD_BYTES));
  const body = longHead.search(/<body[\s>]/iu);
  for (const m of (body === -1 ? longHead : longHead.slice(0, body)).matchAll(META)) if (m[1] !== undefined) return { label: m[1], from: "meta" };
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
  if (UTF32.includes(encoding)) return decodeUtf32(bytes, encoding);
  if (encoding === "euc-kr") return decodeUhc(bytes, true);
  if (extraEncoding(encoding) !== undefined) return decodeExtra(bytes, encoding);
  if (encoding === "big5" && !big5Shaped(bytes)) return undefined;
  try {
    return strict(encoding)?.decode(bytes);
  } catch {
    return undefined;
  }
};

const hasHighBytes = (bytes: Uint8Array) => bytes.some((b) => b >= 0x80);

/** Chinese, Japanese and Korean in UTF-8: three bytes each, which legacy bytes seldom make. */
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]/u;
/**
 * The legacy encodings of two bytes a character, whose pairs of high bytes pass for UTF-8's
 * two-byte characters now and then. A single-byte encoding's text almost never does: a high
 * byte there is a letter or a sign, seldom followed by one of 0x80–0xBF, and never as a run
 * UTF-8 reads as a common character.
 */
const MULTI_BYTE = ["gb18030", "big5", "shift_jis", "euc-jp", "euc-kr"];
/** Characters UTF-8 text seldom holds and legacy bytes make by chance: C1 controls, and past the BMP all but emoji ("Ёлка" in IBM866 is U+2BAA0). */
const RARE_IN_UTF8 = /[\u0080-\u009f]|(?![\u{1f000}-\u{1faff}])[\u{10000}-\u{10ffff}]/u;
/** Fewer characters above ASCII than this can be legacy bytes that happen to be valid UTF-8. */
const UTF8_BY_CHANCE = 8;

const wideChars = (text: string): number => {
  let wide = 0;
  for (let at = 0; at < text.length && wide < UTF8_BY_CHANCE; at += 1) if (text.charCodeAt(at) >= 0x80) wide += 1;
  return wide;
};

/** Stray bytes a page may have and still be read: a few, never more than one character in a thousand. */
const allowedDamage = (chars: number) => Math.max(3, Math.floor(chars / 1000));

/**
 * Whether a reading's stray bytes (its U+FFFD) are few beside the characters the encoding alone
 * makes of its bytes: twenty of those for each stray one. Text in another encoding passes for
 * UTF-8, GB18030 or Big5 in places, never that often (Bulgarian in ISO-8859-5 read as GB18030:
 * "侧哲这� 哙兆 阖谡菰�"; French labelled gb2312: "蒷ections : les r閟ultats").
 */
function fewStrays(text: string, damaged: number): boolean {
  const needed = damaged * 20;
  let wide = 0;
  for (let at = 0; at < text.length && wide < needed; at += 1) {
    const code = text.charCodeAt(at);
    if (code >= 0x80 && code !== 0xfffd) wide += 1;
  }
  return wide >= needed;
}

/** The U+FFFD of a lenient reading, counted up to one more than a page may have. */
function strays(text: string): number {
  const most = allowedDamage(text.length);
  let damaged = 0;
  for (let at = text.indexOf("\uFFFD"); at !== -1 && damaged <= most; at = text.indexOf("\uFFFD", at + 1)) damaged += 1;
  return damaged;
}

/**
 * UTF-8 with a few stray bytes, read by mixed-utf8.ts: bytes of windows-1252 pasted in are read
 * as their characters, when UTF-8's own characters are a quarter as many or more (a legacy page
 * makes a valid UTF-8 character by chance now and then, never that often); characters cut short
 * (a summary a CMS cut in the middle of one) as U+FFFD, when they are few beside UTF-8's.
 */
function almostUtf8(bytes: Uint8Array): { text: string; encoding: string; damaged?: number } | undefined {
  // Bytes of a legacy encoding are lone bytes from the start: judged on a sample first.
  const sample = utf8Strays(bytes.subarray(0, DETECTOR_SAMPLE));
  if (sample.latin > sample.wide * 4 + 16) return undefined;
  const { wide, latin, cut } = utf8Strays(bytes);
  if (latin + cut === 0 || latin > wide * 4 || cut > allowedDamage(bytes.length) || wide < cut * 20) return undefined;
  let mixed = mixedUtf8(bytes);
  const { lone } = mixed;
  // Lone bytes that are not Latin text are of another alphabet's encoding (Russian in windows-1251 pasted into UTF-8).
  if (latin > 0 && latinShape(new TextDecoder("windows-1252").decode(lone)) === "other-script") {
    const other = betterAlphabet(lone, tryDecode);
    if (other === undefined) return undefined;
    mixed = mixedUtf8(bytes, (b) => tryDecode(other.encoding, b) ?? "\uFFFD");
  }
  return { text: mixed.text, encoding: "utf-8", ...(cut > 0 ? { damaged: cut } : {}) };
}

/**
 * The page read in `encoding` with the bytes it does not allow as U+FFFD, when those are few;
 * else undefined. For legacy encodings only: text that is almost UTF-8 is more often another
 * encoding that happens to pass for it in places (fewStrays says when it is not).
 */
function leniently(encoding: string, bytes: Uint8Array): { text: string; encoding: string; damaged: number } | undefined {
  if (encoding === "utf-8" || encoding.startsWith("utf-16")) return undefined;
  // ICU's Big5 decoder passes some bytes outside Big5 through as other characters, not U+FFFD:
  // they could not be counted.
  if (encoding === "big5" && !big5Shaped(bytes)) return undefined;
  const text = encoding === "euc-kr" ? (decodeUhc(bytes, false) as string) : new TextDecoder(encoding).decode(bytes);
  const damaged = strays(text);
  return damaged <= allowedDamage(text.length) && fewStrays(text, damaged) ? { text, encoding, damaged } : undefined;
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
 * The words of the bytes for the detector, which scores letters: the runs of text between tags
 * (`<…>`) that hold a byte above ASCII, a space between two. A feed or a page is mostly
 * ASCII tags, addresses, dates and names (a small feed's Russian scored 35 with its tags, 60
 * without; a Polish WordPress feed 31 with its links and dates, 48 without them). No legacy
 * encoding has `<` or `>` inside a character, so cutting at them cuts no character.
 */
function textRuns(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  let start = 0;
  let high = false;
  const keep = (end: number) => {
    if (high) {
      if (n > 0) out[n++] = 0x20;
      out.set(bytes.subarray(start, end), n);
      n += end - start;
    }
    high = false;
  };
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] as number;
    if (b === 0x3c) {
      const end = bytes.subarray(i + 1, i + 1 + LONGEST_TAG).indexOf(0x3e);
      if (end !== -1) {
        keep(i);
        i += end + 1;
        start = i + 1;
        continue;
      }
    }
    if (b >= 0x80) high = true;
  }
  keep(bytes.length);
  return n > 0 ? out.subarray(0, n) : bytes;
}

/**
 * The detector reads this much of the bytes: a sample names an encoding as well as the whole,
 * and it reads about 3 MiB a second (a 16 MiB file of stray bytes took it 4.8 s; its first 64 KiB, 53 ms).
 */
const DETECTOR_SAMPLE = 64 * 1024;

/**
 * The detector's best guess, and whether the text is enough to trust it. On a word or two it
 * is sure of anything ("新闻" in GBK: KOI8-R, 60; "Київ" in KOI8-U: KOI8-R, 60; "Wiadomości" in
 * Latin-2: ISO-8859-1, 54): it is trusted when the text holds sixteen bytes above ASCII, or
 * four among a hundred and twenty bytes of words.
 */
function detectorsBest(bytes: Uint8Array): { name: string; confidence: number; enough: boolean } | undefined {
  // Plain ASCII says nothing of the encoding: the sample starts at the first byte above it.
  const start = Math.max(0, bytes.findIndex((byte) => byte >= 0x80));
  const words = textRuns(bytes.subarray(start, start + DETECTOR_SAMPLE));
  let high = 0;
  for (let at = 0; at < words.length && high < 16; at += 1) if ((words[at] as number) >= 0x80) high += 1;
  const [top] = analyse(words);
  return top === undefined ? undefined : { name: top.name, confidence: top.confidence, enough: high >= 16 || (high >= 4 && words.length >= 120) };
}

/**
 * Bytes in a legacy encoding of another language (Japanese, Korean, Cyrillic, Greek, Hebrew,
 * Latin …) that declare nothing: the encoding ICU's statistical detector ranks first, when it
 * is sure enough and the bytes decode in it cleanly. Chinese and UTF-8 were judged above, by
 * rules of our own: when the detector ranks one of those first, no other is taken.
 */
function detected(bytes: Uint8Array, tried: string | undefined): { text: string; encoding: string } | undefined {
  const top = detectorsBest(bytes);
  if (top === undefined || top.confidence < (SINGLE_BYTE.test(top.name) ? SINGLE_BYTE_CONFIDENCE : DETECTOR_CONFIDENCE)) return undefined;
  const encoding = encodingOf(top.name);
  if (encoding === undefined || encoding === tried || SNIFFED.includes(encoding)) return undefined;
  const text = tryDecode(encoding, bytes);
  if (text === undefined) return undefined;
  // On little text only a guess of Latin letters whose accented ones sit inside plain words is taken.
  if (!top.enough && !(LATIN.includes(encoding) && latinShape(text) === "latin")) return undefined;
  return windowsSibling(bytes, { text, encoding });
}

/**
 * Russian labelled with another single-byte Cyrillic encoding (or Latin-1) decodes cleanly in
 * it, as letters in the wrong places: the reading whose words are words.
 */
function relabelled(bytes: Uint8Array, reading: { text: string; encoding: string }) {
  return ALPHABET_ENCODINGS.includes(reading.encoding) || reading.encoding === "windows-1252" ? betterAlphabet(bytes, tryDecode, reading) : undefined;
}

/**
 * The Windows encodings that put quotes, dashes, € and letters (Š, š) where their ISO-8859
 * counterparts keep control characters (0x80–0x9F): a page labelled ISO-8859-2, -15, -7, -8,
 * -4, -13 or -6 with bytes there is in the Windows one. (ISO-8859-1 and -9 already read so.)
 */
const WINDOWS_SIBLING: Record<string, string> = {
  "iso-8859-2": "windows-1250",
  "iso-8859-15": "windows-1252",
  "iso-8859-7": "windows-1253",
  "iso-8859-8": "windows-1255",
  "iso-8859-8-i": "windows-1255",
  "iso-8859-4": "windows-1257",
  "iso-8859-13": "windows-1257",
  "iso-8859-6": "windows-1256",
};
/** Control characters of the 0x80–0x9F range, which no text holds. */
const C1 = /[\u0080-\u009f]/u;

function windowsSibling(bytes: Uint8Array, reading: { text: string; encoding: string }): { text: string; encoding: string } {
  const sibling = WINDOWS_SIBLING[reading.encoding];
  if (sibling === undefined || !C1.test(reading.text)) return reading;
  const text = tryDecode(sibling, bytes);
  return text === undefined ? reading : { text, encoding: sibling };
}

/** Single-byte encodings of Latin letters. */
const LATIN = ["windows-1252", "iso-8859-2", "windows-1250", "windows-1254", "iso-8859-15", "iso-8859-3", "iso-8859-4", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-16", "windows-1257", "windows-1258", "macintosh"];

/** Encodings of Latin letters other than Latin-1 that the detector names (it has their languages' models). */
const OTHER_LATIN = ["iso-8859-2", "windows-1250", "windows-1254"];

/** Whether a reading is not text of the script its label says (latin.ts, alphabets.ts, chinese.ts). */
function notItsScript({ text, encoding }: { text: string; encoding: string }): boolean {
  if (LATIN.includes(encoding)) return latinShape(text) === "other-script";
  if (encoding === "windows-874") return !readsAsThai(text);
  return notItsAlphabet(text, encoding) || notItsLanguage(text, encoding);
}

/** Polish, Czech, Hungarian or Turkish read as Latin-1: the Latin-2 or Latin-5 encoding the detector ranks first, when it does. */
function otherLatin(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  const top = detectorsBest(bytes);
  const encoding = top !== undefined && top.confidence >= SINGLE_BYTE_CONFIDENCE ? encodingOf(top.name) : undefined;
  const text = encoding !== undefined && OTHER_LATIN.includes(encoding) ? tryDecode(encoding, bytes) : undefined;
  // On little text the guess must read as Latin text itself.
  if (encoding === undefined || text === undefined || (!top?.enough && latinShape(text) !== "latin")) return undefined;
  return { text, encoding };
}

/**
 * Bytes under a label that are not text of its script: a server's or an old CMS's default
 * (ISO-8859-1, windows-1251, gb2312) over bytes of another script are read as if they declared
 * nothing; Latin-2 or Latin-5 text under a Latin-1 label in the encoding the detector names.
 */
function mislabelled(bytes: Uint8Array, reading: { text: string; encoding: string }): { text: string; encoding: string } | undefined {
  if (notItsScript(reading)) {
    // The other reading is taken only when it reads as text of its own script.
    return ofItsScript(sniffChinese(bytes, reading.encoding, tryDecode) ?? sniffedOther(bytes, reading.encoding));
  }
  return reading.encoding === "windows-1252" && latinShape(reading.text) === "other-latin" ? otherLatin(bytes) : undefined;
}

/** Bytes of another language: the encoding the detector names, or the alphabet's that reads as its language. */
function sniffedOther(bytes: Uint8Array, tried: string | undefined): { text: string; encoding: string } | undefined {
  const found = detected(bytes, tried);
  return found === undefined ? (betterAlphabet(bytes, tryDecode) ?? thai(bytes, tryDecode)) : (relabelled(bytes, found) ?? found);
}

/** A reading, when it is text of the script its encoding is for. */
const ofItsScript = <R extends { text: string; encoding: string }>(reading: R | undefined): R | undefined =>
  reading !== undefined && !notItsScript(reading) ? reading : undefined;

function decodeText(bytes: Uint8Array, hints: DecodeHints): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = tryDecode(bom.encoding, wholeUnits(bytes.subarray(bom.skip), bom.encoding));
    if (text !== undefined) return { text, encoding: bom.encoding };
    // An editor put UTF-8's mark before bytes it did not convert: they are read as if unmarked.
    if (bom.encoding !== "utf-8") return { reason: `无法解码：标明是 ${bom.encoding}，内容却不是` };
    return decodeText(bytes.subarray(bom.skip), hints);
  }
  const wide = wideShape(bytes);
  if (wide !== undefined) {
    const text = tryDecode(wide, wholeUnits(bytes, wide));
    if (text !== undefined && !hasControls(text)) return { text, encoding: wide };
  }
  if (bytes.includes(0)) return { reason: "不是文字：含有 NUL 字节（像是二进制文件）" };
  const declared = declaredCharset(bytes, hints);
  if (!hasHighBytes(bytes)) return sevenBit(bytes, declared?.label) ?? { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  // A UTF-16 label over bytes of no wide shape (a file converted to UTF-8 that kept its
  // declaration) says nothing of them.
  const labelled = declared ? encodingOf(declared.label) : undefined;
  const encoding = labelled?.startsWith("utf-16") ? undefined : labelled;
  if (encoding !== undefined) {
    // A page re-saved by a browser keeps its old "gb2312" label over UTF-8 bytes: bytes
    // that are valid UTF-8 are UTF-8, whatever a legacy label says. A few characters of a
    // Chinese, Japanese or Korean encoding pass for UTF-8 by chance ("图片" in GBK is "ͼƬ"):
    // when they are few and not Chinese, Japanese or Korean in UTF-8, the label is kept, if
    // its reading is text of its script.
    // Read in the label's encoding only when needed: most such pages are UTF-8 and settled before.
    let inLabelRead: { text: string | undefined } | undefined;
    const inLabel = () => (inLabelRead ??= { text: tryDecode(encoding, bytes) }).text;
    if (encoding !== "utf-8") {
      const utf8 = tryDecode("utf-8", bytes);
      if (utf8 !== undefined && (wideChars(utf8) >= UTF8_BY_CHANCE || CJK.test(utf8) || (!MULTI_BYTE.includes(encoding) && !RARE_IN_UTF8.test(utf8)) || inLabel() === undefined || notItsScript({ text: inLabel() as string, encoding })))
        return { text: utf8, encoding: "utf-8" };
    }
    const strictly = inLabel();
    if (strictly !== undefined) {
      const { text, encoding: read } = windowsSibling(bytes, { text: strictly, encoding });
      return swappedChinese(bytes, read, text, tryDecode) ?? mislabelled(bytes, { text, encoding: read }) ?? relabelled(bytes, { text, encoding: read }) ?? { text, encoding: read };
    }
  }
  // Else, in turn: UTF-8, or a Chinese encoding the bytes decode in cleanly; UTF-8 with a few
  // stray bytes; the declared encoding with a few; a Chinese one with a few that reads as
  // Chinese; the encoding of another language a detector finds; a few words of Korean, Chinese
  // or Thai whose bytes keep to their encodings' common characters.
  const read =
    sniffChinese(bytes, encoding, tryDecode) ??
    almostUtf8(bytes) ??
    (encoding !== undefined ? ofItsScript(leniently(encoding, bytes)) : undefined) ??
    ["gb18030", "big5"]
      .filter((e) => e !== encoding)
      .map((e) => leniently(e, bytes))
      .find((r) => r !== undefined && readsAsChinese(r.text, commonShare(r.text))) ??
    sniffedOther(bytes, encoding) ??
    fewWords(bytes, tryDecode);
  if (read) return read;
  // A label no decoder here reads (EUC-TW's CNS 11643, say) is said so: the bytes may well be what it says.
  if (declared !== undefined && labelled === undefined) return { reason: `无法解码：标明的编码 ${declared.label} 这里没有解码器，读不了，内容也不像别的文字编码` };
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
