// Whether a story comes from Weibo: only then is it labelled 微博.
import type { Item } from "./feed-schema";

const WEIBO_HOSTS = /(?:^|\.)(?:weibo\.com|weibo\.cn|t\.cn)$/i;

export function isWeiboUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return WEIBO_HOSTS.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * A post our own ingest made is a Weibo post (it reads Weibo pages); a post inferred from a
 * plain feed is one only when its own links or its author's are on Weibo.
 */
export function isWeiboPost(item: Item): boolean {
  const ext = item._qingyue;
  if (ext.kind === "trending") return true;
  if (ext.kind !== "post") return false;
  if (!ext.inferred) return true;
  return [item.url, item.external_url, ...(item.authors ?? []).map((a) => a.url)].some(isWeiboUrl);
}

/** The word a story is labelled with: 文章, 微博 (from Weibo), 动态 (any other post), 热门. */
export function storyLabel(item: Item): string {
  const kind = item._qingyue.kind;
  if (kind === "article") return "文章";
  if (kind === "trending") return "热门";
  return isWeiboPost(item) ? "微博" : "动态";
}

/** A kind of story in words, where only the kind is known (search filters and results). */
export const KIND_WORDS = { article: "文章", post: "动态", trending: "热门" } as const;
