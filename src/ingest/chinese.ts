// Which reading of bytes that declare nothing (or whose label decodes them wrong) is Chinese:
// UTF-8, GB18030 or Big5. Each decodes much of the others' bytes cleanly, and so do Japanese
// encodings, to characters that can pass for text; the reading that finds the characters
// Chinese uses most is the real one, unless kana say it is Japanese.

import { rareHangul } from "./extra-encodings";

type Decode = (encoding: string, bytes: Uint8Array) => string | undefined;

// The most frequent characters of Chinese text, simplified and traditional. Bytes of one
// legacy encoding read as another decode to rare characters, so the reading that finds more
// of these is the real one.
const COMMON = new Set(
  "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心" +
    "這個們來為國說時會對於著過發後裡種經麼學現當沒動還進樣與業體點關從應開將總問題電實"
);

/** How much of a reading is judged: its start says which language it is as well as the whole. */
const JUDGED_CHARS = 64 * 1024;

/**
 * The part of a reading that is judged: from its first character that is not ASCII on. Plain
 * ASCII reads the same in every encoding, so the rows of numbers and addresses a table may open
 * with say nothing of which language follows.
 */
function judgedPart(text: string): string {
  const at = text.search(/[^\0-\x7f]/u);
  return at <= 0 ? text.slice(0, JUDGED_CHARS) : text.slice(at, at + JUDGED_CHARS);
}

export function commonShare(text: string): number {
  let hits = 0;
  for (const ch of judgedPart(text)) if (COMMON.has(ch)) hits += 1;
  return hits;
}

const HAN = /\p{Script=Han}/gu;

/**
 * Whether text read as GB18030 or Big5 reads as Chinese: in Chinese, a tenth or more of the
 * characters are among the most common ones (usually a third); bytes of another language read
 * so come out as rare characters, and are not taken for text.
 */
export function readsAsChinese(text: string, common: number): boolean {
  const han = judgedPart(text).match(HAN)?.length ?? 0;
  return common > 0 && common >= han * 0.1;
}

/** Candidates for bytes that declare nothing, or whose declaration does not decode them. */
export const SNIFFED = ["utf-8", "gb18030", "big5"];

/** Bytes that decode strictly as UTF-8, or as GB18030 or Big5 that reads as Chinese. */
export function sniffChinese(bytes: Uint8Array, tried: string | undefined, tryDecode: Decode): { text: string; encoding: string } | undefined {
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
  // Japanese is judged either way: a short Japanese title reads as no Chinese at all.
  const kana = japanese(bytes, tried, tryDecode);
  if (kana !== undefined || best === undefined || !readsAsChinese(best.text, best.score)) return kana;
  return { text: best.text, encoding: best.encoding };
}

const KANA = /[\u3040-\u30ff]/gu;

/**
 * Japanese in EUC-JP or Shift_JIS often decodes as GB18030 too, to characters that can pass for
 * Chinese: a Japanese reading in which kana are a fifth of the characters or more is Japanese,
 * as Chinese text never is.
 */
function japanese(bytes: Uint8Array, tried: string | undefined, tryDecode: Decode): { text: string; encoding: string } | undefined {
  for (const encoding of ["euc-jp", "shift_jis"]) {
    if (encoding === tried) continue;
    const text = tryDecode(encoding, bytes);
    if (text === undefined) continue;
    const part = judgedPart(text);
    const kana = part.match(KANA)?.length ?? 0;
    const han = part.match(HAN)?.length ?? 0;
    if (kana >= 5 && kana * 5 >= kana + han) return { text, encoding };
  }
  return undefined;
}

/**
 * Most Big5 bytes are also GBK bytes and the reverse, so a page labelled with the other one
 * decodes cleanly, as rare characters (港口擴建 → 翠耎祘): a Chinese reading that does not read
 * as Chinese gives way to the other that does.
 */
export function swappedChinese(bytes: Uint8Array, encoding: string, text: string, tryDecode: Decode): { text: string; encoding: string } | undefined {
  if (encoding !== "gb18030" && encoding !== "big5") return undefined;
  const score = commonShare(text);
  if (readsAsChinese(text, score)) return undefined;
  const other = sniffChinese(bytes, encoding, tryDecode);
  return other && commonShare(other.text) > score ? other : undefined;
}

const HALFWIDTH_KANA = /[\uff61-\uff9f]/gu;
/** How many Han characters a reading needs before their commonness says it is not Chinese. */
const ENOUGH_HAN = 10;
/** A Han character between two Latin letters: a Latin letter's byte and the next read as one ("t鰎v閚y"). */
const HAN_IN_LATIN_WORD = /[A-Za-z]\p{Script=Han}[A-Za-z]/gu;
/** Hangul syllables: the jamo alone (ㅞ, ㅘ) are what Japanese kana read as EUC-KR give. */
const HANGUL = /[\uac00-\ud7a3]/gu;
const LETTER = /\p{L}/gu;

/**
 * Whether a reading in a Chinese, Japanese or Korean encoding is not text of its language:
 * bytes of another under its label. Chinese is judged by its common characters; Japanese has
 * kana beside its kanji, and not the half-width katakana Latin or Cyrillic bytes read as
 * Shift_JIS give ("ﾕszi fesztiv疝"); Korean is nearly all Hangul syllables, and nearly all of
 * them KS X 1001's, where Chinese or Japanese bytes read as EUC-KR mix in Hanja and lone jamo
 * ("쏟휑狼壙", "베폽ㅞ킹덮ㅘ") or, read as CP949, rare syllables ("뜞볷궻"). A reading in another encoding is not judged here.
 */
export function notItsLanguage(text: string, encoding: string): boolean {
  const judged = text.slice(0, JUDGED_CHARS);
  const count = (pattern: RegExp) => judged.match(pattern)?.length ?? 0;
  switch (encoding) {
    case "gb18030":
    case "big5":
      // A short Chinese title may hold none of the common characters ("臺北"): too few to judge.
      return (count(HAN) >= ENOUGH_HAN && !readsAsChinese(judged, commonShare(judged))) || count(HAN_IN_LATIN_WORD) >= 2;
    case "shift_jis":
    case "euc-jp": {
      const halfwidth = count(HALFWIDTH_KANA);
      const kana = count(KANA);
      const han = count(HAN);
      return halfwidth * 4 >= count(LETTER) || (han >= 10 && kana * 20 < kana + han);
    }
    case "euc-kr": {
      const letters = count(LETTER) - count(/[A-Za-z]/gu);
      const hangul = count(HANGUL);
      return letters >= 4 && (hangul < letters * 0.8 || rareHangul(judged) * 10 > hangul);
    }
    default:
      return false;
  }
}
