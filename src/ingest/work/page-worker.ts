// A worker thread of the ingest: reads the pages it is sent, one after another in the order
// sent, and posts back their items (or, from readPage itself, the reason a page has none). The
// pool times the page at the head of what it sent, so the order is kept even while the first
// page waits for the HTML extractor to load.
import { parentPort } from "node:worker_threads";
import { readPage, type PageTask } from "../read-page";

let previous: Promise<void> = Promise.resolve();

parentPort?.on("message", (message: { id: number; task: PageTask }) => {
  previous = previous.then(async () => {
    parentPort?.postMessage({ id: message.id, result: await readPage(message.task) });
  });
});
