// One scraped page → what it holds: the article (if any), the whole posts after it, and the
// trending/related lists, with the page chrome left out. Pure: text in, structure out.
import { readArticle, type ParsedArticle } from "./article";
import { looksLikeMenu } from "./bullets";
import { classifyPage, nextFilled, type Line } from "./classify";
import { fitsIn } from "./lines";
import type { ParsedPost } from "./posts";
import { listHeadingAt, readList, readTail } from "./tail";
import type { ParsedTrending } from "./trending";

export interface ParsedPage {
  article?: ParsedArticle;
  posts: ParsedPost[];
  trending: ParsedTrending[];
}

/** A bullet menu at `i` (with or without a heading that is not a story list), and where it ends. */
function menuAt(lines: readonly Line[], i: number): number | undefined {
  const heading = listHeadingAt(lines, i);
  const start = heading ? nextFilled(lines, i + 1) : i;
  if (lines[start]?.kind !== "bullet") return undefined;
  const block = readList(lines, start, false);
  return looksLikeMenu(block.items) ? block.end : undefined;
}

/**
 * Skips what comes before the story: chrome, breadcrumbs, navigation menus (bullets of a few
 * characters) and the site name over them. A story list here means a page without an article.
 */
function skipPreamble(lines: readonly Line[]): number {
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.kind === "blank" || line.kind === "chrome" || line.kind === "footer") {
      i += 1;
      continue;
    }
    const menuEnd = menuAt(lines, i);
    if (menuEnd !== undefined) {
      i = menuEnd;
      continue;
    }
    // The site's name on a line of its own, right above its menu.
    if (line.kind === "text" && fitsIn(line.text, 20) && menuAt(lines, i + 1) !== undefined) {
      i += 1;
      continue;
    }
    return i;
  }
  return i;
}

export function parsePage(text: string): ParsedPage {
  const lines = classifyPage(text);
  const start = skipPreamble(lines);
  const read = readArticle(lines, start);
  const tail = readTail(lines, read ? read.end : start);
  return { ...(read ? { article: read.article } : {}), posts: tail.posts, trending: tail.trending };
}
