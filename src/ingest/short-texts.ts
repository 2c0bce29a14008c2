// A few words of Korean, Chinese or Thai that declare nothing (a feed of one short title):
// too little text for the detector or for character frequencies to tell its encoding. Their
// bytes still keep to the blocks of each encoding's most common characters, which the bytes of
// another language seldom do all the way through:
// - Korean in EUC-KR: every character a Hangul syllable of KS X 1001 (lead byte 0xB0–0xC8),
//   in words of a few syllables between spaces;
// - Chinese in GB2312: every character a first-level hanzi (lead 0xB0–0xD7) or punctuation
//   (0xA1, 0xA3); in Big5, a frequent hanzi (lead 0xA4–0xC6) or punctuation (0xA1–0xA3);
// - Thai in TIS-620: Thai letters alone, every one where Thai spelling puts it (alphabets.ts).
import { fewThaiWords } from "./alphabets";
import { commonShare } from "./chinese";

type Decode = (encoding: string, bytes: Uint8Array) => string | undefined;

/** Different characters a few words must have: fewer say nothing (a repeated word, a name). */
const FEWEST = 6;

const distinct = (all: [number, number][]) => new Set(all.map(([lead, trail]) => lead * 256 + trail)).size;

/** The double-byte characters of the bytes (ASCII between them apart), as lead and trail bytes; undefined when a lead byte has no trail. */
function pairs(bytes: Uint8Array): [number, number][] | undefined {
  const found: [number, number][] = [];
  for (let at = 0; at < bytes.length; at += 1) {
    const lead = bytes[at] as number;
    if (lead < 0x80) continue;
    const trail = bytes[at + 1];
    if (trail === undefined || trail < 0x40) return undefined;
    found.push([lead, trail]);
    at += 1;
  }
  return found;
}

const within = (b: number, low: number, high: number) => b >= low && b <= high;

const hangul = ([lead, trail]: [number, number]) => within(lead, 0xb0, 0xc8) && within(trail, 0xa1, 0xfe);

function korean(bytes: Uint8Array, all: [number, number][], decode: Decode): string | undefined {
  if (!all.every(hangul)) return undefined;
  const text = decode("euc-kr", bytes);
  if (text === undefined) return undefined;
  // Korean puts a space between words of a few syllables; Chinese runs its characters together.
  const words = text.match(/[\uac00-\ud7a3]+/gu) ?? [];
  return words.length >= 2 && all.length <= words.length * 4 ? text : undefined;
}

const gb2312 = ([lead, trail]: [number, number]) => within(trail, 0xa1, 0xfe) && (within(lead, 0xb0, 0xd7) || lead === 0xa1 || lead === 0xa3);
const big5 = ([lead, trail]: [number, number]) => (within(trail, 0x40, 0x7e) || within(trail, 0xa1, 0xfe)) && within(lead, 0xa1, 0xc6);

function chinese(bytes: Uint8Array, all: [number, number][], decode: Decode): { text: string; encoding: string } | undefined {
  const readings = [
    { encoding: "gb18030", fits: all.every(gb2312) },
    { encoding: "big5", fits: all.every(big5) },
  ]
    .filter((r) => r.fits)
    .map((r) => ({ encoding: r.encoding, text: decode(r.encoding, bytes) }))
    .filter((r): r is { encoding: string; text: string } => r.text !== undefined);
  // Both fit now and then: the one with more of Chinese's most common characters, else GB2312.
  readings.sort((a, b) => commonShare(b.text) - commonShare(a.text));
  return readings[0];
}

/** Whether bytes in GB2312 keep to its common characters: first-level hanzi and punctuation, six different ones or more. */
export function keepsToGb2312(bytes: Uint8Array): boolean {
  const all = pairs(bytes);
  return all !== undefined && distinct(all) >= FEWEST && all.every(gb2312);
}

/** More bytes above ASCII than this are no few words: the detector and frequencies judge them. */
const MOST_HIGH_BYTES = 1024;

/** The reading of a few words of Korean, Chinese or Thai, when their bytes keep to those blocks; else undefined. */
export function fewWords(bytes: Uint8Array, decode: Decode): { text: string; encoding: string } | undefined {
  let high = 0;
  for (let at = 0; at < bytes.length && high <= MOST_HIGH_BYTES; at += 1) if ((bytes[at] as number) >= 0x80) high += 1;
  if (high > MOST_HIGH_BYTES) return undefined;
  const all = pairs(bytes);
  if (all !== undefined && distinct(all) >= FEWEST) {
    const text = korean(bytes, all, decode);
    if (text !== undefined) return { text, encoding: "euc-kr" };
    const found = chinese(bytes, all, decode);
    if (found !== undefined) return found;
  }
  // A word of Korean reads as Thai now and then: bytes that are all Hangul syllables are not taken for Thai.
  if (all !== undefined && all.every(hangul)) return undefined;
  const thai = decode("windows-874", bytes);
  return thai !== undefined && fewThaiWords(thai) ? { text: thai, encoding: "windows-874" } : undefined;
}
