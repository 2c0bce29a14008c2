// Reading the search index's files (token and story shards) through the contract's schemas:
// loaded with the first shard a query needs, not with the search page.
import * as v from "valibot";
import { SearchDocShardSchema, SearchTokenShardSchema } from "../../content/feed-schema";
import type { SearchDoc } from "../../content/search/index-builder";
import type { TokenShard } from "../../content/search/run-query";
import { fetchJson } from "../../lib/fetch-json";

async function readShard<T>(url: string, signal: AbortSignal, schema: v.GenericSchema<unknown, T>): Promise<T> {
  const parsed = v.safeParse(schema, await fetchJson(url, signal));
  if (!parsed.success) throw new Error(`搜索索引格式无效：${url}`);
  return parsed.output;
}

export const readTokenShard = async (url: string, signal: AbortSignal): Promise<TokenShard> => (await readShard(url, signal, SearchTokenShardSchema)).tokens;

export const readDocShard = async (url: string, signal: AbortSignal): Promise<SearchDoc[]> => (await readShard(url, signal, SearchDocShardSchema)).docs;
