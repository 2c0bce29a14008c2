import type { ArticleItem } from "../../content/feed-schema";

const bare = (s: string) => s.replace(/[\s\u3000]+/gu, "");

/**
 * The article's standfirst: its summary, when that is not its opening told again (a summary
 * cut from the first paragraph, as most feeds and the ingest write one, is not shown twice).
 */
export function standfirstOf(item: ArticleItem): string | undefined {
  const summary = item.summary?.trim();
  if (summary === undefined || summary === "") return undefined;
  const opening = bare(summary).replace(/(?:…|\.\.\.|\[…\]|\[\.\.\.\])$/u, "").slice(0, 20);
  const told = item._qingyue.sections.flatMap((s) => s.paragraphs).slice(0, 3);
  return told.some((p) => bare(p).includes(opening)) ? undefined : summary;
}
