// A story's subtitle (a dek, a standfirst, Medium's subtitle, a Chinese 副题 under its dash): the
// line under the headline that says what the story is about. Set in the story's block, it opens
// the story as its first line, never its first subhead; set between the headline and the story,
// it is the story's summary.
import { charLength } from "../parse/lines";
import type { Block } from "./blocks";

const bareText = (s: string) => s.replace(/[\s\u3000]+/gu, "");

/**
 * A heading right under the headline that reads as a sentence, not a title: eight words or
 * more ("A year of running our own cluster taught us…"), a sentence's end, or a Chinese
 * subtitle's dash ("——记青山镇的老工匠").
 */
export function dekShaped(text: string): boolean {
  return text.split(/\s+/u).length >= 8 || /[.。!！]$/u.test(text) || /^[—―]{1,2}\s*\S/u.test(text);
}

/** Words of a sentence, not a line of labels ("发布时间：10-08 12:00 优质原创作者"). */
const sentenceLike = (text: string) => /[。！？!?，,；;]|\p{L}{2}\.(?:\s|$)/u.test(text) || text.split(/\s+/u).length >= 6;

/**
 * A subtitle between the headline and the story's block: named so by the page, or a heading
 * shaped as one; never the headline again, nor a date or byline line (`isHeaderLine`).
 */
export function isDekBlock(block: Block, title: string, isHeaderLine: (text: string) => boolean): boolean {
  if (block.kind !== "text" && block.kind !== "heading") return false;
  const text = block.text;
  // "——东河镇示范基地见闻": a Chinese subtitle under its dash, or one the page names so, needs no sentence's punctuation.
  const dashed = /^[—―]{1,2}\s*\p{Script=Han}/u.test(text) && charLength(text) >= 6;
  const named = block.dek === true && /\p{Script=Han}/u.test(text) && !/[:：]/u.test(text) && charLength(text) >= 8;
  if (bareText(text) === bareText(title) || isHeaderLine(text)) return false;
  if (dashed || named) return true;
  if (charLength(text) < 12 || !sentenceLike(text)) return false;
  return block.dek === true || (block.kind === "heading" && dekShaped(text));
}

/** "摘要：2014年8月22日，由…": a standfirst without its label. */
export function summaryText(line: string): string | undefined {
  const text = line.replace(/^(?:摘要|导语|导读|内容提要|提要)\s*[:：]\s*/u, "").trim();
  return text === "" ? undefined : text;
}
