// A live blog (直播, 图文直播) sets each entry's time on a line of its own over the entry
// ("10:35" over "收割机已经开始作业…"). The time is part of the entry: the reader reads it with
// it ("10:35 收割机已经开始作业…"), not as a counter to drop.
import type { Block } from "./blocks";

/** "10:35", "09:05:30", "3月5日 10:35", "2021-03-05 10:35": an entry's time alone on its line. */
const CLOCK = /^(?:(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*)?(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?$/u;

const isClock = (block: Block | undefined) => block?.kind === "text" && CLOCK.test(block.text);
const isEntry = (block: Block | undefined) => block?.kind === "text" && !CLOCK.test(block.text) && /\p{L}/u.test(block.text);

/** The blocks with each entry's time set before its first line, where two entries or more are timed so. */
export function withEntryTimes(blocks: readonly Block[]): readonly Block[] {
  const timed = blocks.filter((b, i) => isClock(b) && isEntry(blocks[i + 1])).length;
  if (timed < 2) return blocks;
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i] as Block;
    const next = blocks[i + 1];
    if (block.kind === "text" && isClock(block) && next?.kind === "text" && isEntry(next)) {
      out.push({ ...next, text: `${block.text} ${next.text}` });
      i += 1;
    } else out.push(block);
  }
  return out;
}
