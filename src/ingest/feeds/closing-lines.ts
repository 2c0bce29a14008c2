// The lines a Chinese news site or blog ends its story with, in a feed entry's HTML as on its
// page: its credit line ("（责任编辑：李四）", "…缩小差距。 责编：王五"), the story's byline; and
// the end mark, the pointer to where it was first printed, the prompt to follow the account
// ("（完）", "原文链接：…", "点击上方蓝字关注我们"), none of its text. Read by the rules a page's
// lines are read by (parse/byline.ts, html/story-noise.ts).
import type { Byline, Section } from "../../content/feed-schema";
import { isNoise } from "../html/story-noise";
import { joinBylines, parseByline, splitTrailingByline } from "../parse/byline";

/** How many closing lines are looked at, from the last up. */
const CLOSING_LINES = 6;

/**
 * The sections without the credit and closing lines their last paragraphs are, the credit as a
 * byline, and the paragraphs left out whole (for the HTML to leave out too).
 */
export function withoutClosingLines(sections: Section[]): { sections: Section[]; byline?: Byline; dropped: string[] } {
  const last = sections.at(-1);
  if (last === undefined) return { sections, dropped: [] };
  const paragraphs = [...last.paragraphs];
  const dropped: string[] = [];
  let byline: Byline | undefined;
  for (let looked = 0; looked < CLOSING_LINES && paragraphs.length > 1; looked += 1) {
    const paragraph = paragraphs.at(-1)!;
    if (isNoise(paragraph)) {
      dropped.push(paragraphs.pop()!);
      continue;
    }
    const whole = parseByline(paragraph);
    const split = whole === undefined ? splitTrailingByline(paragraph) : undefined;
    const credit = whole ?? split?.byline;
    if (credit === undefined) break;
    // Read from the end up: the earlier line's credit is said first.
    byline = joinBylines(credit, byline);
    paragraphs.pop();
    if (whole) dropped.push(paragraph);
    if (split) {
      paragraphs.push(split.text);
      break;
    }
  }
  if (paragraphs.length === last.paragraphs.length && byline === undefined) return { sections, dropped };
  // A picture that stood after those lines stands at the story's end.
  const figures = last.figures?.map((f) => ({ ...f, before: Math.min(f.before, paragraphs.length) }));
  return { sections: [...sections.slice(0, -1), { ...last, paragraphs, ...(figures ? { figures } : {}) }], ...(byline ? { byline } : {}), dropped };
}
