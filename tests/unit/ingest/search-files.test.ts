// @vitest-environment node
import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { ItemSchema, SearchDocShardSchema, SearchTokenShardSchema, type Item } from "../../../src/content/feed-schema";
import { SearchFilesBuilder } from "../../../src/ingest/build/search-files";
import { SearchPostings } from "../../../src/ingest/build/search-postings";
import { docShardsFor, queryShards } from "../../../src/content/search/run-query";
import { parseQuery, shardsForQuery } from "../../../src/content/search/terms";
import { SearchIndexBuilder } from "../../../src/content/search/index-builder";
import { itemSearchDoc } from "../../../src/content/search/item-text";
import { unpackPosting } from "../../../src/content/search/postings";
import { post, trending } from "../../fixtures/feed-builders";

const items: Item[] = Array.from({ length: 60 }, (_, i) =>
  v.parse(ItemSchema, i % 3 === 0 ? trending(`t${i}`, `第${i}条热门，说到检察官`) : post(`p${i}`, `第${i}条微博${i === 31 ? "，今天去了鄯善" : ""}`)),
);

function build(heldBytes?: number) {
  const builder = SearchFilesBuilder.forFeed(items.length, 6_000 * 3, { heldBytes });
  try {
    const files = items.flatMap((item) => builder.add(item) ?? []);
    files.push(...builder.finish());
    const rendered = new Map(files.map((f) => [f.name, f.render()]));
    return {
      ref: builder.ref(),
      parkedRuns: builder.parkedRuns,
      rendered,
      files: new Map([...rendered].map(([name, text]) => [name, JSON.parse(text) as unknown])),
    };
  } finally {
    builder.dispose();
  }
}

describe("the search index as files", () => {
  it("writes every shard page 1 names, each valid by the contract", () => {
    const { ref, files } = build();
    expect([...files.keys()].sort()).toEqual([...ref.token_urls, ...ref.doc_urls].sort());
    expect(ref.token_urls).toHaveLength(3);
    for (const name of ref.token_urls) v.parse(SearchTokenShardSchema, files.get(name));
    const docs = ref.doc_urls.flatMap((name) => v.parse(SearchDocShardSchema, files.get(name)).docs);
    expect(docs.map((d) => d.id)).toEqual(items.map((i) => i.id));
  });

  it("answers a query from only the token shards it needs, and finds the stories in their story shards", () => {
    const { ref, files } = build();
    const terms = parseQuery("鄯善");
    const needed = shardsForQuery(terms, ref.token_urls.length);
    expect(needed.length).toBe(1);
    const shards = new Map(needed.map((n) => [n, v.parse(SearchTokenShardSchema, files.get(ref.token_urls[n]!)).tokens]));
    const hits = queryShards(terms, shards, ref.token_urls.length);
    expect(hits.map((h) => h.doc)).toEqual([31]);
    const [shard] = docShardsFor(hits, ref.docs_per_shard);
    const doc = v.parse(SearchDocShardSchema, files.get(ref.doc_urls[shard!]!)).docs[31 % ref.docs_per_shard];
    expect(doc?.id).toBe("p31");
    expect(queryShards(parseQuery("检察官"), new Map([...shardsForQuery(parseQuery("检察官"), 3)].map((n) => [n, v.parse(SearchTokenShardSchema, files.get(ref.token_urls[n]!)).tokens])), 3)).toHaveLength(20);
  });

  it("writes each posting as the index builder packs it", () => {
    const { ref, files } = build();
    const index = new SearchIndexBuilder();
    for (const item of items) index.add(itemSearchDoc(item));
    const written = new Map(ref.token_urls.flatMap((name) => Object.entries(v.parse(SearchTokenShardSchema, files.get(name)).tokens)));
    expect([...written.keys()].sort()).toEqual([...index.keys()].sort());
    for (const [key, packed] of written) expect(unpackPosting(packed)).toEqual(index.lookup(key));
  });

  it("packs a pair that stands once in a story's text as its story and that one place", () => {
    const { ref, files } = build();
    const tokens = Object.assign({}, ...ref.token_urls.map((name) => v.parse(SearchTokenShardSchema, files.get(name)).tokens)) as Record<string, string>;
    // 鄯善 stands once, in story 31 (a post): 第 31 条 微 博 are units 0–4, the comma leaves a hole, 今天去了 are 6–9.
    expect(unpackPosting(tokens["鄯善"]!)).toEqual([31 * 8 + 4 + 1, 10]);
    // 检察 stands once in each trending story: one head and one place each, not a count of places too.
    expect(unpackPosting(tokens["检察"]!)).toHaveLength(2 * 20);
  });

  it("reads every kind of character into the units and pairs the index builder makes", () => {
    const texts = [
      "ＡＢＣ全角字母１２３与HALF-width Words、数字2019年",
      "Ǆ ǅ ǆ ﬁ ẞ straße İstanbul Ⅻ ㍿ ＂引号＂",
      "emoji 😀👍🏽 旁边，補足 𠮷野家 𝐀𝐁 \ud800孤 \udc00 孤",
      "ひらがな カタカナ ｶﾀｶﾅ 한국어 한국 テスト",
      `长词 ${"x".repeat(64)} ${"y".repeat(65)} 后面 ${"长".repeat(3)}`,
      "重复重复重复，重复。检察官检察官 a a a",
      "",
    ];
    const docs = texts.map((text, i) => ({ id: `p${i}`, kind: "post" as const, text, ...(i % 2 === 0 ? { title: texts[(i + 1) % texts.length]! } : {}) }));
    const postings = new SearchPostings(1);
    const index = new SearchIndexBuilder();
    try {
      for (const doc of docs) {
        postings.add(doc);
        index.add(doc);
      }
      const shard = postings.shard(0);
      expect(shard.map(([key]) => key)).toEqual([...index.keys()]);
      for (const [key, packed] of shard) expect(unpackPosting(packed)).toEqual(index.lookup(key));
    } finally {
      postings.dispose();
    }
  });

  it("writes the same bytes when its postings outgrow memory and are parked on disk", () => {
    const held = build();
    const parked = build(64);
    expect(held.parkedRuns).toBe(0);
    expect(parked.parkedRuns).toBeGreaterThan(2);
    expect(parked.rendered).toEqual(held.rendered);
  });

  it("writes the same files when the index is built on a thread of its own, parked or not", async () => {
    const here = build().rendered;
    for (const heldBytes of [undefined, 64]) {
      const builder = SearchFilesBuilder.forFeed(items.length, 6_000 * 3, { thread: true, heldBytes });
      try {
        const rendered = new Map<string, string>();
        for (const item of items) {
          const docs = builder.add(item);
          if (docs) rendered.set(docs.name, docs.render());
          await builder.caughtUp();
        }
        for await (const file of builder.files()) rendered.set(file.name, file.render());
        expect([...rendered.keys()]).toEqual([...here.keys()]);
        expect(rendered).toEqual(here);
        if (heldBytes !== undefined) expect(builder.parkedRuns).toBeGreaterThan(2);
      } finally {
        await builder.dispose();
      }
    }
  });

  it("refuses more items than it was sized for", () => {
    const builder = SearchFilesBuilder.forFeed(1, 10);
    builder.add(items[0]!);
    expect(() => builder.add(items[1]!)).toThrow(/more items/);
  });
});
