// The ingest, start to finish: stream the inputs, parse each page, keep the items (never the
// raw text), build the people index, render and check every file, then write them all.
import { ItemSchema, type Item } from "../content/feed-schema";
import { problemWith } from "./build/check";
import { pageItems } from "./build/items";
import { indexPeople } from "./build/people-index";
import { renderFeed } from "./build/feed-pages";
import { readInputs } from "./inputs";
import { parsePage } from "./parse/page";
import { writeFeed } from "./write-feed";

export interface IngestOptions {
  inputs: readonly string[];
  out: string;
  pageSize: number;
  baseUrl: string;
  /** Diagnostics and progress (stderr in the CLI). */
  log: (line: string) => void;
  /** How often to report progress while reading; once a second unless told. */
  progressEveryMs?: number;
}

export interface IngestResult {
  pages: number;
  bytes: number;
  failures: { name: string; reason: string }[];
  items: number;
  counts: Record<Item["_qingyue"]["kind"], number>;
  duplicates: number;
  people: number;
  files: string[];
  /** False when no page was usable: then nothing at all is written. */
  written: boolean;
  /** Milliseconds spent reading and parsing, building people and checking pages, and writing. */
  timings: { read: number; build: number; write: number };
}


export async function ingest(opts: IngestOptions): Promise<IngestResult> {
  const items: Item[] = [];
  const seen = new Set<string>();
  const failures: IngestResult["failures"] = [];
  const counts = { article: 0, post: 0, trending: 0 };
  let pages = 0;
  let bytes = 0;
  let duplicates = 0;
  const started = performance.now();
  let lastReport = Date.now();
  const fail = (name: string, reason: string) => {
    failures.push({ name, reason });
    opts.log(`ingest: skipped ${name}: ${reason}`);
  };
  for await (const input of readInputs(opts.inputs)) {
    if (!input.ok) {
      fail(input.name, input.reason);
      continue;
    }
    bytes += input.bytes;
    const ctx = { baseUrl: opts.baseUrl, ...(input.externalUrl !== undefined ? { externalUrl: input.externalUrl } : {}) };
    const made = pageItems(parsePage(input.text), ctx);
    if (made.length === 0) {
      fail(input.name, "nothing recognisable (no article, post or list)");
      continue;
    }
    pages += 1;
    for (const item of made) {
      const problem = problemWith(ItemSchema, item);
      if (problem !== undefined) {
        fail(input.name, `${item.id} left out: ${problem}`);
        continue;
      }
      // Same content, same id: the second copy of a story is a duplicate, not a new story.
      if (seen.has(item.id)) {
        duplicates += 1;
        continue;
      }
      seen.add(item.id);
      items.push(item);
      counts[item._qingyue.kind] += 1;
    }
    if (Date.now() - lastReport >= (opts.progressEveryMs ?? 1000)) {
      lastReport = Date.now();
      opts.log(`ingest: ${pages} pages, ${(bytes / 1e6).toFixed(1)} MB read, ${items.length} items so far`);
    }
  }
  const base = { pages, bytes, failures, items: items.length, counts, duplicates };
  const read = performance.now() - started;
  if (items.length === 0) return { ...base, people: 0, files: [], written: false, timings: { read, build: 0, write: 0 } };
  const people = indexPeople(items);
  const files = renderFeed(items, people, { pageSize: opts.pageSize, baseUrl: opts.baseUrl });
  const build = performance.now() - started - read;
  await writeFeed(opts.out, files);
  const write = performance.now() - started - read - build;
  return { ...base, people: people.length, files: files.map((f) => f.name), written: true, timings: { read, build, write } };
}
