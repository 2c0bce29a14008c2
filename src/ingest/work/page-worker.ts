// A worker thread of the ingest: reads the pages it is sent and posts back their items (or,
// from readPage itself, the reason a page has none).
import { parentPort } from "node:worker_threads";
import { readPage, type PageTask } from "../read-page";

parentPort?.on("message", async (message: { id: number; task: PageTask }) => {
  parentPort?.postMessage({ id: message.id, result: await readPage(message.task) });
});
