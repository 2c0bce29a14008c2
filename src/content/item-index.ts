// Where each item is: a feed with many pages also publishes an index, so a story opened
// cold is found with two fetches (an index shard, then its page) instead of a walk through
// every page before it. Page 1 lists the shards (`_qingyue.index_urls`); the index is keyed
// by each item's route key (route-key.ts: the id itself for a URL-safe id), and an item's
// shard is picked by a hash of that key that the ingest and the app share. The topic index
// (`_qingyue.topic_index_urls`) is sharded the same way by topic name and lists each
// topic's items, so a topic page reads only the pages that hold them.

/** Items per shard the ingest aims for: a shard stays a small fetch (~40 KB raw, ~12 KB gzip). */
export const ITEMS_PER_SHARD = 1_000;

/** How many shards a feed of `items` items gets (at least one). */
export function shardCount(items: number): number {
  return Math.max(1, Math.ceil(items / ITEMS_PER_SHARD));
}

/** FNV-1a (32-bit) over the key's UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The shard (0-based) of `shards` that holds `key`: an item's route key, or a topic's name. */
export function shardOf(key: string, shards: number): number {
  return fnv1a(key) % Math.max(1, shards);
}

/** The file name of item-index shard `n` (0-based) as the ingest writes it. */
export const shardFileName = (n: number) => `index-${n + 1}.json`;

/** The file name of topic-index shard `n` (0-based) as the ingest writes it. */
export const topicShardFileName = (n: number) => `topics-${n + 1}.json`;
