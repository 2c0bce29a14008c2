// Which single-byte Cyrillic encoding bytes are in. Russian was written in five (windows-1251,
// KOI8-R, IBM866, Mac Cyrillic, ISO-8859-5), and each decodes the others' bytes cleanly, as
// Cyrillic letters in the wrong places: copies converted from one to another keep their old
// label, and ICU's detector knows neither IBM866 nor Mac Cyrillic. The right reading is the one
// whose words are words: all Cyrillic, lower case after a capital; a wrong one gives words of
// mixed case ("чТБЮЙ") or broken by box-drawing and punctuation characters ("‚а зЁ").

export const CYRILLIC = ["windows-1251", "koi8-r", "ibm866", "x-mac-cyrillic", "iso-8859-5"];

/** How much of a reading is judged. */
const JUDGED_CHARS = 64 * 1024;
/** Letters of well-formed Cyrillic words a reading needs before it is taken for Russian at all. */
const ENOUGH = 20;
const DISTINCT = 10;

const WORD = /\p{L}+/gu;
const ALL_CYRILLIC = /^\p{Script=Cyrillic}+$/u;

/**
 * The ten most frequent letters of Russian (and of the other languages written in Cyrillic):
 * two thirds of the letters of a Russian text, a third or less of another script's bytes read
 * as Cyrillic (Greek read so gives "ъѕтнёэчѓч").
 */
const FREQUENT = new Set("оеаинтсрвл");
const FREQUENT_SHARE = 0.45;
/** Box-drawing characters: Thai or another script's bytes read as IBM866. */
const BOX = /[\u2500-\u259f]/gu;

interface Shape {
  /** Letters in well-formed Cyrillic words. */
  good: number;
  /** Letters in other words that hold a non-ASCII letter, and box-drawing characters. */
  bad: number;
  /** Of the good letters, those among the most frequent. */
  frequent: number;
  /** How many different letters the good words use: text uses many, a repeated byte one. */
  distinct: number;
}

function wordShape(text: string): Shape {
  const judged = text.slice(0, JUDGED_CHARS);
  let good = 0;
  let bad = judged.match(BOX)?.length ?? 0;
  let frequent = 0;
  const letters = new Set<string>();
  for (const [word] of judged.matchAll(WORD)) {
    if (!/[^\p{ASCII}]/u.test(word)) continue;
    const lower = word.toLowerCase();
    const cased = word === lower || word === word.toUpperCase() || word.slice(1) === lower.slice(1);
    if (!ALL_CYRILLIC.test(word) || !cased) {
      bad += word.length;
      continue;
    }
    // A letter standing alone ("в", "и") says little: a stray byte reads as one too.
    if (word.length < 2) continue;
    good += word.length;
    for (const ch of lower) {
      letters.add(ch);
      if (FREQUENT.has(ch)) frequent += 1;
    }
  }
  return { good, bad, frequent, distinct: letters.size };
}

const score = (shape: Shape) => shape.good - shape.bad;
/** Russian: enough well-formed words, few others, and the letters Russian uses most. */
const readsAsRussian = (shape: Shape) =>
  shape.good >= ENOUGH && shape.distinct >= DISTINCT && shape.bad * 10 <= shape.good && shape.frequent >= shape.good * FREQUENT_SHARE;

/**
 * The Cyrillic reading of the bytes whose words are words, when it is Russian and better than
 * `reading` (the declared or detected one, if any); else undefined.
 */
export function betterCyrillic(
  bytes: Uint8Array,
  decode: (encoding: string, bytes: Uint8Array) => string | undefined,
  reading?: { text: string; encoding: string },
): { text: string; encoding: string } | undefined {
  let best: { text: string; encoding: string; shape: Shape } | undefined;
  for (const encoding of CYRILLIC) {
    const text = encoding === reading?.encoding ? reading.text : decode(encoding, bytes);
    if (text === undefined) continue;
    const shape = wordShape(text);
    if (best === undefined || score(shape) > score(best.shape)) best = { text, encoding, shape };
  }
  if (best === undefined || best.encoding === reading?.encoding || !readsAsRussian(best.shape)) return undefined;
  return { text: best.text, encoding: best.encoding };
}
