// A worker thread of the ingest: reads the pages it is sent and posts back their items.
import { parentPort } from "node:worker_threads";
import { readPage, type PageTask } from "../read-page";

parentPort?.on("message", async (message: { id: number; task: PageTask }) => {
  let result;
  try {
    result = await readPage(message.task);
  } catch (error) {
    result = { reason: `failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  parentPort?.postMessage({ id: message.id, result });
});
