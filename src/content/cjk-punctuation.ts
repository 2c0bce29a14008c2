// Chinese text written on a Latin keyboard often carries half-width punctuation between Han
// characters ("回眸:倾情倾力倾智,援疆"). A Chinese reader expects the full-width forms, which
// carry their own spacing. This is a matter of display: the data keeps what the source gave.
const HALF_TO_FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "!": "！", "?": "？" };

// Han on both sides (closing quotes and brackets count as the end of the Han run before).
const BETWEEN_HAN = /(?<=[\p{Script=Han}”’」』）》])[ \t]*([,:;!?])[ \t]*(?=[\p{Script=Han}“‘「『（《])/gu;
// A Chinese sentence that ends in ! or ?: after Han, at the end of the text or of a line.
const ENDING_HAN = /(?<=\p{Script=Han})([!?])(?=[ \t]*(?:$|\n|[”’」』）]))/gu;

/** `text` with half-width , : ; ! ? between Han characters shown as ，：；！？ (and no space beside them). */
export function fullWidthPunctuation(text: string): string {
  return text
    .replace(BETWEEN_HAN, (_whole, mark: string) => HALF_TO_FULL[mark]!)
    .replace(ENDING_HAN, (_whole, mark: string) => HALF_TO_FULL[mark]!);
}
