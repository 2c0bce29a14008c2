// Search on a long synthetic feed: what one query fetches and how long it takes to answer
// once its shards are in memory, over 250 queries cut from the feed's own text, and how
// its results compare with the stories that truly contain each query.
// Run directly (`npx tsx bench/search.ts 10000`) or via `npm run bench`.
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSyntheticFeed } from "../scripts/make-feed";
import { seededRandom } from "../scripts/synthetic-text";
import type { SearchDocShard, SearchIndexRef, SearchTokenShard } from "../src/content/feed-schema";
import { docShardsFor, queryShards, type TokenShard } from "../src/content/search/run-query";
import { parseQuery, shardsForQuery } from "../src/content/search/terms";
import { snippet } from "../src/content/search/snippet";
import { drawQueries, foldDoc, truth } from "../tests/utils/search-truth";

/** Results a first screen shows, each with its snippet (their story shards are fetched). */
export const RESULTS_SHOWN = 10;

export interface SearchFigures {
  items: number;
  queries: number;
  tokenShards: number;
  bytes: { median: number; p95: number; max: number };
  gzip: { median: number; p95: number; max: number };
  ms: { median: number; p95: number; max: number };
  /** CPU time of the same work: this machine is shared, and wall time waits for other processes. */
  cpuMs: { median: number; p95: number; max: number };
  recall: number;
  precision: number;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
};

export async function benchSearch(items: number, queries = 250): Promise<SearchFigures> {
  const dir = join(tmpdir(), `qingyue-search-${items}`);
  await writeSyntheticFeed(dir, items);
  const page1 = JSON.parse(readFileSync(join(dir, "feed.json"), "utf8")) as { _qingyue: { search: SearchIndexRef } };
  const ref = page1._qingyue.search;
  const size = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (name: string) => {
    let s = size.get(name);
    if (!s) {
      const body = readFileSync(join(dir, name));
      s = { raw: statSync(join(dir, name)).size, gzip: gzipSync(body).length };
      size.set(name, s);
    }
    return s;
  };
  const tokens = new Map<number, TokenShard>();
  const loadTokens = (n: number) => {
    if (!tokens.has(n)) tokens.set(n, (JSON.parse(readFileSync(join(dir, ref.token_urls[n]!), "utf8")) as SearchTokenShard).tokens);
  };
  const docShards = ref.doc_urls.map((name) => (JSON.parse(readFileSync(join(dir, name), "utf8")) as SearchDocShard).docs);
  const docs = docShards.flat();
  const folded = docs.map(foldDoc);
  const random = seededRandom(11);
  const bytes: number[] = [];
  const gzip: number[] = [];
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let found = 0;
  let relevant = 0;
  let correct = 0;
  for (const query of drawQueries(docs, queries, random)) {
    const terms = parseQuery(query);
    const needed = shardsForQuery(terms, ref.token_urls.length);
    needed.forEach(loadTokens);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const hits = queryShards(terms, tokens, ref.token_urls.length);
    const shown = hits.slice(0, RESULTS_SHOWN);
    for (const hit of shown) {
      const doc = docs[hit.doc]!;
      snippet(doc.text, terms);
    }
    ms.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
    const files = [...needed.map((n) => ref.token_urls[n]!), ...docShardsFor(shown, ref.docs_per_shard).map((n) => ref.doc_urls[n]!)];
    bytes.push(files.reduce((sum, f) => sum + sizeOf(f).raw, 0));
    gzip.push(files.reduce((sum, f) => sum + sizeOf(f).gzip, 0));
    const expected = new Set(truth(folded, query));
    relevant += expected.size;
    found += hits.length;
    correct += hits.filter((h) => expected.has(docs[h.doc]!.id)).length;
  }
  return {
    items,
    queries,
    tokenShards: ref.token_urls.length,
    bytes: stats(bytes),
    gzip: stats(gzip),
    ms: stats(ms),
    cpuMs: stats(cpuMs),
    recall: relevant === 0 ? 1 : correct / relevant,
    precision: found === 0 ? 1 : correct / found,
  };
}

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

export function printSearchFigures(rows: readonly SearchFigures[]): void {
  console.log("items     shards  bytes/query (median / p95 / max)   gzip (median / p95 / max)   answer ms wall (median / p95 / max)   CPU ms (median / p95 / max)   recall  precision");
  for (const r of rows) {
    console.log(
      String(r.items).padEnd(10),
      String(r.tokenShards).padEnd(7),
      `${kib(r.bytes.median)} / ${kib(r.bytes.p95)} / ${kib(r.bytes.max)}`.padEnd(34),
      `${kib(r.gzip.median)} / ${kib(r.gzip.p95)} / ${kib(r.gzip.max)}`.padEnd(27),
      `${r.ms.median.toFixed(1)} / ${r.ms.p95.toFixed(1)} / ${r.ms.max.toFixed(1)}`.padEnd(37),
      `${r.cpuMs.median.toFixed(1)} / ${r.cpuMs.p95.toFixed(1)} / ${r.cpuMs.max.toFixed(1)}`.padEnd(29),
      r.recall.toFixed(3).padEnd(7),
      r.precision.toFixed(3),
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  const rows: SearchFigures[] = [];
  for (const items of sizes.length ? sizes : [10_000]) rows.push(await benchSearch(items));
  printSearchFigures(rows);
}
