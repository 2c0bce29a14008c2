// Every cache key of the feed, from one place: what the cache holds about the feed is found
// (and invalidated) through these, never through a key spelled out by hand.
export const feedKeys = {
  /** Everything read from the feed. */
  all: ["feed"] as const,
  /** One page as published, by its absolute URL. */
  page: (url: string) => ["feed", "page", url] as const,
  /** What the feed says about itself on its first page (title, home page, language …), without its items. */
  info: () => ["feed", "info"] as const,
  /** The home route's window of pages and the outline of every page read. */
  window: () => ["feed", "window"] as const,
  /** Where the reader was in that window, for each visit (see features/feed/list/feed-places.ts). */
  places: () => ["feed", "places"] as const,
  item: (id: string) => ["feed", "item", id] as const,
  items: (ids: readonly string[]) => ["feed", "items", ...ids] as const,
  allItems: () => ["feed", "all-items"] as const,
  topic: (name: string) => ["feed", "topic", name] as const,
  itemIndexShard: (url: string) => ["feed", "item-index", url] as const,
  topicIndexShard: (url: string) => ["feed", "topic-index", url] as const,
};
