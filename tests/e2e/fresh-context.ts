// Each browser test gets a context of its own.
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { BrowserContext } from "playwright-core";
import { launchBrowser, type Browser, type ContextOptions } from "./browser";

export interface PerTest {
  /** This test's own context: nothing stored, granted or visited by another test. */
  readonly context: BrowserContext;
  /** Another fresh context (JavaScript off, a touch screen …), closed after the test. */
  newContext: (options?: ContextOptions) => Promise<BrowserContext>;
}

/**
 * One Chromium for the file and a fresh context for every test, closed after it: no test
 * sees another's local storage, session history, permissions or open pages.
 */
export function freshContextEachTest(options: ContextOptions = {}): PerTest {
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const open = async (more: ContextOptions = {}) => {
    if (!browser) throw new Error("the browser is not running");
    const context = await browser.newContext({ ...options, ...more });
    contexts.push(context);
    return context;
  };
  beforeEach(async () => {
    await open();
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });
  return {
    get context() {
      const context = contexts[0];
      if (!context) throw new Error("no context: use it inside a test");
      return context;
    },
    newContext: open,
  };
}
