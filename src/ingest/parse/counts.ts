// The counts a social post shows under it, when the scrape kept them: "转发 12 评论 3 赞 45",
// "转发(1.2万) | 评论(356) | 赞(2万+)", "收藏 转发 8 评论 评论 赞 30". Kept as the page prints
// them ("1.2万" is not 12,000 exactly); a label without a number is no count at all.
import { COUNT_NUMBER } from "../../content/feed-schema";

export interface PostCounts {
  reposts?: string;
  comments?: string;
  likes?: string;
}

const TOKEN = new RegExp(String.raw`(转发|评论|点赞|赞|收藏)\s*(?:[(（]\s*(${COUNT_NUMBER})\s*[)）]|(${COUNT_NUMBER}))?`, "gu");
const SEPARATORS = /^[\s|｜·•/]*$/u;
const FIELD: Record<string, keyof PostCounts | undefined> = { 转发: "reposts", 评论: "comments", 点赞: "likes", 赞: "likes" };

/** The counts on a line made of nothing but count labels, at least one with a number; else undefined. */
export function readCounts(line: string): PostCounts | undefined {
  if (line.length > 80) return undefined;
  const counts: PostCounts = {};
  let rest = "";
  let last = 0;
  let numbered = 0;
  for (const m of line.matchAll(TOKEN)) {
    rest += line.slice(last, m.index);
    last = m.index + m[0].length;
    const field = FIELD[m[1] ?? ""];
    const value = m[2] ?? m[3];
    if (field === undefined || value === undefined) continue;
    if (counts[field] !== undefined) return undefined;
    counts[field] = value;
    numbered += 1;
  }
  rest += line.slice(last);
  return numbered > 0 && SEPARATORS.test(rest) ? counts : undefined;
}
