// The search index as files (see src/content/search/): token shards `search-1.json` … and
// story shards `search-docs-1.json` …, named on page 1 by `_qingyue.search`. Story shards
// are written as they fill, in feed order; token shards once every story is in.
import { SearchDocShardSchema, SearchTokenShardSchema, type Item, type SearchIndexRef } from "../../content/feed-schema";
import { shardOf } from "../../content/item-index";
import { docChars, searchShardCounts, type SearchDoc } from "../../content/search/index-builder";
import { itemSearchDoc as searchDoc } from "../../content/search/item-text";
import { SearchPostings } from "./search-postings";
import { assertValid } from "./check";
import type { FeedFile } from "./feed-pages";

export const searchTokenFileName = (n: number) => `search-${n + 1}.json`;
export const searchDocFileName = (n: number) => `search-docs-${n + 1}.json`;

/** Compact JSON: the shards are long arrays of numbers, read by programs only. */
const render = (value: unknown) => `${JSON.stringify(value)}\n`;


/** The characters of an item's searchable text, to size the index before the pages are written. */
export const searchChars = (item: Item) => docChars(searchDoc(item));

export class SearchFilesBuilder {
  private readonly index: SearchPostings;
  private pending: SearchDoc[] = [];
  private docShards = 0;

  private constructor(
    readonly tokenShards: number,
    readonly docsPerShard: number,
    private readonly docTotal: number,
    heldBytes?: number,
  ) {
    this.index = new SearchPostings(tokenShards, heldBytes);
  }

  /** Sized for `docs` stories holding `chars` characters of searchable text in all. */
  static forFeed(docs: number, chars: number, heldBytes?: number): SearchFilesBuilder {
    const { tokenShards, docsPerShard } = searchShardCounts(docs, chars);
    return new SearchFilesBuilder(tokenShards, docsPerShard, docs, heldBytes);
  }

  /** What page 1 says of the index. */
  ref(): SearchIndexRef {
    const docShards = Math.max(1, Math.ceil(this.docTotal / this.docsPerShard));
    return {
      token_urls: Array.from({ length: this.tokenShards }, (_, n) => searchTokenFileName(n)),
      doc_urls: Array.from({ length: docShards }, (_, n) => searchDocFileName(n)),
      docs_per_shard: this.docsPerShard,
    };
  }

  /** Adds the next item in feed order; returns a story shard when one is full. */
  add(item: Item): FeedFile | undefined {
    if (this.index.size >= this.docTotal) throw new Error("more items than the search index was sized for");
    const doc = searchDoc(item);
    this.index.add(doc);
    this.pending.push(doc);
    return this.pending.length === this.docsPerShard ? this.flushDocs() : undefined;
  }

  private flushDocs(): FeedFile {
    const doc = { version: 1 as const, docs: this.pending };
    const name = searchDocFileName(this.docShards);
    this.docShards += 1;
    this.pending = [];
    assertValid(SearchDocShardSchema, doc, name);
    return { name, render: () => render(doc) };
  }

  /** The last story shard (when not yet written) and every token shard, each checked against the contract. */
  finish(): FeedFile[] {
    if (this.index.size !== this.docTotal) throw new Error(`the search index was sized for ${this.docTotal} items, got ${this.index.size}`);
    const files: FeedFile[] = [];
    if (this.pending.length > 0 || this.docShards === 0) files.push(this.flushDocs());
    // Each token shard is gathered (from memory and what was parked on disk), packed and
    // checked when it is written, so only one shard's text is in memory at a time.
    for (let n = 0; n < this.tokenShards; n += 1) {
      const name = searchTokenFileName(n);
      files.push({
        name,
        render: () => {
          const tokens: Record<string, string> = {};
          for (const [key, packed] of this.index.shard(n)) tokens[key] = packed;
          const doc = { version: 1 as const, tokens };
          assertValid(SearchTokenShardSchema, doc, name);
          return render(doc);
        },
      });
    }
    return files;
  }

  /** Postings parked on disk (runs of them), for the bench's account of memory. */
  get parkedRuns(): number {
    return this.index.parkedRuns;
  }

  /** Removes what the index parked on disk; call once its files are written or abandoned. */
  dispose(): void {
    this.index.dispose();
  }
}
