// Bulleted lines: the "  • " items of a trending or related list, or of a navigation menu.
import { CLAUSE_PUNCT, fitsIn } from "./lines";

// "·" and "∙" also sit inside titles ("·评论·"), so they only count with a space after them.
const BULLET = /^(?:[•●▪◦‣○◆◇■□►▸](?:\s*)|[·∙]\s+)(?=\S)/u;
const NUMBERED = /^\d{1,2}\s*[.、．)）]\s*(?=\S)/u;

/** The text of a bullet line without its bullet, or undefined for any other line. */
export function bulletText(line: string): string | undefined {
  const m = BULLET.exec(line);
  return m ? line.slice(m[0].length).trim() : undefined;
}

/** "1. …", "2、…": list items only once a list heading has opened a list. */
export function numberedText(line: string): string | undefined {
  const m = NUMBERED.exec(line);
  return m ? line.slice(m[0].length).trim() : undefined;
}

const LIST_WORDS = /推荐|阅读|热点|热门|相关|新闻|文章|热搜|排行|榜|关注|精彩|专题|喜欢|资讯|报道|延伸|视频|图片|最新/u;

/** The list's name without decoration: "✋热门推荐" → "热门推荐", "【相关阅读】：" → "相关阅读". */
export function listName(line: string): string {
  return line.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/** A short line that can head a list (it must still be followed by bullets to be one). */
export function canHeadList(line: string): boolean {
  if (!fitsIn(line, 24)) return false;
  const name = listName(line);
  return name !== "" && fitsIn(name, 16) && !/[。，,；;！!？?]/u.test(name);
}

/** A heading in the vocabulary of story lists (热门推荐, 相关阅读 …), not of site menus. */
export function isStoryListName(name: string): boolean {
  return LIST_WORDS.test(name);
}

/**
 * Navigation menus are bullets of a few characters each ("首页", "国内新闻"); listed stories
 * are sentences or headlines. A menu is dropped as chrome.
 */
export function looksLikeMenu(items: readonly string[]): boolean {
  return items.length > 0 && items.every((t) => fitsIn(t, 8) && !CLAUSE_PUNCT.test(t));
}
