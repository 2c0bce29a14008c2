// The system Chromium driven by playwright-core: nothing is downloaded.
import { existsSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser as ChromiumBrowser, type BrowserContext, type Page } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    "No Chromium found for the browser tests. Install Debian's package with " +
      "`sudo apt-get install -y chromium`, or set CHROME_PATH to a Chromium or Chrome binary.",
  );
}

export type ContextOptions = Parameters<ChromiumBrowser["newContext"]>[0];

export interface Browser {
  /** A fresh context (its own storage, cookies and history) with the site's defaults. */
  newContext: (options?: ContextOptions) => Promise<BrowserContext>;
  close: () => Promise<void>;
}

// The service worker is tested by offline.e2e.ts, which allows it. Elsewhere it is kept out:
// Playwright's request routing does not see a worker's fetches, and a test's failed page must fail.
const DEFAULTS: ContextOptions = { locale: "zh-CN", viewport: { width: 1280, height: 800 }, serviceWorkers: "block" };

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  return {
    newContext: (options = {}) => browser.newContext({ ...DEFAULTS, ...options }),
    close: () => browser.close(),
  };
}

/** Collects console errors and uncaught page errors; a test asserts there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe-core in the page (and its frames). @axe-core/playwright evaluates it through the
 * devtools protocol rather than adding a <script>, which the site's CSP and Trusted Types
 * rightly refuse.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
}
