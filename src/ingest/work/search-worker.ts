// The search index's thread: it indexes the stories it is sent, in order, and answers with
// each token shard as its file holds it. Messages are handled in the order they were posted.
import { parentPort, workerData } from "node:worker_threads";
import type { SearchDoc } from "../../content/search/index-builder";
import { renderTokenShard, SearchPostings } from "../build/search-postings";

export type SearchRequest = { docs: SearchDoc[] } | { shard: number } | { dispose: true };
export type SearchReply = { added: number } | { shard: number; text: string; parkedRuns: number } | { disposed: true } | { error: string };

const { shards, heldBytes } = workerData as { shards: number; heldBytes?: number };
const postings = new SearchPostings(shards, heldBytes);

parentPort?.on("message", (message: SearchRequest) => {
  let reply: SearchReply | undefined;
  try {
    if ("docs" in message) {
      for (const doc of message.docs) postings.add(doc);
      reply = { added: message.docs.length };
    }
    else if ("shard" in message) reply = { shard: message.shard, text: renderTokenShard(postings, message.shard), parkedRuns: postings.parkedRuns };
    else {
      postings.dispose();
      reply = { disposed: true };
    }
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  if (reply) parentPort?.postMessage(reply);
});
