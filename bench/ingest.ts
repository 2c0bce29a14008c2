// Ingest throughput and memory on a large corpus: ≥ 50 MB of JSON Lines made from the seed,
// each page varied so that its ids differ (a corpus of one page repeated would be deduplicated
// away). The ingest runs in a child process so its peak RSS is its own, not the generator's.
// Run directly (`npx tsx bench/ingest.ts`) or through `npm run bench`.
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ingest } from "../src/ingest/ingest";
import { readInputs } from "../src/ingest/inputs";
import { FeedWriter } from "../src/ingest/write-feed";
import { newsPage } from "./html-corpus";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..");
const SEED = join(ROOT, "data", "seed", "000_750350f1159c91f2.txt");
const CORPUS_DIR = join(ROOT, "bench", ".corpus");
const MiB = 1024 * 1024;

/** Page n of the corpus: the seed with n worked into its title and every long line. */
function variant(seed: string, n: number): string {
  return seed
    .split("\n")
    .map((line, i) => {
      if (i === 0) return `${line}（第${n}期）`;
      // Chrome ("发布 👍 0 举报…") must stay chrome; short lines are headings and credits.
      if (line.length <= 30 || line.startsWith("发布")) return line;
      const mid = Math.floor(line.length / 2);
      return `${line.slice(0, mid)}〔${n}〕${line.slice(mid)}`;
    })
    .join("\n");
}

interface Corpus {
  path: string;
  pages: number;
  bytes: number;
}

async function buildHtmlCorpus(pages: number): Promise<Corpus> {
  const path = join(CORPUS_DIR, `news-${pages}.jsonl`);
  mkdirSync(CORPUS_DIR, { recursive: true });
  if (!existsSync(path)) {
    const out = createWriteStream(path);
    for (let n = 1; n <= pages; n += 1) {
      if (!out.write(`${JSON.stringify({ html: newsPage(n), url: `https://news.example.org/local/${n}.html` })}\n`)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
  }
  return { path, pages, bytes: statSync(path).size };
}

async function buildCorpus(mib: number): Promise<Corpus> {
  const path = join(CORPUS_DIR, `seed-${mib}mb.jsonl`);
  const target = mib * MiB;
  if (existsSync(path) && statSync(path).size >= target) {
    const pages = readFileSync(path, "utf8").split("\n").filter((l) => l !== "").length;
    return { path, pages, bytes: statSync(path).size };
  }
  mkdirSync(CORPUS_DIR, { recursive: true });
  const seed = readFileSync(SEED, "utf8");
  const out = createWriteStream(path);
  let bytes = 0;
  let pages = 0;
  while (bytes < target) {
    pages += 1;
    const line = `${JSON.stringify({ text: variant(seed, pages) })}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return { path, pages, bytes };
}

interface ChildReport {
  seconds: number;
  /** CPU seconds of the whole process (every thread), user + system. */
  cpu: number;
  timings: { read: number; build: number; write: number };
  pages: number;
  items: number;
  people: number;
  files: number;
  /** RSS before the ingest starts (Node, tsx and the modules loaded), and its sampled peak in each pass. */
  rssAtStart: number;
  peakRssPass1: number;
  peakRssPass2: number;
  maxRss: number;
  /** The write phase on its own: the same files, already rendered, staged and renamed into a fresh folder. */
  writeAlone: { seconds: number; cpu: number; bytes: number };
}

const cpuSeconds = (since?: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

/** In the child: read and parse the input only (files, JSON Lines, charsets), the floor under the ingest. */
async function floorChild(corpus: string): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let pages = 0;
  for await (const event of readInputs([corpus])) if (event.ok) pages += 1;
  process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - started) / 1000, cpu: cpuSeconds(cpu), pages })}\n`);
}

/** Writes the files of `from` again through the ingest's writer into a fresh folder: the write phase alone. */
async function writeAgain(from: string): Promise<ChildReport["writeAlone"]> {
  const files = readdirSync(from).map((name) => ({ name, text: readFileSync(join(from, name), "utf8") }));
  const to = mkdtempSync(join(tmpdir(), "qingyue-bench-write-"));
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const writer = await FeedWriter.open(to);
    for (const file of files) await writer.stage({ name: file.name, render: () => file.text });
    await writer.commit();
    const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
    return { seconds: (performance.now() - started) / 1000, cpu: cpuSeconds(cpu), bytes };
  } finally {
    rmSync(to, { recursive: true, force: true });
  }
}

/** In the child: run the streaming ingest and report time and memory as one JSON line. */
async function child(corpus: string, out: string): Promise<void> {
  const rssAtStart = process.memoryUsage().rss;
  const samples: [ms: number, rss: number][] = [];
  const started = performance.now();
  const sample = () => samples.push([performance.now() - started, process.memoryUsage().rss]);
  const timer = setInterval(sample, 20);
  const cpu = process.cpuUsage();
  const result = await ingest({ inputs: [corpus], out, pageSize: 10, baseUrl: "", log: () => undefined });
  const seconds = (performance.now() - started) / 1000;
  const cpuUsed = cpuSeconds(cpu);
  clearInterval(timer);
  sample();
  // ru_maxrss is in kilobytes: the true peak, including the synchronous render at the end.
  const maxRss = process.resourceUsage().maxRSS * 1024;
  const peak = (from: number, to: number) => Math.max(0, ...samples.filter(([ms]) => ms >= from && ms < to).map(([, rss]) => rss));
  const report: ChildReport = {
    seconds,
    cpu: cpuUsed,
    timings: result.timings,
    pages: result.pages,
    items: result.items,
    people: result.people,
    files: result.files.length,
    rssAtStart,
    peakRssPass1: peak(0, result.timings.read),
    peakRssPass2: peak(result.timings.read, Infinity),
    maxRss,
    writeAlone: await writeAgain(out),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

function printWriteAlone(report: ChildReport): void {
  const w = report.writeAlone;
  console.log(
    `  write phase alone (the same ${report.files} files, ${mb(w.bytes)} MiB, written on the writing thread into a fresh folder, put on disk by one flush): ` +
      `${w.seconds.toFixed(2)} s wall, ${w.cpu.toFixed(1)} s CPU`,
  );
}

function printMemory(big: ChildReport, bigCorpus: Corpus, small: ChildReport, smallCorpus: Corpus): void {
  const size = (c: Corpus) => (c.path.includes("news-") ? `${c.pages} pages` : `${mb(c.bytes)} MiB`);
  const line = (r: ChildReport, c: Corpus) =>
    `${mb(r.maxRss)} MiB on ${size(c)} (at start ${mb(r.rssAtStart)}, pass 1 ${mb(r.peakRssPass1)}, pass 2 ${mb(r.peakRssPass2)})`;
  console.log(
    `  peak RSS ${line(big, bigCorpus)}; ${line(small, smallCorpus)}: ` +
      `${(big.maxRss / small.maxRss).toFixed(2)}× for ${(bigCorpus.bytes / smallCorpus.bytes).toFixed(1)}× the input`,
  );
}

function runChild(corpus: Corpus, flag: "--child" | "--floor" = "--child"): ChildReport {
  const out = mkdtempSync(join(tmpdir(), "qingyue-bench-"));
  // Each run starts with the last one's writes on disk, so it does not pay for them.
  spawnSync("sync");
  try {
    const run = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), [fileURLToPath(import.meta.url), flag, corpus.path, out], {
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`ingest bench failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}") as ChildReport;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Text: the ingest on a 50 MiB corpus end to end, beside the floor (reading and parsing the
 * input only), its phases, and its peak memory beside that on a 10 MiB one. HTML: news pages
 * a second, end to end and at the floor.
 */
export async function benchIngest(): Promise<ChildReport & { corpusBytes: number }> {
  const small = await buildCorpus(10);
  const corpus = await buildCorpus(50);
  const floor = runChild(corpus, "--floor");
  const smallReport = runChild(small);
  const report = runChild(corpus);
  const rate = corpus.bytes / MiB / report.seconds;
  const cpuNote = (r: { seconds: number; cpu: number }) => `${r.seconds.toFixed(2)} s wall, ${r.cpu.toFixed(1)} s CPU`;
  console.log(`text: corpus ${mb(corpus.bytes)} MiB (${corpus.pages} pages) → ${report.items} items, ${report.people} people, ${report.files} files`);
  const { read, build, write } = report.timings;
  console.log(
    `  end to end ${rate.toFixed(1)} MiB/s (${cpuNote(report)}; target ≥ 15 MiB/s)   floor, reading and parsing the input only: ` +
      `${(corpus.bytes / MiB / floor.seconds).toFixed(1)} MiB/s (${cpuNote(floor)})`,
  );
  console.log(
    `  pass 1, pages read on worker threads ${(read / 1000).toFixed(2)} s (${(corpus.bytes / MiB / (read / 1000)).toFixed(1)} MiB/s); ` +
      `pass 2, pages and search index built, checked and staged ${(build / 1000).toFixed(2)} s; renamed into place ${(write / 1000).toFixed(2)} s`,
  );
  printWriteAlone(report);
  printMemory(report, corpus, smallReport, small);
  const news = await buildHtmlCorpus(600);
  const newsSmall = await buildHtmlCorpus(300);
  const htmlFloor = runChild(news, "--floor");
  const htmlSmall = runChild(newsSmall);
  const html = runChild(news);
  console.log(`html: ${news.pages} news pages, ${mb(news.bytes)} MiB → ${html.items} items, ${html.files} files`);
  console.log(
    `  end to end ${(news.pages / html.seconds).toFixed(0)} pages/s (${cpuNote(html)}; target ≥ 50 pages/s)   floor: ` +
      `${(news.pages / htmlFloor.seconds).toFixed(0)} pages/s (${cpuNote(htmlFloor)}); pass 1 ${(news.pages / (html.timings.read / 1000)).toFixed(0)} pages/s, ` +
      `pass 2 ${(html.timings.build / 1000).toFixed(2)} s, renamed ${(html.timings.write / 1000).toFixed(2)} s`,
  );
  printWriteAlone(html);
  printMemory(html, news, htmlSmall, newsSmall);
  return { ...report, corpusBytes: corpus.bytes };
}

const [, script, flag, corpusArg, outArg] = process.argv;
if (script !== undefined && import.meta.url === pathToFileURL(script).href) {
  if (flag === "--child" && corpusArg !== undefined && outArg !== undefined) await child(corpusArg, outArg);
  else if (flag === "--floor" && corpusArg !== undefined) await floorChild(corpusArg);
  else await benchIngest();
}
