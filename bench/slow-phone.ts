// A slow phone, as the issue measured it: Chromium through the devtools protocol with 150 ms
// round trips, 1.6 Mbps down, 750 kbps up and a 4× slower CPU, the built site served
// compressed, nothing cached. For each page: when its words are painted (first contentful
// paint: the prerendered text is the page's first content) and when it is hydrated (the root
// layout marks html[data-app=ready]); the median of `runs` cold loads.
import type { CDPSession, Page } from "playwright-core";
import { serveStatic } from "../scripts/static-server";
import { launchBrowser, type Browser } from "../tests/e2e/browser";
import { READY_PROBE } from "./route-bytes";

export const SLOW_PHONE = { latencyMs: 150, downKbps: 1600, upKbps: 750, cpuSlowdown: 4 };

/** Puts `page` on the slow phone: throttled network and CPU, no cache, a phone's screen. */
export async function slowPhone(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: SLOW_PHONE.latencyMs,
    downloadThroughput: (SLOW_PHONE.downKbps * 1000) / 8,
    uploadThroughput: (SLOW_PHONE.upKbps * 1000) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW_PHONE.cpuSlowdown });
  await page.setViewportSize({ width: 412, height: 823 });
  return cdp;
}

export interface SlowPhoneFigures {
  path: string;
  wordsMs: number;
  hydratedMs: number;
  runs: { wordsMs: number; hydratedMs: number }[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function loadOnce(browser: Browser, url: string): Promise<{ wordsMs: number; hydratedMs: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: READY_PROBE });
    await slowPhone(page);
    await page.goto(url);
    await page.locator("html[data-app=ready]").waitFor({ state: "attached", timeout: 30_000 });
    return await page.evaluate(() => ({
      wordsMs: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
      hydratedMs: (window as unknown as { readyAt: number }).readyAt,
    }));
  } finally {
    await context.close();
  }
}

export async function benchSlowPhone(paths: string[], runs = 3, distDir = "dist"): Promise<SlowPhoneFigures[]> {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  const results: SlowPhoneFigures[] = [];
  try {
    for (const path of paths) {
      const each = [];
      for (let run = 0; run < runs; run += 1) each.push(await loadOnce(browser, `${server.origin}${path}`));
      results.push({ path, wordsMs: median(each.map((r) => r.wordsMs)), hydratedMs: median(each.map((r) => r.hydratedMs)), runs: each });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

export function printSlowPhoneFigures(results: readonly SlowPhoneFigures[]): void {
  console.log("path".padEnd(40), "words painted   hydrated   (each run: words/hydrated ms)");
  for (const r of results) {
    const runs = r.runs.map((x) => `${x.wordsMs.toFixed(0)}/${x.hydratedMs.toFixed(0)}`).join("  ");
    console.log(decodeURIComponent(r.path).padEnd(40), `${r.wordsMs.toFixed(0)} ms`.padEnd(15), `${r.hydratedMs.toFixed(0)} ms`.padEnd(10), `(${runs})`);
  }
}
