// The page's only eager script, kept tiny: it applies the reader's theme before the first
// paint, then loads the app after that paint, so prerendered text shows at once and the
// app's JavaScript never stands between the reader and the words.
import { applySettings } from "./features/settings/settings-store";
import { seedHistoryWithFeed } from "./app/seed-history";
import "./index.css";

applySettings();
seedHistoryWithFeed();

/** Resolves in a task of its own, after the browser has had a chance to paint and handle input. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// The app's code is evaluated in steps, each in a task of its own, so that no single long
// task keeps a slow phone from responding while the page starts.
async function start() {
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  await nextTask();
  await import("react-dom/client");
  await nextTask();
  await import("./app/query-client");
  await nextTask();
  await import("./app/router");
  await nextTask();
  await import("./main");
}

void start();
