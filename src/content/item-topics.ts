import type { Item } from "./feed-schema";

/** The hashtags an item carries, from its tags and its own topic list, each once. */
export function itemTopics(item: Item): string[] {
  const ext = item._qingyue;
  const own = ext.kind === "article" ? [] : (ext.topics ?? []);
  return [...new Set([...(item.tags ?? []), ...own])];
}
