// Whole social posts after the article: a post starts at a #话题# or 【标题】, and runs over
// blank lines until something ends it (see tail.ts). Every line of a post is a paragraph.
import { tokenizeWeibo } from "../../content/weibo-markup";
import type { PostCounts } from "./counts";

export interface ParsedPost {
  /** The 【标题】 without brackets, when the post opens with one. */
  headline?: string;
  paragraphs: string[];
  /** The counts printed under the post, when the page kept them. */
  counts?: PostCounts;
}

/** A line that opens a post: it begins with Weibo markup (#话题#, #名[超话]#, 【标题】). */
export function isPostStart(line: string): boolean {
  const first = tokenizeWeibo(line.slice(0, 120))[0];
  return first !== undefined && (first.type === "topic" || first.type === "supertopic" || first.type === "headline");
}

const ATTRIBUTION_END = /[(（]\s*(?:来源|转自|来自|via)\s*[:：]?[^()（）]{1,40}[)）]$/iu;

/**
 * A post is over once it ends on its link or its attribution ("…https://t.cn/x",
 * "(来源:安徽检察)"): Weibo puts those last. A block after that is a new post.
 */
export function endsPost(line: string): boolean {
  const tokens = tokenizeWeibo(line);
  const last = tokens[tokens.length - 1];
  if (last?.type === "url") return true;
  return ATTRIBUTION_END.test(line);
}

/** The post's headline: a leading 【…】, after any #话题# tags before it. */
function headlineOf(line: string): string | undefined {
  for (const token of tokenizeWeibo(line)) {
    if (token.type === "headline") return token.text;
    if (token.type !== "topic" && token.type !== "supertopic" && !(token.type === "text" && token.text.trim() === "")) {
      return undefined;
    }
  }
  return undefined;
}

export function buildPost(lines: readonly string[]): ParsedPost | undefined {
  const first = lines[0];
  if (first === undefined) return undefined;
  const headline = headlineOf(first);
  // A line that is nothing but the 【标题】 is the post's title, not one of its paragraphs.
  const titleOnly = headline !== undefined && first === `【${headline}】` && lines.length > 1;
  const paragraphs = titleOnly ? lines.slice(1) : [...lines];
  return { ...(headline !== undefined ? { headline } : {}), paragraphs };
}
