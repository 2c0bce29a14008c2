// The feed writer's thread (write-feed.ts): writes each batch of files it is sent, one after
// another, and answers with how many it wrote or the file it could not write and why. Plain JavaScript with no
// imports of ours, so it starts in milliseconds, without the TypeScript loader.
import { writeFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";

parentPort?.on("message", (/** @type {[path: string, text: string][]} */ batch) => {
  for (const [path, text] of batch) {
    try {
      writeFileSync(path, text, "utf8");
    } catch (error) {
      const { code, message } = /** @type {NodeJS.ErrnoException} */ (error);
      parentPort?.postMessage({ failed: path, code, message });
      return;
    }
  }
  parentPort?.postMessage({ written: batch.length });
});
