// Brotli and gzip copies of the site's text files (`x.js.br`, `x.js.gz`), made once at build
// time as a CDN would: the static server sends them to browsers that accept them.
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { extname, join, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, gzip, constants as zlib } from "node:zlib";

const TEXT = new Set([".html", ".js", ".css", ".json", ".svg", ".xml", ".txt"]);
/** Below this, compression saves less than the extra headers and work cost. */
const MIN_BYTES = 1024;

const br = promisify(brotliCompress);
const gz = promisify(gzip);

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** Writes `.br` and `.gz` beside every text file under `root` worth compressing. */
export async function precompress(root: string, { quality = 11, skip = [] }: { quality?: number; skip?: readonly string[] } = {}): Promise<number> {
  let count = 0;
  const skipped = skip.map((dir) => join(root, dir) + sep);
  for await (const path of files(root)) {
    if (skipped.some((dir) => path.startsWith(dir))) continue;
    if (!TEXT.has(extname(path)) || (await stat(path)).size < MIN_BYTES) continue;
    const body = await readFile(path);
    await writeFile(`${path}.br`, await br(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: quality, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    await writeFile(`${path}.gz`, await gz(body, { level: 9 }));
    count++;
  }
  return count;
}
