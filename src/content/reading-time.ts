// Reading time: readers take in roughly 300–500 Han characters a minute, and 200–250 words
// of a Latin-script language, so we give a range rather than pretend to know which reader
// this is. Mixed text adds the two.
const HAN = /\p{Script=Han}/gu;
/** A word of a script written with spaces between words (Latin, Cyrillic, Greek …). */
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\d]+(?:['’.-][\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\d]+)*/gu;

export function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export interface ReadingTime {
  min: number;
  max: number;
  /** e.g. "约 6–10 分钟", or "约 1 分钟" when the range collapses. */
  label: string;
}

export function readingTime(texts: readonly string[], fast = 500, slow = 300): ReadingTime {
  const han = texts.reduce((sum, text) => sum + countHan(text), 0);
  const words = texts.reduce((sum, text) => sum + countWords(text), 0);
  const min = Math.max(1, Math.ceil(han / fast + words / 250));
  const max = Math.max(1, Math.ceil(han / slow + words / 200));
  return { min, max, label: min === max ? `约 ${min} 分钟` : `约 ${min}–${max} 分钟` };
}
