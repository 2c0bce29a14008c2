// The credit line a Chinese news site ends its story with ("（责任编辑：李四）", "…缩小差距。
// 责编：王五"), in a feed entry's HTML as on its page: the story's byline, read by the rules a
// page's is read by (parse/byline.ts), not its last paragraph.
import type { Byline, Section } from "../../content/feed-schema";
import { parseByline, splitTrailingByline } from "../parse/byline";

/** The sections without the credit line their last paragraph is or ends with, and that line as a byline. */
export function withoutCreditLine(sections: Section[]): { sections: Section[]; byline?: Byline } {
  const last = sections.at(-1);
  const paragraph = last?.paragraphs.at(-1);
  if (last === undefined || paragraph === undefined) return { sections };
  const whole = parseByline(paragraph);
  const split = whole === undefined ? splitTrailingByline(paragraph) : undefined;
  const byline = whole ?? split?.byline;
  if (byline === undefined) return { sections };
  const paragraphs = [...last.paragraphs.slice(0, -1), ...(split ? [split.text] : [])];
  // A picture that stood after the line stands at the story's end.
  const figures = last.figures?.map((f) => ({ ...f, before: Math.min(f.before, paragraphs.length) }));
  return { sections: [...sections.slice(0, -1), { ...last, paragraphs, ...(figures ? { figures } : {}) }], byline };
}
