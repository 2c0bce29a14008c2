// Writing the feed so that a reader never sees half of it: each file goes to a temp file in
// the same folder (same file system, so rename is atomic), is flushed, then renamed over the
// old one. Page 1 is written last, so it never names a page not yet there; stale pages beyond
// the new last page are removed only after page 1 stops naming them.
import { mkdir, open, readdir, rename, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { FeedFile } from "./build/feed-pages";

async function writeAtomic(dir: string, name: string, contents: string): Promise<void> {
  const temp = join(dir, `.${name}.${process.pid}.tmp`);
  try {
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(contents, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, join(dir, name));
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

const PAGE = /^feed-(\d+)\.json$/u;
/** File-system calls, not the disk, bound this on small files: a few in flight at once. */
const IN_FLIGHT = 16;

/** Writes the files (all but the last in parallel, the last — page 1 — after them). */
export async function writeFeed(dir: string, files: readonly FeedFile[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  const last = files.at(-1);
  const rest = files.slice(0, -1);
  let next = 0;
  const worker = async () => {
    for (let file = rest[next++]; file !== undefined; file = rest[next++]) await writeAtomic(dir, file.name, file.render());
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, rest.length) }, worker));
  if (last) await writeAtomic(dir, last.name, last.render());
  const names = new Set(files.map((f) => f.name));
  for (const name of await readdir(dir)) {
    if (PAGE.test(name) && !names.has(name)) await unlink(join(dir, name));
  }
}
