// Which single-byte encoding bytes in an alphabet are in. Russian was written in six
// (windows-1251, KOI8-R, IBM866, Mac Cyrillic, ISO-8859-5, IBM855; Ukrainian in KOI8-U too), and each decodes the others' bytes
// cleanly, as Cyrillic letters in the wrong places: copies converted from one to another keep
// their old label, and ICU's detector knows none of IBM866, Mac Cyrillic and IBM855. Greek was written
// in two (ISO-8859-7, windows-1253), and a short Greek feed leaves the detector unsure; Hebrew
// (windows-1255, ISO-8859-8) and Arabic (windows-1256, ISO-8859-6) bytes decode cleanly as
// Cyrillic, Hebrew as words of lower-case or capital letters alone. The
// right reading is the one whose words are words: all of the alphabet, lower case after a
// capital, and its most frequent letters the language's; a wrong one gives words of mixed case
// ("чТБЮЙ"), broken by box-drawing and punctuation characters ("‚а зЁ"), or of rare letters.
// Thai, which has no case, is judged by the order its spelling keeps (thai, below).

interface Alphabet {
  encodings: string[];
  script: RegExp;
  /** The ten or so most frequent letters: two thirds of a text's letters, a third or less of another script's bytes read so. */
  frequent: Set<string>;
}

const ALPHABETS: Alphabet[] = [
  { encodings: ["windows-1251", "koi8-r", "koi8-u", "ibm866", "x-mac-cyrillic", "iso-8859-5", "ibm855"], script: /^\p{Script=Cyrillic}+$/u, frequent: new Set("оеаинтсрвлі") },
  { encodings: ["iso-8859-7", "windows-1253"], script: /^\p{Script=Greek}+$/u, frequent: new Set("αοιετσςνηυρ") },
  { encodings: ["windows-1255", "iso-8859-8"], script: /^\p{Script=Hebrew}+$/u, frequent: new Set("יוהלאמרתבנש") },
  { encodings: ["windows-1256", "iso-8859-6"], script: /^\p{Script=Arabic}+$/u, frequent: new Set("الينموربته") },
];

/** Encodings whose label is not to be trusted over the words their reading gives. */
export const ALPHABET_ENCODINGS = ALPHABETS.flatMap((a) => a.encodings);

/** How much of a reading is judged. */
const JUDGED_CHARS = 64 * 1024;
/** Letters of well-formed words a reading needs before it is taken for the language at all, and how many different ones. */
const ENOUGH = 20;
const DISTINCT = 10;
const FREQUENT_SHARE = 0.45;
/** Below this share of its most frequent letters, words are of another alphabet's bytes (Russian labelled ISO-8859-7: "Νξβξρςθ ΰβθΰφθθ"). */
const RARE_SHARE = 0.3;
/** Box-drawing characters: another script's bytes read as IBM866. */
const BOX = /[\u2500-\u259f]/gu;
const WORD = /\p{L}+/gu;

interface Shape {
  /** Letters in well-formed words of the alphabet. */
  good: number;
  /** Letters in other words that hold a non-ASCII letter, and box-drawing characters. */
  bad: number;
  /** Of the good letters, those among the most frequent. */
  frequent: number;
  /** How many different letters the good words use: text uses many, a repeated byte one. */
  distinct: number;
}

function wordShape(text: string, alphabet: Alphabet): Shape {
  // Accents apart: "ή" is an "η".
  const judged = text.slice(0, JUDGED_CHARS).normalize("NFD").replace(/\p{M}/gu, "");
  let good = 0;
  let bad = judged.match(BOX)?.length ?? 0;
  let frequent = 0;
  const letters = new Set<string>();
  for (const [word] of judged.matchAll(WORD)) {
    if (!/[^\p{ASCII}]/u.test(word)) continue;
    const lower = word.toLowerCase();
    const cased = word === word.toUpperCase() || word.slice(1) === lower.slice(1);
    if (!alphabet.script.test(word) || !cased) {
      bad += word.length;
      continue;
    }
    // A letter standing alone ("в", "и") says little: a stray byte reads as one too.
    if (word.length < 2) continue;
    good += word.length;
    for (const ch of lower) {
      letters.add(ch);
      if (alphabet.frequent.has(ch)) frequent += 1;
    }
  }
  return { good, bad, frequent, distinct: letters.size };
}

/** The language's most frequent letters count, not all letters: Hebrew read as KOI8-R gives capitals of every Cyrillic letter, as many as the Hebrew reading's letters. */
const score = (shape: Shape) => shape.frequent - shape.bad;
const readsAsLanguage = (shape: Shape) =>
  shape.good >= ENOUGH && shape.distinct >= DISTINCT && shape.bad * 10 <= shape.good && shape.frequent >= shape.good * FREQUENT_SHARE;

/**
 * Whether a reading in one of these encodings is mostly not words of its alphabet, or words
 * of its rarest letters: bytes of another script or language under its label (French labelled
 * windows-1251: "Йlections : les rйsultats"; Chinese: "ЅсИХТЄОЕ"). A reading in another
 * encoding is not judged here.
 */
export function notItsAlphabet(text: string, encoding: string): boolean {
  const alphabet = ALPHABETS.find((a) => a.encodings.includes(encoding));
  if (alphabet === undefined) return false;
  const shape = wordShape(text, alphabet);
  return shape.bad > shape.good || (shape.good >= ENOUGH && shape.frequent < shape.good * RARE_SHARE);
}

/**
 * The reading of the bytes in an alphabet's encodings whose words are words, when it reads as
 * the language and is not `reading` (the declared or detected one, if any); else undefined.
 */
export function betterAlphabet(
  bytes: Uint8Array,
  decode: (encoding: string, bytes: Uint8Array) => string | undefined,
  reading?: { text: string; encoding: string },
): { text: string; encoding: string } | undefined {
  // Each encoding is judged on the first bytes (one byte a character: as many as are judged),
  // and only the one taken reads the whole: a 7 MiB feed read whole in nine encodings took 2 s.
  const sample = bytes.subarray(0, JUDGED_CHARS);
  const ranked: { encoding: string; shape: Shape }[] = [];
  // The reading given stays on a tie (Greek's two encodings mostly agree).
  const order = (alphabet: Alphabet) => alphabet.encodings.filter((e) => e === reading?.encoding).concat(alphabet.encodings.filter((e) => e !== reading?.encoding));
  for (const alphabet of ALPHABETS) {
    for (const encoding of order(alphabet)) {
      const text = encoding === reading?.encoding ? reading.text : decode(encoding, sample);
      if (text === undefined) continue;
      const shape = wordShape(text, alphabet);
      if (readsAsLanguage(shape)) ranked.push({ encoding, shape });
    }
  }
  // Best first; a stable sort keeps the given reading first on a tie.
  ranked.sort((a, b) => score(b.shape) - score(a.shape));
  for (const { encoding } of ranked) {
    if (encoding === reading?.encoding) return undefined;
    const text = decode(encoding, bytes);
    if (text !== undefined) return { text, encoding };
  }
  return undefined;
}

const THAI = /[\u0e01-\u0e5b]/u;
const CONSONANT = /[\u0e01-\u0e2e]/u;
/** Vowel signs and tone marks written above or below the consonant before them. */
const MARK = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/u;
/** Vowels written before the consonant they follow in speech. */
const LEADING = /[\u0e40-\u0e44]/u;
/** Vowels written after a consonant (or its marks, or another of them: "เพราะ"). */
const FOLLOWING = /[\u0e30\u0e32\u0e33\u0e45]/u;
/** ฃ and ฅ, letters Thai no longer writes: the bytes of Chinese full-width punctuation (0xA3) read as TIS-620. */
const OBSOLETE = /[\u0e03\u0e05]/u;

interface ThaiShape {
  thai: number;
  /** Characters above ASCII that are not Thai. */
  other: number;
  /** Thai characters out of the order Thai spelling keeps. */
  broken: number;
  /** How many different Thai characters. */
  distinct: number;
}

/**
 * Thai has no case to judge, but its spelling has an order other bytes read as TIS-620 break:
 * a mark stands on a consonant (or on another mark), a leading vowel stands before one, a
 * following vowel after one, and two letters are no longer written at all.
 */
function thaiShape(text: string): ThaiShape {
  const chars = [...text.slice(0, JUDGED_CHARS)];
  const shape = { thai: 0, other: 0, broken: 0, distinct: 0 };
  const seen = new Set<string>();
  chars.forEach((ch, i) => {
    if (ch.charCodeAt(0) < 0x80) return;
    if (!THAI.test(ch)) {
      shape.other += 1;
      return;
    }
    shape.thai += 1;
    seen.add(ch);
    const before = chars[i - 1] ?? "";
    const after = chars[i + 1] ?? "";
    if (MARK.test(ch) && !CONSONANT.test(before) && !MARK.test(before)) shape.broken += 1;
    if (LEADING.test(ch) && !CONSONANT.test(after)) shape.broken += 1;
    if (FOLLOWING.test(ch) && !CONSONANT.test(before) && !MARK.test(before) && !FOLLOWING.test(before)) shape.broken += 1;
    if (OBSOLETE.test(ch)) shape.broken += 1;
  });
  shape.distinct = seen.size;
  return shape;
}

/** Whether a reading labelled windows-874 keeps Thai's order: not when a tenth of it breaks it, or most of it is not Thai. */
export function readsAsThai(text: string): boolean {
  const shape = thaiShape(text);
  return shape.broken * 10 <= shape.thai && shape.other <= shape.thai;
}

/** Whether a few words read as TIS-620 are Thai and nothing else, every letter where Thai spelling puts it. */
export function fewThaiWords(text: string): boolean {
  const shape = thaiShape(text);
  return shape.distinct >= 6 && shape.other === 0 && shape.broken === 0;
}

/** Thai in windows-874 (TIS-620) that declares nothing, which the detector does not know. */
export function thai(bytes: Uint8Array, decode: (encoding: string, bytes: Uint8Array) => string | undefined): { text: string; encoding: string } | undefined {
  const text = decode("windows-874", bytes);
  if (text === undefined) return undefined;
  const shape = thaiShape(text);
  return shape.thai >= ENOUGH && shape.other * 20 <= shape.thai && shape.broken * 50 <= shape.thai ? { text, encoding: "windows-874" } : undefined;
}
