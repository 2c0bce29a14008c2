// An article body as sections: a short line standing alone before body paragraphs is a
// heading; every other line is one paragraph, kept whole and in order.
import type { Section } from "../../content/feed-schema";
import { CLAUSE_PUNCT, fitsIn } from "./lines";
import type { Line } from "./classify";

const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\d]+[章节部分])\s*/u;
const MAX_HEADING = 25;

export function headingShaped(text: string): boolean {
  const bare = text.replace(NUMBERED_HEADING, "");
  return bare !== "" && fitsIn(text, MAX_HEADING) && !CLAUSE_PUNCT.test(bare) && !/[…]$/u.test(bare);
}

/**
 * A heading stands alone: a blank line (or the start of the body) or a finished paragraph
 * before it, unless it is numbered (一、…), and a paragraph, not another short line, after it.
 */
function isHeading(lines: readonly Line[], i: number, standsAlone: boolean): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  if (line?.kind !== "text" || next?.kind !== "text") return false;
  if (!headingShaped(line.text) || headingShaped(next.text)) return false;
  return standsAlone || NUMBERED_HEADING.test(line.text) || closesParagraph(lines[i - 1]);
}

/**
 * A finished paragraph above: a subhead needs no blank line before it when the line above
 * ends a paragraph of prose and the one below starts another.
 */
function closesParagraph(line: Line | undefined): boolean {
  return line?.kind === "text" && !fitsIn(line.text, MAX_HEADING) && /[。！？!?][”’」』）)]*$/u.test(line.text);
}

export function buildSections(lines: readonly Line[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { paragraphs: [] };
  let standsAlone = true;
  lines.forEach((line, i) => {
    if (line.kind === "blank") {
      standsAlone = true;
      return;
    }
    if (line.kind !== "text" && line.kind !== "bullet") return;
    if (line.kind === "text" && isHeading(lines, i, standsAlone)) {
      if (current.paragraphs.length > 0) sections.push(current);
      current = { heading: line.text, paragraphs: [] };
    } else {
      // A bullet inside a credited article is one of its paragraphs; keep it as printed.
      current.paragraphs.push(line.kind === "bullet" ? `• ${line.text}` : line.text);
    }
    standsAlone = false;
  });
  if (current.paragraphs.length > 0) sections.push(current);
  return sections;
}
