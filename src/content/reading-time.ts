// Reading time for Chinese text: readers take in roughly 300–500 Han characters a minute,
// so we give a range rather than pretend to know which reader this is.
const HAN = /\p{Script=Han}/gu;

export function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

export interface ReadingTime {
  min: number;
  max: number;
  /** e.g. "约 6–10 分钟", or "约 1 分钟" when the range collapses. */
  label: string;
}

export function readingTime(texts: readonly string[], fast = 500, slow = 300): ReadingTime {
  const han = texts.reduce((sum, text) => sum + countHan(text), 0);
  const min = Math.max(1, Math.ceil(han / fast));
  const max = Math.max(1, Math.ceil(han / slow));
  return { min, max, label: min === max ? `约 ${min} 分钟` : `约 ${min}–${max} 分钟` };
}
