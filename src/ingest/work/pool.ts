// Reading pages on every core: a pool of worker threads, each running readPage. Tasks go to
// the least busy worker; results come back as promises the caller awaits in its own order,
// so the output never depends on which worker finishes first. With no workers, pages are
// read on the calling thread.
//
// Each page has a time (PAGE_TIME_LIMIT_MS unless told): a crafted page can keep the reader
// busy for minutes, and the run with it. On a worker, the page at the head of its queue is
// timed, and when its time is up the worker is stopped and replaced, the pages queued behind it
// sent again; on the calling thread, the page runs within its time (time-limit.ts). Either way
// the page is named with the reason, and the rest are read.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { tookTooLong } from "../page-reasons";
import { readPage, type PageResult, type PageTask } from "../read-page";
import { timeLimited } from "./time-limit";

interface Pending {
  id: number;
  task: PageTask;
  resolve: (r: PageResult) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  /** Sent to the worker, in the order it reads them: the first is the one being read. */
  queue: Pending[];
  timer?: NodeJS.Timeout;
}

const ENTRY = new URL("./page-worker.mjs", import.meta.url);

/** One worker per core; the reading thread shares a core with them (it mostly waits on I/O). */
export const defaultWorkers = () => Math.max(1, Math.min(availableParallelism(), 8));

/** A page's time: a news page is read in milliseconds, the biggest one allowed (32 MiB) in seconds. */
const PAGE_TIME_LIMIT_MS = 30_000;

/** Pages read on the calling thread before workers start: a small input never waits for them to load. */
const INLINE_PAGES = 100;
const INLINE_BYTES = 4 * 1024 * 1024;

export class PagePool {
  private readonly slots: Slot[] = [];
  private inlinePages = 0;
  private inlineBytes = 0;
  private nextId = 0;
  private failure: unknown;
  private closing = false;

  private constructor(
    private readonly size: number,
    private readonly limitMs: number,
  ) {}

  /** A pool of `workers` threads, started once the input proves larger than a few pages. */
  static open(workers: number, limitMs = PAGE_TIME_LIMIT_MS): PagePool {
    return new PagePool(workers, limitMs);
  }

  private start() {
    for (let n = 0; n < this.size; n += 1) {
      const slot: Slot = { worker: this.spawn(() => slot), queue: [] };
      this.slots.push(slot);
    }
  }

  /** A worker for the slot; its messages count only while it is the slot's. */
  private spawn(slotOf: () => Slot): Worker {
    const worker = new Worker(ENTRY);
    worker.on("message", (message: { id: number; result: PageResult }) => {
      const slot = slotOf();
      if (slot.worker !== worker || slot.queue[0]?.id !== message.id) return;
      this.finish(slot).resolve(message.result);
    });
    worker.on("error", (error) => {
      if (slotOf().worker === worker) this.fail(error);
    });
    worker.on("exit", (code) => {
      if (code !== 0 && !this.closing && slotOf().worker === worker) this.fail(new Error(`ingest worker exited with code ${code}`));
    });
    return worker;
  }

  /** Takes the page being read off the slot's queue and times the next one. */
  private finish(slot: Slot): Pending {
    clearTimeout(slot.timer);
    const done = slot.queue.shift() as Pending;
    this.time(slot);
    return done;
  }

  private time(slot: Slot) {
    slot.timer = slot.queue.length > 0 ? setTimeout(() => this.timeUp(slot), this.limitMs) : undefined;
  }

  /** The page being read ran out of time: it is named, its worker replaced, and the pages behind it sent to the new one. */
  private timeUp(slot: Slot) {
    const [late, ...behind] = slot.queue;
    if (late === undefined) return;
    void slot.worker.terminate();
    slot.worker = this.spawn(() => slot);
    slot.queue = behind;
    for (const pending of behind) slot.worker.postMessage({ id: pending.id, task: pending.task });
    this.time(slot);
    late.resolve({ reason: tookTooLong(this.limitMs) });
  }

  private fail(error: unknown) {
    this.failure ??= error;
    for (const slot of this.slots) {
      clearTimeout(slot.timer);
      for (const pending of slot.queue) pending.reject(error);
      slot.queue = [];
    }
  }

  run(task: PageTask): Promise<PageResult> {
    const inline = this.size === 0 || (this.slots.length === 0 && this.inlinePages < INLINE_PAGES && this.inlineBytes < INLINE_BYTES);
    if (inline) {
      this.inlinePages += 1;
      this.inlineBytes += task.text.length;
      return readPage(task, timeLimited(this.limitMs));
    }
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.slots.length === 0) this.start();
    const slot = this.slots.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.queue.push({ id, task, resolve, reject });
      slot.worker.postMessage({ id, task });
      if (slot.queue.length === 1) this.time(slot);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const slot of this.slots) clearTimeout(slot.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
