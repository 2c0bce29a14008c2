// Single-byte encodings the Encoding Standard (and so TextDecoder) leaves out, which old pages
// and feeds were still written in: IBM855, the DOS code page for Cyrillic. Each is a table of
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
