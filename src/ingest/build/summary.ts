// An article's summary: its first paragraph, cut at a sentence end near 120 characters so a
// card or a link preview never stops mid-sentence when it can help it.

const SENTENCE = /^.*[。！？!?][”’」』)）]*/su;

export function summarise(paragraph: string, max = 120): string {
  const chars = [...paragraph];
  if (chars.length <= max) return paragraph;
  const head = chars.slice(0, max).join("");
  const whole = SENTENCE.exec(head)?.[0];
  // A first sentence shorter than a third of the room says too little; cut mid-sentence then.
  if (whole !== undefined && [...whole].length >= max / 3) return whole;
  return `${head.trimEnd()}…`;
}
