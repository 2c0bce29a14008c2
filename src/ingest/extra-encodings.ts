// Encodings, or parts of them, that TextDecoder leaves out, which old pages and feeds were
// still written in: IBM855, the DOS code page for Cyrillic, and (below) Korean's CP949. Each is a table of
// the characters its bytes 0x80–0xFF stand for (bytes below are ASCII).

const TABLES: Record<string, string> = {
  ibm855: "ђЂѓЃёЁєЄѕЅіІїЇјЈљЉњЊћЋќЌўЎџЏюЮъЪаАбБцЦдДеЕфФгГ«»░▒▓│┤хХиИ╣║╗╝йЙ┐└┴┬├─┼кК╚╔╩╦╠═╬¤лЛмМнНоОп┘┌█▄Пя▀ЯрРсСтТуУжЖвВьЬ№\u00adыЫзЗшШэЭщЩчЧ§■\u00a0",
};

/** Labels these encodings go by. */
const LABELS: Record<string, string> = { ibm855: "ibm855", cp855: "ibm855", "855": "ibm855", "csibm855": "ibm855" };

/** The name of a label this module reads, or undefined. */
export const extraEncoding = (label: string): string | undefined => LABELS[label.trim().toLowerCase()];

/** The bytes read in one of these encodings (every byte stands for a character: none fails). */
export function decodeExtra(bytes: Uint8Array, encoding: string): string | undefined {
  const table = TABLES[encoding];
  if (table === undefined) return undefined;
  let out = "";
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : table[b - 0x80];
  return out;
}

// Korean as Windows and most Korean sites wrote it under the label "euc-kr": Unified Hangul
// Code (CP949), EUC-KR's KS X 1001 and the 8,822 Hangul syllables it lacks ("똠", "햏", "뷁"),
// at lead bytes 0x81–0xC6 with trail bytes 0x41–0x5A, 0x61–0x7A and 0x81–0xFE (0x81–0xA0 only,
// from lead 0xA1 on), in code point order. The euc-kr decoder behind TextDecoder (ICU's) knows
// none of them: it drops the lead byte of "똠" and keeps its trail as a "c".

const isExtensionTrail = (lead: number, trail: number) =>
  (trail >= 0x41 && trail <= 0x5a) || (trail >= 0x61 && trail <= 0x7a) || (trail >= 0x81 && trail <= (lead <= 0xa0 ? 0xfe : 0xa0));

let extension: Map<number, string> | undefined;
let common: Set<string> | undefined;

/** The 2,350 syllables of KS X 1001: nearly all Korean text is written in them. */
function commonHangul(): Set<string> {
  if (common !== undefined) return common;
  const ksx = new TextDecoder("euc-kr");
  common = new Set<string>();
  for (let lead = 0xb0; lead <= 0xc8; lead += 1) for (let trail = 0xa1; trail <= 0xfe; trail += 1) common.add(ksx.decode(new Uint8Array([lead, trail])));
  return common;
}

/** How many of the text's Hangul syllables are not among KS X 1001's: other bytes read as CP949 are mostly such ("뜞볷궻"). */
export function rareHangul(text: string): number {
  const ksx = commonHangul();
  let rare = 0;
  for (const [syllable] of text.matchAll(/[\uac00-\ud7a3]/gu)) if (!ksx.has(syllable)) rare += 1;
  return rare;
}

/** The syllables KS X 1001 lacks, by their two bytes: every syllable it has not, in order, at the next free place. */
function uhcExtension(): Map<number, string> {
  if (extension !== undefined) return extension;
  const ksx = commonHangul();
  const places: number[] = [];
  for (let lead = 0x81; lead <= 0xc6; lead += 1) for (let trail = 0x41; trail <= 0xfe; trail += 1) if (isExtensionTrail(lead, trail)) places.push(lead * 256 + trail);
  extension = new Map();
  let next = 0;
  for (let code = 0xac00; code <= 0xd7a3; code += 1) {
    const syllable = String.fromCharCode(code);
    if (!ksx.has(syllable)) extension.set(places[next++] as number, syllable);
  }
  return extension;
}

/** Bytes in CP949: strict (undefined when a byte is not Korean), or with such bytes as U+FFFD. */
export function decodeUhc(bytes: Uint8Array, fatal: boolean): string | undefined {
  const table = uhcExtension();
  const ksx = new TextDecoder("euc-kr", { fatal });
  const parts: string[] = [];
  let start = 0;
  try {
    for (let at = 0; at < bytes.length; ) {
      const lead = bytes[at] as number;
      if (lead < 0x80) {
        at += 1;
        continue;
      }
      const syllable = table.get(lead * 256 + (bytes[at + 1] ?? 0));
      if (syllable !== undefined) {
        parts.push(ksx.decode(bytes.subarray(start, at)), syllable);
        start = at + 2;
      }
      at += 2;
    }
    parts.push(ksx.decode(bytes.subarray(start)));
  } catch {
    return undefined;
  }
  return parts.join("");
}
