// Searching the feed. With the index the ingest writes (page 1's `_qingyue.search`), a query
// fetches only the token shards its terms hash to, then the story shards of the results it
// shows. A feed without one (any other publisher's JSON Feed) is read page by page, once a
// session, and indexed the same way in the browser.
import { queryOptions } from "@tanstack/react-query";
import type { SearchIndexRef } from "../../content/feed-schema";
import type { SearchIndexBuilder, SearchDoc } from "../../content/search/index-builder";
import type { RankedHit } from "../../content/search/rank";
import { docShardsFor, queryShards, type TokenShard } from "../../content/search/run-query";
import { POSTINGS_PACKING } from "../../content/search/postings";
import { searchIndex } from "../../content/search/search";
import { parseQuery, shardsForQuery, type Term } from "../../content/search/terms";
import { firstPageQuery, walkFeed, type LoadedPage } from "../../lib/feed-pages";
import { readShard, sameSite } from "../../lib/item-index";
import { uniqueById } from "../../content/paging";
import type { Item } from "../../content/feed-schema";

/** Where the feed's stories are searched: its index files, or an index made here from its pages. */
export type SearchSource =
  | { kind: "shards"; tokenUrls: string[]; docUrls: string[]; docsPerShard: number }
  | { kind: "pages"; index: SearchIndexBuilder; docs: SearchDoc[]; why: PagesReason };

/** Why the pages were read: the feed names no index, names one packed another way (an older ingest's), or one on another site. */
export type PagesReason = "no-index" | "other-packing" | "elsewhere";

/** The index page 1 names, packed as this app reads it, with every shard on the feed's own site; else why the pages are read instead. */
function shardSource(first: LoadedPage, ref: SearchIndexRef | undefined): Extract<SearchSource, { kind: "shards" }> | PagesReason {
  if (ref === undefined) return "no-index";
  if (ref.packing !== POSTINGS_PACKING) return "other-packing";
  const tokenUrls = ref.token_urls.map((r) => sameSite(r, first.url));
  const docUrls = ref.doc_urls.map((r) => sameSite(r, first.url));
  if (tokenUrls.includes(undefined) || docUrls.includes(undefined)) return "elsewhere";
  return { kind: "shards", tokenUrls: tokenUrls as string[], docUrls: docUrls as string[], docsPerShard: ref.docs_per_shard };
}

export const searchSourceQuery = () =>
  queryOptions({
    queryKey: ["search-source"],
    queryFn: async ({ client }): Promise<SearchSource> => {
      const first: LoadedPage = await client.fetchQuery(firstPageQuery());
      const shards = shardSource(first, first.page._qingyue?.search);
      if (typeof shards !== "string") return shards;
      const indexing = import("./index-pages");
      const pages: Item[][] = [];
      for await (const { page } of walkFeed(client)) pages.push(page.items);
      return { kind: "pages", ...(await indexing).indexItems(uniqueById(pages)), why: shards };
    },
    staleTime: Infinity,
  });

export const searchTokenShardQuery = (url: string) =>
  queryOptions({
    queryKey: ["search-tokens", url],
    queryFn: async ({ signal }): Promise<TokenShard> => (await readShard(url, signal, (s) => s.SearchTokenShardSchema, "搜索索引")).tokens,
    staleTime: Infinity,
  });

export const searchDocShardQuery = (url: string) =>
  queryOptions({
    queryKey: ["search-docs", url],
    queryFn: async ({ signal }): Promise<SearchDoc[]> => (await readShard(url, signal, (s) => s.SearchDocShardSchema, "搜索索引")).docs,
    staleTime: Infinity,
  });

export interface SearchResults {
  terms: Term[];
  hits: RankedHit[];
  /** How the feed was searched: its own index, or its pages read here (and why). */
  via: "shards" | PagesReason;
}

/** The stories that hold every term of `q`, best first. */
export const searchQuery = (q: string) =>
  queryOptions({
    queryKey: ["search", q],
    queryFn: async ({ client }): Promise<SearchResults> => {
      const terms = parseQuery(q);
      const source = await client.fetchQuery(searchSourceQuery());
      const via = source.kind === "pages" ? source.why : "shards";
      if (terms.length === 0) return { terms, hits: [], via };
      if (source.kind === "pages") return { terms, hits: searchIndex(terms, (key) => source.index.lookup(key)), via };
      const needed = shardsForQuery(terms, source.tokenUrls.length);
      const loaded = await Promise.all(needed.map((n) => client.fetchQuery(searchTokenShardQuery(source.tokenUrls[n]!))));
      const shards = new Map(needed.map((n, i) => [n, loaded[i]!]));
      return { terms, hits: queryShards(terms, shards, source.tokenUrls.length), via: "shards" };
    },
    staleTime: Infinity,
  });

/** The stories of these results, in their order (from the story shards, or the pages read). */
export const searchDocsQuery = (docs: readonly number[]) =>
  queryOptions({
    queryKey: ["search-results", ...docs],
    queryFn: async ({ client }): Promise<SearchDoc[]> => {
      const source = await client.fetchQuery(searchSourceQuery());
      if (source.kind === "pages") return docs.map((n) => source.docs[n]!);
      const shardNumbers = docShardsFor(docs.map((doc) => ({ doc })), source.docsPerShard);
      const loaded = await Promise.all(shardNumbers.map((n) => client.fetchQuery(searchDocShardQuery(source.docUrls[n]!))));
      const byShard = new Map(shardNumbers.map((n, i) => [n, loaded[i]!]));
      return docs.map((n) => {
        const doc = byShard.get(Math.floor(n / source.docsPerShard))?.[n % source.docsPerShard];
        if (!doc) throw new Error("搜索索引与订阅源不一致");
        return doc;
      });
    },
    staleTime: Infinity,
  });
