// Searching the feed. With the index the ingest writes (page 1's `_qingyue.search`), a query
// fetches only the token shards its terms hash to, then the feed pages that hold the results
// it shows (the pages a reader opening them reads too). A feed without one (any other
// publisher's JSON Feed) is read page by page, once a session, and indexed the same way in
// the browser.
import { queryOptions } from "@tanstack/react-query";
import type { SearchIndexRef } from "../../content/feed-schema";
import type { SearchIndexBuilder, SearchDoc } from "../../content/search/index-builder";
import type { RankedHit } from "../../content/search/rank";
import { docPagesFor, queryShards, type TokenShard } from "../../content/search/run-query";
import { pageFileName } from "../../content/paging";
import { POSTINGS_PACKING } from "../../content/search/postings";
import { searchIndex } from "../../content/search/search";
import { parseQuery, shardsForQuery, type Term } from "../../content/search/terms";
import { feedPageQuery, firstPageQuery, walkFeed, type LoadedPage } from "../../lib/feed-pages";
import { readShard, sameSite } from "../../lib/item-index";
import { uniqueById } from "../../content/paging";
import type { Item } from "../../content/feed-schema";

/** Where the feed's stories are searched: its index files, or an index made here from its pages. */
export type SearchSource =
  | { kind: "shards"; tokenUrls: string[]; firstPageUrl: string; storiesPerPage: number }
  | { kind: "pages"; index: SearchIndexBuilder; docs: SearchDoc[] };

/** The index page 1 names, packed as this app reads it, with every shard on the feed's own site; else undefined (read the pages). */
function shardSource(first: LoadedPage, ref: SearchIndexRef | undefined): SearchSource | undefined {
  if (ref === undefined || ref.packing !== POSTINGS_PACKING || ref.stories_per_page === undefined) return undefined;
  const tokenUrls = ref.token_urls.map((r) => sameSite(r, first.url));
  if (tokenUrls.includes(undefined)) return undefined;
  return { kind: "shards", tokenUrls: tokenUrls as string[], firstPageUrl: first.url, storiesPerPage: ref.stories_per_page };
}

export const searchSourceQuery = () =>
  queryOptions({
    queryKey: ["search-source"],
    queryFn: async ({ client }): Promise<SearchSource> => {
      const first: LoadedPage = await client.fetchQuery(firstPageQuery());
      const shards = shardSource(first, first.page._qingyue?.search);
      if (shards) return shards;
      const indexing = import("./index-pages");
      const pages: Item[][] = [];
      for await (const { page } of walkFeed(client)) pages.push(page.items);
      return { kind: "pages", ...(await indexing).indexItems(uniqueById(pages)) };
    },
    staleTime: Infinity,
  });

export const searchTokenShardQuery = (url: string) =>
  queryOptions({
    queryKey: ["search-tokens", url],
    queryFn: async ({ signal }): Promise<TokenShard> => (await readShard(url, signal, (s) => s.SearchTokenShardSchema, "搜索索引")).tokens,
    staleTime: Infinity,
  });

export interface SearchResults {
  terms: Term[];
  hits: RankedHit[];
  /** How the feed was searched: its own index, or its pages read here. */
  via: SearchSource["kind"];
}

/** The stories that hold every term of `q`, best first. */
export const searchQuery = (q: string) =>
  queryOptions({
    queryKey: ["search", q],
    queryFn: async ({ client }): Promise<SearchResults> => {
      const terms = parseQuery(q);
      const source = await client.fetchQuery(searchSourceQuery());
      if (terms.length === 0) return { terms, hits: [], via: source.kind };
      if (source.kind === "pages") return { terms, hits: searchIndex(terms, (key) => source.index.lookup(key)), via: "pages" };
      const needed = shardsForQuery(terms, source.tokenUrls.length);
      const loaded = await Promise.all(needed.map((n) => client.fetchQuery(searchTokenShardQuery(source.tokenUrls[n]!))));
      const shards = new Map(needed.map((n, i) => [n, loaded[i]!]));
      return { terms, hits: queryShards(terms, shards, source.tokenUrls.length), via: "shards" };
    },
    staleTime: Infinity,
  });

/** Page `n` (0-based) of an indexed feed, as the ingest names it beside page 1. */
function pageUrl(source: Extract<SearchSource, { kind: "shards" }>, n: number): string | undefined {
  return n === 0 ? source.firstPageUrl : sameSite(pageFileName(n + 1), source.firstPageUrl);
}

/** The stories of these results, in their order (from the feed pages that hold them, or the pages read). */
export const searchDocsQuery = (docs: readonly number[]) =>
  queryOptions({
    queryKey: ["search-results", ...docs],
    queryFn: async ({ client }): Promise<SearchDoc[]> => {
      const source = await client.fetchQuery(searchSourceQuery());
      if (source.kind === "pages") return docs.map((n) => source.docs[n]!);
      const per = source.storiesPerPage;
      const pageNumbers = docPagesFor(docs.map((doc) => ({ doc })), per);
      const [{ itemSearchDoc }, ...loaded] = await Promise.all([
        import("../../content/search/item-text"),
        ...pageNumbers.map(async (n) => {
          const url = pageUrl(source, n);
          return url === undefined ? undefined : client.fetchQuery(feedPageQuery(url));
        }),
      ]);
      const byPage = new Map(pageNumbers.map((n, i) => [n, loaded[i]]));
      return docs.map((n) => {
        const page = byPage.get(Math.floor(n / per));
        // A page that dropped an item no longer holds each story at its place.
        const item = page !== undefined && page.dropped.length === 0 ? page.items[n % per] : undefined;
        if (!item) throw new Error("搜索索引与订阅源不一致");
        return itemSearchDoc(item);
      });
    },
    staleTime: Infinity,
  });
