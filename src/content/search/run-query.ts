// A query against a sharded index whose shards are at hand: the ranked stories, and which
// story shards the first of them are in. Shared by the app and the benchmark.
import { shardOf } from "../item-index";
import type { RankedHit } from "./rank";
import { unpackPosting } from "./postings";
import { searchIndex } from "./search";
import type { Term } from "./terms";

/** A token shard's postings, packed (see postings.ts). */
export type TokenShard = Readonly<Record<string, string>>;

/** The ranked stories of `terms`, reading keys from the loaded token shards (by shard number). */
export function queryShards(terms: readonly Term[], shards: ReadonlyMap<number, TokenShard>, shardTotal: number): RankedHit[] {
  return searchIndex(terms, (key) => {
    const shard = shards.get(shardOf(key, shardTotal));
    // Own keys only: a word such as "constructor" must not find Object.prototype's.
    return shard && Object.hasOwn(shard, key) ? unpackPosting(shard[key]!) : undefined;
  });
}

/** The story shards (0-based) holding the stories shown, in order of first need. */
export function docShardsFor(hits: readonly { doc: number }[], docsPerShard: number): number[] {
  return [...new Set(hits.map((h) => Math.floor(h.doc / docsPerShard)))];
}
