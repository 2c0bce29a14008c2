// Reading pages on every core: a pool of worker threads, each running readPage. Tasks go to
// the least busy worker; results come back as promises the caller awaits in its own order,
// so the output never depends on which worker finishes first. With no workers, pages are
// read on the calling thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { readPage, type PageResult, type PageTask } from "../read-page";

interface Slot {
  worker: Worker;
  busy: number;
}

const ENTRY = new URL("./page-worker.mjs", import.meta.url);

/** One worker per core; the reading thread shares a core with them (it mostly waits on I/O). */
export const defaultWorkers = () => Math.max(1, Math.min(availableParallelism(), 8));

/** Pages read on the calling thread before workers start: a small input never waits for them to load. */
const INLINE_PAGES = 100;
const INLINE_BYTES = 4 * 1024 * 1024;

export class PagePool {
  private readonly slots: Slot[] = [];
  private inlinePages = 0;
  private inlineBytes = 0;
  private readonly waiting = new Map<number, { resolve: (r: PageResult) => void; reject: (e: unknown) => void; slot: Slot }>();
  private nextId = 0;
  private failure: unknown;

  private constructor(private readonly size: number) {}

  /** A pool of `workers` threads, started once the input proves larger than a few pages. */
  static open(workers: number): PagePool {
    return new PagePool(workers);
  }

  private start() {
    for (let n = 0; n < this.size; n += 1) {
      const slot = { worker: new Worker(ENTRY), busy: 0 };
      this.slots.push(slot);
      slot.worker.on("message", (message: { id: number; result: PageResult }) => {
        const entry = this.waiting.get(message.id);
        if (!entry) return;
        this.waiting.delete(message.id);
        entry.slot.busy -= 1;
        entry.resolve(message.result);
      });
      slot.worker.on("error", (error) => this.fail(error));
      slot.worker.on("exit", (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`ingest worker exited with code ${code}`));
      });
    }
  }

  private closing = false;

  private fail(error: unknown) {
    this.failure ??= error;
    for (const entry of this.waiting.values()) entry.reject(error);
    this.waiting.clear();
  }

  run(task: PageTask): Promise<PageResult> {
    const inline = this.size === 0 || (this.slots.length === 0 && this.inlinePages < INLINE_PAGES && this.inlineBytes < INLINE_BYTES);
    if (inline) {
      this.inlinePages += 1;
      this.inlineBytes += task.text.length;
      return readPage(task);
    }
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.slots.length === 0) this.start();
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy += 1;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
