// An article body as sections: a short line standing alone before body paragraphs is a
// heading; every other line is one paragraph, kept whole and in order.
import type { Section } from "../../content/feed-schema";
import { CLAUSE_PUNCT, fitsIn } from "./lines";
import type { Line } from "./classify";

/** "一、", "（二）", "第三部分": the numbers subheads are set with. */
export const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\d]+[章节部分])\s*/u;
const MAX_HEADING = 25;

export function headingShaped(text: string): boolean {
  const bare = text.replace(NUMBERED_HEADING, "");
  return bare !== "" && fitsIn(text, MAX_HEADING) && !CLAUSE_PUNCT.test(bare) && !/[…]$/u.test(bare);
}

/** "附件：", "相关链接：": a bold line announcing the list under it, one of the story's lines. */
const ANNOUNCES_LIST = /^(?:附件|附|相关(?:链接|文件|阅读|新闻)|链接|延伸阅读|下载)$/u;

/**
 * "一、工作成效：", "张三：" set bold as a paragraph of its own: the subhead of what follows
 * (the colon is the page's way of leading into it), as the heading without its colon.
 */
export function colonHeading(text: string): string | undefined {
  const bare = /^(.+?)\s*[:：]$/u.exec(text)?.[1];
  if (bare === undefined || ANNOUNCES_LIST.test(bare) || bare.replace(NUMBERED_HEADING, "").length < 2) return undefined;
  return headingShaped(bare) ? bare : undefined;
}

/**
 * A heading stands alone: a blank line (or the start of the body) or a finished paragraph
 * before it, unless it is numbered (一、…), and a paragraph, not another short line, after it.
 */
function isHeading(lines: readonly Line[], i: number, standsAlone: boolean): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  if (line?.kind !== "text" || next?.kind !== "text") return false;
  if (!(headingShaped(line.text) || numberedColonHeading(line.text) !== undefined) || headingShaped(next.text)) return false;
  return standsAlone || NUMBERED_HEADING.test(line.text) || closesParagraph(lines[i - 1]);
}

/** "一、工作成效：" on a line of its own: a numbered subhead, however it leads into its text. */
export const numberedColonHeading = (text: string): string | undefined => (NUMBERED_HEADING.test(text) ? colonHeading(text) : undefined);

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
      current = { heading: numberedColonHeading(line.text) ?? line.text, paragraphs: [] };
    } else {
      // A bullet inside a credited article is one of its paragraphs; keep it as printed.
      current.paragraphs.push(line.kind === "bullet" ? `• ${line.text}` : line.text);
    }
    standsAlone = false;
  });
  if (current.paragraphs.length > 0) sections.push(current);
  return sections;
}
