// The search index as files (see src/content/search/): token shards `search-1.json` … and
// story shards `search-docs-1.json` …, named on page 1 by `_qingyue.search`. Story shards
// are written as they fill, in feed order; token shards once every story is in. The postings
// are built by search-postings.ts, on a thread of their own for a large feed.
import { SearchDocShardSchema, type Item, type SearchIndexRef } from "../../content/feed-schema";
import { docChars, searchShardCounts, type SearchDoc } from "../../content/search/index-builder";
import { itemSearchDoc as searchDoc } from "../../content/search/item-text";
import { POSTINGS_PACKING } from "../../content/search/postings";
import { LocalPostings, ThreadPostings, type PostingsHost } from "../work/search-thread";
import { searchTokenFileName } from "./search-postings";
import { assertValid } from "./check";
import type { FeedFile } from "./feed-pages";

export { searchTokenFileName };
export const searchDocFileName = (n: number) => `search-docs-${n + 1}.json`;

/** Compact JSON: the shards are long arrays of numbers, read by programs only. */
const render = (value: unknown) => `${JSON.stringify(value)}\n`;

/** The characters of an item's searchable text, to size the index before the pages are written. */
export const searchChars = (item: Item) => docChars(searchDoc(item));

export interface SearchBuildOptions {
  /** Packed postings held in memory before they are parked on disk. */
  heldBytes?: number;
  /** Build the postings on a thread of their own (then the files come from `files`, not `finish`). */
  thread?: boolean;
}

export class SearchFilesBuilder {
  private readonly index: PostingsHost;
  private readonly local: LocalPostings | undefined;
  private pending: SearchDoc[] = [];
  private docShards = 0;
  private added = 0;

  private constructor(
    readonly tokenShards: number,
    readonly docsPerShard: number,
    private readonly docTotal: number,
    opts: SearchBuildOptions,
  ) {
    this.local = opts.thread ? undefined : new LocalPostings(tokenShards, opts.heldBytes);
    this.index = this.local ?? new ThreadPostings(tokenShards, opts.heldBytes);
  }

  /** Sized for `docs` stories holding `chars` characters of searchable text in all. */
  static forFeed(docs: number, chars: number, opts: SearchBuildOptions = {}): SearchFilesBuilder {
    const { tokenShards, docsPerShard } = searchShardCounts(docs, chars);
    return new SearchFilesBuilder(tokenShards, docsPerShard, docs, opts);
  }

  /** What page 1 says of the index. */
  ref(): SearchIndexRef {
    const docShards = Math.max(1, Math.ceil(this.docTotal / this.docsPerShard));
    return {
      packing: POSTINGS_PACKING,
      token_urls: Array.from({ length: this.tokenShards }, (_, n) => searchTokenFileName(n)),
      doc_urls: Array.from({ length: docShards }, (_, n) => searchDocFileName(n)),
      docs_per_shard: this.docsPerShard,
    };
  }

  /** Adds the next item in feed order; returns a story shard when one is full. */
  add(item: Item): FeedFile | undefined {
    if (this.added >= this.docTotal) throw new Error("more items than the search index was sized for");
    this.added += 1;
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

  /** Resolves once the index's thread is no more than a few batches behind: call between adds. */
  caughtUp(): Promise<void> {
    return this.index.caughtUp();
  }

  private lastDocs(): FeedFile[] {
    if (this.added !== this.docTotal) throw new Error(`the search index was sized for ${this.docTotal} items, got ${this.added}`);
    return this.pending.length > 0 || this.docShards === 0 ? [this.flushDocs()] : [];
  }

  /** The last story shard (when not yet written) and every token shard, each checked against the contract when rendered. */
  finish(): FeedFile[] {
    const local = this.local;
    if (local === undefined) throw new Error("an index built on its own thread is finished with files()");
    const files = this.lastDocs();
    for (let n = 0; n < this.tokenShards; n += 1) files.push({ name: searchTokenFileName(n), render: () => local.shardTextNow(n) });
    return files;
  }

  /**
   * What finish gives, wherever the index was built. Only one token shard's text (and the
   * next, asked for while this one is written) is in memory at a time.
   */
  async *files(): AsyncGenerator<FeedFile> {
    yield* this.lastDocs();
    let next = this.tokenShards > 0 ? this.index.shardText(0) : undefined;
    for (let n = 0; next !== undefined; n += 1) {
      const text = await next;
      next = n + 1 < this.tokenShards ? this.index.shardText(n + 1) : undefined;
      next?.catch(() => undefined);
      yield { name: searchTokenFileName(n), render: () => text };
    }
  }

  /** Runs of postings parked on disk, for the bench's account of memory. */
  get parkedRuns(): number {
    return this.index.parkedRuns;
  }

  /** Removes what the index parked on disk and stops its thread; call once its files are written or abandoned. */
  dispose(): Promise<void> {
    return this.index.dispose();
  }
}
