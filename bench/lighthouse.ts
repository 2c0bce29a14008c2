// Lighthouse (mobile, default throttling) on the built site, run with npx so its ~180 MB
// stay out of the app's dependencies.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { serveStatic } from "../scripts/static-server";
import { findChromium } from "../tests/e2e/browser";

const run = promisify(execFile);
const LIGHTHOUSE = "lighthouse@13.5.0";

export interface LighthouseResult {
  path: string;
  /** Runs behind the figures: each figure is the median of them. */
  runs: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** The worst single run of the same page, so the spread behind a median is visible. */
  worst: { performance: number; lcpMs: number; tbtMs: number };
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Lighthouse on each path, `runs` times: single runs on a small machine vary by ±50 ms of TBT. */
export async function runLighthouse(paths: string[], distDir = "dist", runs = 5): Promise<LighthouseResult[]> {
  const server = await serveStatic(distDir);
  const out = mkdtempSync(join(tmpdir(), "qingyue-lh-"));
  const results: LighthouseResult[] = [];
  try {
    for (const path of paths) {
      const each: Omit<LighthouseResult, "runs" | "worst">[] = [];
      for (let run = 0; run < runs; run += 1) each.push(await lighthouseOnce(`${server.origin}${path}`, path, join(out, "report.json")));
      const pick = (key: keyof Omit<LighthouseResult, "path" | "runs" | "worst">) => median(each.map((r) => r[key]));
      results.push({
        path,
        runs,
        performance: pick("performance"),
        accessibility: pick("accessibility"),
        bestPractices: pick("bestPractices"),
        seo: pick("seo"),
        lcpMs: pick("lcpMs"),
        cls: pick("cls"),
        tbtMs: pick("tbtMs"),
        worst: {
          performance: Math.min(...each.map((r) => r.performance)),
          lcpMs: Math.max(...each.map((r) => r.lcpMs)),
          tbtMs: Math.max(...each.map((r) => r.tbtMs)),
        },
      });
    }
  } finally {
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
  return results;
}

async function lighthouseOnce(url: string, path: string, file: string): Promise<Omit<LighthouseResult, "runs" | "worst">> {
  await run(
    "npx",
    [
      "--yes",
      LIGHTHOUSE,
      url,
      "--quiet",
      "--output=json",
      `--output-path=${file}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ],
    { env: { ...process.env, CHROME_PATH: findChromium() }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(file, "utf8")) as Report;
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    path,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: audit("largest-contentful-paint"),
    cls: audit("cumulative-layout-shift"),
    tbtMs: audit("total-blocking-time"),
  };
}
