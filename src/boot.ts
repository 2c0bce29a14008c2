// The page's only eager script, kept tiny: it applies the reader's theme before the first
// paint, then loads the app once that paint is on the screen, so prerendered text shows at
// once and the app's JavaScript never stands between the reader and the words.
import { applySettings } from "./features/settings/settings-store";
import { seedHistoryWithFeed } from "./app/seed-history";
import { fetchEarly } from "./lib/early-fetch";
import { feedUrl } from "./lib/feed-path";
import { preloadListedModules } from "./lib/module-preload";
import "./index.css";

applySettings();
seedHistoryWithFeed();

/** Resolves in a task of its own, after the browser has had a chance to paint and handle input. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// The app's code is evaluated in steps, each in a task of its own, so that no single long
// task keeps a slow phone from responding while the page starts.
/**
 * Resolves once the browser reports its first contentful paint (the prerendered words are on
 * the screen), or after a second in a browser that reports none (a background tab, say).
 */
function firstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, 1000);
    let observer: PerformanceObserver | undefined;
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName("first-contentful-paint").length > 0) done();
      });
      observer.observe({ type: "paint", buffered: true });
    } catch {
      requestAnimationFrame(() => setTimeout(done, 0));
    }
  });
}

async function start() {
  // A prerendered page waits for its words to show; the bare app shell has nothing to show.
  if (document.getElementById("root")?.firstElementChild) await firstPaint();
  // Then all of the page's code at once, in parallel (it is listed in the page).
  preloadListedModules();
  // A page without its own data (the app shell) starts from the feed's first page: fetch it
  // while the app's code loads. The home page reads it again soon after it is interactive.
  if (!document.getElementById("qingyue-data") || window.location.pathname === "/") fetchEarly(feedUrl());
  await nextTask();
  await import("react-dom/client");
  await nextTask();
  await import("./app/query-client");
  await nextTask();
  const { preloadPage } = await import("./app/router");
  await nextTask();
  // The page's own code, so that starting the router does not evaluate it in the same task.
  await preloadPage(window.location.pathname);
  await nextTask();
  await import("./main");
}

void start();
