// `npm run make-feed -- --items N --out DIR [--page-size 20] [--seed 1]`: writes a
// synthetic feed for scale tests. Each file is written to a temporary name and renamed,
// last page first and feed.json last, so a reader never meets a next_url to a missing page.
import { parseArgs } from "node:util";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { buildSyntheticFiles, PICTURE_DIR, syntheticIndex } from "./synthetic-feed";
import { pictureSvg, SYNTHETIC_PICTURES } from "./synthetic-media";
import { isNumberedFeedFile } from "../src/ingest/write-feed";

function wholeNumber(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a whole number`);
  return n;
}

export async function writeSyntheticFeed(out: string, items: number, pageSize = 20, seed = 1, index = true): Promise<number> {
  // The shipped feed is made by the ingest from the seed; synthetic data never replaces it.
  if (resolve(out) === resolve("public/feed")) throw new Error("refusing to overwrite the shipped feed in public/feed");
  const { pages, search } = buildSyntheticFiles({ items, pageSize, seed, index });
  // Shards first, then the pages from the last: feed.json is written last.
  const files = [...(index ? syntheticIndex(pages) : []), ...search, ...[...pages].reverse()];
  await mkdir(join(out, PICTURE_DIR), { recursive: true });
  for (const [name, [width, height, colour]] of Object.entries(SYNTHETIC_PICTURES)) {
    await writeFile(join(out, PICTURE_DIR, name), pictureSvg(width, height, colour));
  }
  for (const { name, page } of files) {
    const temp = join(out, `.${name}.${process.pid}.tmp`);
    await writeFile(temp, `${JSON.stringify(page)}\n`);
    await rename(temp, join(out, name));
  }
  // Pages and shards of an earlier, longer synthetic feed would be unreachable but confusing: remove them.
  const keep = new Set(files.map((f) => f.name));
  for (const name of await readdir(out)) {
    if (isNumberedFeedFile(name) && !keep.has(name)) await rm(join(out, name));
  }
  return pages.length;
}

async function main() {
  const { values } = parseArgs({
    options: {
      items: { type: "string" },
      out: { type: "string" },
      "page-size": { type: "string" },
      seed: { type: "string" },
    },
  });
  if (!values.out) throw new Error("usage: npm run make-feed -- --items N --out DIR [--page-size 20] [--seed 1]");
  const items = wholeNumber(values.items, "items");
  const pages = await writeSyntheticFeed(values.out, items, wholeNumber(values["page-size"], "page-size", 20), wholeNumber(values.seed, "seed", 1));
  console.log(`wrote a synthetic feed of ${items} items in ${pages} pages to ${values.out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
