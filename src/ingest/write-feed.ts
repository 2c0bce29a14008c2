// Writing the feed so that a reader never sees half of it: a file that replaces one goes to a
// temp file in the same folder (same file system, so rename is atomic); only when every file
// is staged and on disk are they renamed into place, page 1 last, so it never names a page
// not yet there. A file of a name the folder does not have yet is written in place: nothing
// links to it until the new page 1 is renamed in, and it saves a rename, which on a large
// feed is as dear as the write. Stale pages beyond the new last page are removed only after
// page 1 stops naming them. If anything fails first, what was written goes and nothing changes.
import { spawnSync } from "node:child_process";
import { renameSync } from "node:fs";
import { mkdir, open, readdir, unlink } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { basename, join } from "node:path";
import type { FeedFile } from "./build/feed-pages";

const PAGE = /^(?:feed|index|topics|search|search-docs)-(\d+)\.json$/u;

/** A numbered file of a feed (a later page or an index shard): one a shorter feed may no longer have. */
export const isNumberedFeedFile = (name: string) => PAGE.test(name);
/** What stops a file being written, in words: the common causes by name, any other by its code. */
const CAUSES: Record<string, string> = {
  ENOSPC: "磁盘空间不足",
  EDQUOT: "超出了磁盘配额",
  EACCES: "没有写入权限",
  EPERM: "没有写入权限",
  EROFS: "文件系统是只读的",
  EISDIR: "那里已有一个同名的文件夹",
  EMFILE: "同时打开的文件太多",
  EEXIST: "那里已有一个同名的文件，不是文件夹",
  ENOTDIR: "路径中有一段是文件，不是文件夹",
};

/** A feed file, or the output folder, that could not be written: the run stops, and the folder keeps what it had. */
export class FeedWriteError extends Error {
  constructor(what: string, code: string | undefined, detail: string) {
    super(`没能写入 ${what}：${(code !== undefined ? CAUSES[code] : undefined) ?? `${code ?? detail}`}；输出文件夹里原有的内容没有改动`);
    this.name = "FeedWriteError";
  }
}

/** The feed file a temp file stands for (see FeedWriter.temp). */
const feedFileOf = (temp: string) => basename(temp).replace(/^\.(.+)\.\d+\.tmp$/u, "$1");

/** Files sent to the writing thread at once, and the text it may have waiting before staging waits. */
const BATCH_FILES = 32;
const BATCH_CHARS = 256 * 1024;
const WAITING_CHARS = 4 * 1024 * 1024;

/** Flushes one file to disk. */
async function syncFile(path: string): Promise<void> {
  const handle = await open(path, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Puts every staged file on disk before any is renamed, so that a crash never leaves a page
 * in place whose bytes were lost. One flush of the folder's file system (GNU `sync -f`, the
 * syncfs call Node lacks) costs less than a flush per file: on 15,398 files of a 50 MiB
 * corpus's feed, 2.1–3.0 s against 3.3–3.5 s, with a third less system time. Where that
 * command is missing or fails, each file is flushed on its own.
 */
async function flushStaged(dir: string, paths: string[]): Promise<void> {
  if (process.platform === "linux" && spawnSync("sync", ["-f", dir], { stdio: "ignore" }).status === 0) return;
  let next = 0;
  const flushSome = async () => {
    while (next < paths.length) await syncFile(paths[next++]!);
  };
  await Promise.all(Array.from({ length: 8 }, flushSome));
}

/**
 * The thread the files are written on, one after another. Creating thousands of small files
 * from the thread pool, several at once, contends in the kernel: in a measure of 8,000 files
 * of 16 KB, the pool used 3.3–5.3 s of CPU where one thread writing in turn used 2.0–2.8 s,
 * and this thread's share fell from 0.6 s to 0.05 s.
 */
class WritingThread {
  private readonly worker = new Worker(new URL("./work/write-worker.mjs", import.meta.url));
  private batch: [path: string, text: string][] = [];
  private batchChars = 0;
  /** Characters of each batch sent and not yet written, oldest first. */
  private readonly sent: number[] = [];
  private sentChars = 0;
  private wake: (() => void) | undefined;
  failure: unknown;

  constructor() {
    this.worker.on("message", (reply: { written: number } | { failed: string; code?: string; message: string }) => {
      if ("failed" in reply) this.fail(new FeedWriteError(feedFileOf(reply.failed), reply.code, reply.message));
      this.sentChars -= this.sent.shift() ?? 0;
      this.wake?.();
    });
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`the feed's writing thread stopped (code ${code})`)));
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    this.wake?.();
  }

  private send(): void {
    if (this.batch.length === 0) return;
    this.worker.postMessage(this.batch);
    this.sent.push(this.batchChars);
    this.sentChars += this.batchChars;
    this.batch = [];
    this.batchChars = 0;
  }

  private async until(done: () => boolean): Promise<void> {
    while (!done() && this.failure === undefined) await new Promise<void>((resolve) => (this.wake = resolve));
  }

  /** Queues one file; waits while the thread has too much text still to write. Throws once a write has failed. */
  async write(path: string, text: string): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    this.batch.push([path, text]);
    this.batchChars += text.length;
    if (this.batch.length >= BATCH_FILES || this.batchChars >= BATCH_CHARS) this.send();
    await this.until(() => this.sentChars <= WAITING_CHARS);
  }

  /** Resolves once every file queued is written (or the first failure is known). */
  async drain(): Promise<void> {
    this.send();
    await this.until(() => this.sent.length === 0);
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners("exit");
    await this.worker.terminate();
  }
}

export class FeedWriter {
  /** Each name staged, in staging order, and where it was written: its temp file, or in place. */
  private readonly staged = new Map<string, string>();
  private thread: WritingThread | undefined;

  private constructor(
    private readonly dir: string,
    /** The names the folder had when the writer opened it. */
    private readonly existing: ReadonlySet<string>,
  ) {}

  static async open(dir: string): Promise<FeedWriter> {
    try {
      await mkdir(dir, { recursive: true });
      return new FeedWriter(dir, new Set(await readdir(dir)));
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      throw new FeedWriteError(`输出文件夹 ${dir}`, code, message);
    }
  }

  private temp(name: string) {
    return join(this.dir, `.${name}.${process.pid}.tmp`);
  }

  /** Page 1 and any file that replaces one are staged beside; a new name is written where it goes. */
  private place(name: string) {
    return name === "feed.json" || this.existing.has(name) ? this.temp(name) : join(this.dir, name);
  }

  /** Renders the file and queues it for writing; waits while too much is queued. */
  async stage(file: FeedFile): Promise<void> {
    if (this.staged.has(file.name)) throw new Error(`${file.name} staged twice`);
    const text = file.render();
    const path = this.place(file.name);
    this.staged.set(file.name, path);
    this.thread ??= new WritingThread();
    await this.thread.write(path, text);
  }

  /** Puts every staged file on disk and renames it into place, page 1 last, then removes pages past the new last one. */
  async commit(): Promise<void> {
    await this.thread?.drain();
    const failure = this.thread?.failure;
    await this.thread?.stop();
    this.thread = undefined;
    if (failure !== undefined) {
      await this.abort();
      throw failure;
    }
    await flushStaged(this.dir, [...this.staged.values()]);
    const beside = [...this.staged].filter(([name, path]) => path !== join(this.dir, name)).map(([name]) => name);
    // One after another on this thread: a rename is a short call that the folder's lock
    // serialises anyway, so handing each to the thread pool only adds a round trip.
    for (const name of [...beside.filter((n) => n !== "feed.json"), ...beside.filter((n) => n === "feed.json")]) {
      renameSync(this.temp(name), join(this.dir, name));
    }
    for (const name of await readdir(this.dir)) {
      if (isNumberedFeedFile(name) && !this.staged.has(name)) await unlink(join(this.dir, name));
    }
  }

  /** Removes every file written, temp or new; the folder is as it was. */
  async abort(): Promise<void> {
    await this.thread?.drain();
    await this.thread?.stop();
    this.thread = undefined;
    await Promise.all([...this.staged.values()].map((path) => unlink(path).catch(() => undefined)));
  }
}
