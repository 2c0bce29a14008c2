// What a story needs to be read with the network gone: its page, the feed files the app
// reads to find it, and its pictures.
import type { Item } from "../../content/feed-schema";
import { shardOf } from "../../content/item-index";
import { itemPath } from "../../lib/paths";

/** Every picture a story shows: lead image, banner, attached pictures, figures, avatars. */
export function storyPictures(item: Item): string[] {
  const ext = item._qingyue;
  const urls = [
    item.image,
    item.banner_image,
    ...(item.attachments ?? []).filter((a) => a.mime_type.startsWith("image/")).flatMap((a) => [a.url, a._qingyue?.thumbnail]),
    ...(item.authors ?? []).map((a) => a.avatar),
    ...(ext.kind === "article" ? ext.sections.flatMap((s) => (s.figures ?? []).map((f) => f.url)) : []),
    ...(ext.kind === "post" ? (ext.repost?.attachments ?? []).filter((a) => a.mime_type.startsWith("image/")).map((a) => a.url) : []),
  ];
  return [...new Set(urls.filter((u): u is string => typeof u === "string"))];
}

/** The story's own page on this site. */
export const storyPage = (item: Item) => itemPath(item);

/** The item-index shard that holds `id`, among page 1's `index_urls` (a reference relative to page 1). */
export function indexShardRef(indexUrls: readonly string[] | undefined, id: string): string | undefined {
  return indexUrls?.length ? indexUrls[shardOf(id, indexUrls.length)] : undefined;
}
