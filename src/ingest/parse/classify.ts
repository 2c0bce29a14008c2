// Each line of a page, classified once: the parsers downstream walk these instead of
// re-testing raw text.
import { bulletText } from "./bullets";
import { isBareNextLink, isChromeLine, isCollectionLine, isCollectionPart, isCommentBoxLine, isFooterLine } from "./chrome";
import { readCounts, type PostCounts } from "./counts";
import { fitsIn, toLines } from "./lines";

export type Line =
  | { kind: "blank" }
  | { kind: "chrome" }
  /** The repost / comment / like counts under a post. */
  | { kind: "counts"; counts: PostCounts }
  | { kind: "comments" }
  | { kind: "footer" }
  | { kind: "bullet"; text: string }
  | { kind: "text"; text: string };

/** A bullet with nothing after it is an empty list slot, not text. */
const BARE_BULLETS = /^[•●▪◦‣·∙○◆◇■□►▸\s]+$/u;

export function classifyLine(line: string): Line {
  if (line === "" || BARE_BULLETS.test(line)) return { kind: "blank" };
  if (isFooterLine(line)) return { kind: "footer" };
  if (isCommentBoxLine(line)) return { kind: "comments" };
  const counts = readCounts(line);
  if (counts !== undefined) return { kind: "counts", counts };
  if (isChromeLine(line)) return { kind: "chrome" };
  const bullet = bulletText(line);
  return bullet !== undefined ? { kind: "bullet", text: bullet } : { kind: "text", text: line };
}

export function classifyPage(text: string): Line[] {
  const raw = toLines(text);
  const lines = raw.map(classifyLine);
  raw.forEach((line, i) => {
    if (lines[i]?.kind !== "chrome") return;
    // "阅读下一篇：" alone: the headline under it is the link's text, not the story's.
    if (isBareNextLink(line)) {
      const next = nextFilled(lines, i + 1);
      if (lines[next]?.kind === "text" && fitsIn(raw[next]!, 40)) lines[next] = { kind: "chrome" };
    }
    // "收录于话题" with its topic and count on the lines under it.
    if (isCollectionLine(line)) for (let j = i + 1; j < raw.length && isCollectionPart(raw[j]!); j += 1) lines[j] = { kind: "chrome" };
  });
  return lines;
}

/** Index of the next line that is not blank, at or after `from`; lines.length if none. */
export function nextFilled(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]?.kind === "blank") i += 1;
  return i;
}

export const textOf = (line: Line | undefined): string | undefined => (line?.kind === "text" ? line.text : undefined);
