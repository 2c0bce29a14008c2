// The search index as files (see src/content/search/): token shards `search-1.json` …, named
// on page 1 by `_qingyue.search`, written once every story is in. A result's story is read
// from the feed page that holds it, so the index keeps no copy of the stories' text. The
// postings are built by search-postings.ts, on a thread of their own for a large feed.
import type { Item, SearchIndexRef } from "../../content/feed-schema";
import { docChars, tokenShardCount } from "../../content/search/index-builder";
import { itemSearchDoc as searchDoc } from "../../content/search/item-text";
import { POSTINGS_PACKING } from "../../content/search/postings";
import { LocalPostings, ThreadPostings, type PostingsHost } from "../work/search-thread";
import { searchTokenFileName } from "./search-postings";
import type { FeedFile } from "./feed-pages";

export { searchTokenFileName };

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
  private added = 0;

  private constructor(
    readonly tokenShards: number,
    private readonly storiesPerPage: number,
    private readonly docTotal: number,
    opts: SearchBuildOptions,
  ) {
    this.local = opts.thread ? undefined : new LocalPostings(tokenShards, opts.heldBytes);
    this.index = this.local ?? new ThreadPostings(tokenShards, opts.heldBytes);
  }

  /** Sized for `docs` stories holding `chars` characters of searchable text in all, on pages of `storiesPerPage`. */
  static forFeed(docs: number, chars: number, storiesPerPage: number, opts: SearchBuildOptions = {}): SearchFilesBuilder {
    return new SearchFilesBuilder(tokenShardCount(chars), storiesPerPage, docs, opts);
  }

  /** What page 1 says of the index. */
  ref(): SearchIndexRef {
    return {
      packing: POSTINGS_PACKING,
      token_urls: Array.from({ length: this.tokenShards }, (_, n) => searchTokenFileName(n)),
      stories_per_page: this.storiesPerPage,
    };
  }

  /** Adds the next item in feed order. */
  add(item: Item): void {
    if (this.added >= this.docTotal) throw new Error("more items than the search index was sized for");
    this.added += 1;
    this.index.add(searchDoc(item));
  }

  /** Resolves once the index's thread is no more than a few batches behind: call between adds. */
  caughtUp(): Promise<void> {
    return this.index.caughtUp();
  }

  private checkCount(): void {
    if (this.added !== this.docTotal) throw new Error(`the search index was sized for ${this.docTotal} items, got ${this.added}`);
  }

  /** Every token shard, each checked against the contract when rendered. */
  finish(): FeedFile[] {
    const local = this.local;
    if (local === undefined) throw new Error("an index built on its own thread is finished with files()");
    this.checkCount();
    return Array.from({ length: this.tokenShards }, (_, n) => ({ name: searchTokenFileName(n), render: () => local.shardTextNow(n) }));
  }

  /**
   * What finish gives, wherever the index was built. Only one token shard's text (and the
   * next, asked for while this one is written) is in memory at a time.
   */
  async *files(): AsyncGenerator<FeedFile> {
    this.checkCount();
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
