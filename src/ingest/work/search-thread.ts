// Where the search index is built: on this thread for a small feed, or on a thread of its own
// for a large one, so the index and the pages are built on two cores at once. Either way the
// stories go in feed order and each token shard comes back as its file holds it.
import { Worker } from "node:worker_threads";
import type { SearchDoc } from "../../content/search/index-builder";
import { renderTokenShard, SearchPostings } from "../build/search-postings";
import type { SearchReply, SearchRequest } from "./search-worker";

export interface PostingsHost {
  /** Indexes the next story (or queues it for the index thread). */
  add(doc: SearchDoc): void;
  /** Resolves once the index thread is no more than a few batches behind (at once on this thread). */
  caughtUp(): Promise<void>;
  /** Token shard `n`'s file; asked for after the last story is added. */
  shardText(n: number): Promise<string>;
  /** Runs of postings parked on disk, as of the last shard written. */
  readonly parkedRuns: number;
  /** Removes what was parked on disk and stops the thread. */
  dispose(): Promise<void>;
}

export class LocalPostings implements PostingsHost {
  private readonly postings: SearchPostings;

  constructor(shards: number, heldBytes?: number) {
    this.postings = new SearchPostings(shards, heldBytes);
  }

  get parkedRuns(): number {
    return this.postings.parkedRuns;
  }

  add(doc: SearchDoc): void {
    this.postings.add(doc);
  }

  caughtUp(): Promise<void> {
    return Promise.resolve();
  }

  shardTextNow(n: number): string {
    return renderTokenShard(this.postings, n);
  }

  shardText(n: number): Promise<string> {
    return Promise.resolve(this.shardTextNow(n));
  }

  dispose(): Promise<void> {
    this.postings.dispose();
    return Promise.resolve();
  }
}

const ENTRY = new URL("./search-worker.mjs", import.meta.url);
/** Stories sent at once, and batches sent but not yet indexed before adding waits. */
const BATCH = 256;
const AHEAD = 8;

export class ThreadPostings implements PostingsHost {
  private readonly worker: Worker;
  private batch: SearchDoc[] = [];
  /** One entry per request, answered in order. */
  private readonly waiting: { resolve: (reply: SearchReply) => void; reject: (error: unknown) => void }[] = [];
  /** Batches sent and not yet indexed, oldest first. */
  private readonly sent: Promise<unknown>[] = [];
  private failure: unknown;
  private exited = false;
  parkedRuns = 0;

  constructor(shards: number, heldBytes?: number) {
    this.worker = new Worker(ENTRY, { workerData: { shards, heldBytes }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    this.worker.on("message", (reply: SearchReply) => {
      const entry = this.waiting.shift();
      if ("error" in reply) entry?.reject(new Error(reply.error));
      else entry?.resolve(reply);
    });
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => {
      this.exited = true;
      this.fail(new Error(`the search index thread exited with code ${code}`));
    });
  }

  private fail(error: unknown) {
    this.failure ??= error;
    for (const entry of this.waiting.splice(0)) entry.reject(error);
  }

  private request(message: SearchRequest): Promise<SearchReply> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(message);
    });
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    const sent = this.request({ docs: this.batch });
    sent.catch(() => undefined);
    this.sent.push(sent);
    this.batch = [];
  }

  add(doc: SearchDoc): void {
    if (this.failure !== undefined) throw this.failure;
    this.batch.push(doc);
    if (this.batch.length >= BATCH) this.flush();
  }

  /** Each batch is answered once indexed: never more than a few wait, so memory stays small. */
  async caughtUp(): Promise<void> {
    while (this.sent.length > AHEAD) await this.sent.shift();
  }

  async shardText(n: number): Promise<string> {
    this.flush();
    const reply = await this.request({ shard: n });
    if (!("shard" in reply)) throw new Error("the search index thread answered out of turn");
    this.parkedRuns = reply.parkedRuns;
    return reply.text;
  }

  async dispose(): Promise<void> {
    if (!this.exited) await this.request({ dispose: true }).catch(() => undefined);
    await this.worker.terminate();
  }
}
