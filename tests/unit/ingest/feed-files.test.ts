// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Item } from "../../../src/content/feed-schema";
import { parseFeedPage } from "../../../src/content/parse-feed-page";
import { checkReferences, renderItem, type FeedFile, type FeedOptions, type ReadyItem } from "../../../src/ingest/build/feed-pages";
import { stageFeed } from "../../../src/ingest/build/stage-feed";
import { observed, planOf, renderFeed, stageItems } from "../../utils/feed-files";
import { FeedWriter } from "../../../src/ingest/write-feed";
import { routeKey } from "../../../src/content/route-key";
import { ingestText, SEED } from "./helpers";
import { pageItems } from "../../../src/ingest/build/items";
import { parsePage } from "../../../src/ingest/parse/page";
import { shardOf } from "../../../src/content/item-index";

const dir = mkdtempSync(join(tmpdir(), "qingyue-feed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The ingest's second pass written with its writer, as the ingest does. */
async function writeFeed(dir: string, items: Item[], opts: FeedOptions): Promise<void> {
  const writer = await FeedWriter.open(dir);
  await stageItems(items, opts, (file) => writer.stage(file));
  await writer.commit();
}

/** The files of a feed of `items`, rendered as the second pass stages them. */
async function filesOf(items: Item[], opts: FeedOptions): Promise<FeedFile[]> {
  const files: FeedFile[] = [];
  await stageItems(items, opts, async (file) => {
    files.push(file);
  });
  return files;
}

const trending = (n: number): Item => ({
  id: `t-${n}`,
  url: `/posts/t-${n}`,
  content_text: `第${n}条`,
  _qingyue: { kind: "trending", text: `第${n}条`, truncated: true },
});

describe("rendering feed pages", () => {
  it("pages the items, links each page to the next with a relative next_url, and names people on page 1", async () => {
    const files = await renderFeed(Array.from({ length: 23 }, (_, i) => trending(i + 1)), { pageSize: 10, baseUrl: "" });
    // Pages are staged as soon as each is full; the writer puts page 1 in place last (below).
    expect([...files.keys()]).toEqual(["feed.json", "feed-2.json", "feed-3.json", "index-1.json", "topics-1.json", "search-docs-1.json", "search-1.json", "people.json"]);
    const pages = ["feed.json", "feed-2.json", "feed-3.json"].map((n) => JSON.parse(files.get(n) ?? "{}"));
    expect(pages.map((p) => [p.items.length, p.next_url, p._qingyue?.people_url, p._qingyue?.index_urls, p._qingyue?.topic_index_urls])).toEqual([
      [10, "feed-2.json", "people.json", ["index-1.json"], ["topics-1.json"]],
      [10, "feed-3.json", undefined, undefined, undefined],
      [3, undefined, undefined, undefined, undefined],
    ]);
    expect(pages[0]._qingyue.search).toEqual({ token_urls: ["search-1.json"], doc_urls: ["search-docs-1.json"], docs_per_shard: expect.any(Number), packing: 2 });
    expect(pages[0]).toMatchObject({ title: "轻阅", language: "zh-CN", home_page_url: "/", feed_url: "/feed/feed.json" });
    for (const p of pages) expect(parseFeedPage(p).dropped).toEqual([]);
    expect(files.get("feed.json")).toMatch(/^\{\n {2}"version": "https:\/\/jsonfeed\.org\/version\/1\.1",\n[\s\S]*\n\}\n$/);
  });

  it("writes an item index that finds every item's page through the shard its id hashes to", async () => {
    const items = Array.from({ length: 2_345 }, (_, i) => trending(i + 1));
    const files = await renderFeed(items, { pageSize: 20, baseUrl: "" });
    const page1 = JSON.parse(files.get("feed.json") ?? "{}");
    const shards: string[] = page1._qingyue.index_urls;
    expect(shards).toEqual(["index-1.json", "index-2.json", "index-3.json"]);
    const docs = shards.map((name) => JSON.parse(files.get(name) ?? "{}") as { version: 1; pages: Record<string, string> });
    expect(docs.reduce((n, d) => n + Object.keys(d.pages).length, 0)).toBe(items.length);
    for (const [n, item] of items.entries()) {
      const page = docs[shardOf(item.id, shards.length)]!.pages[item.id];
      expect(page, item.id).toBe(n < 20 ? "feed.json" : `feed-${Math.floor(n / 20) + 1}.json`);
      expect(JSON.parse(files.get(page!) ?? "{}").items.some((i: Item) => i.id === item.id)).toBe(true);
    }
  });

  it("writes a topic index that lists each topic's items in feed order, sharded by topic name", async () => {
    const tagged = (n: number, topics: string[]): Item => ({ ...trending(n), _qingyue: { kind: "trending", text: `第${n}条`, truncated: true, topics } });
    const items = Array.from({ length: 2_500 }, (_, i) => tagged(i + 1, [`话题${i % 1_200}`, ...(i % 2 === 0 ? ["双数"] : [])]));
    const files = await renderFeed(items, { pageSize: 50, baseUrl: "" });
    const shards: string[] = JSON.parse(files.get("feed.json") ?? "{}")._qingyue.topic_index_urls;
    expect(shards).toEqual(["topics-1.json", "topics-2.json"]);
    const lookup = (topic: string) => (JSON.parse(files.get(shards[shardOf(topic, shards.length)]!) ?? "{}") as { topics: Record<string, string[]> }).topics[topic];
    expect(lookup("话题7")).toEqual(["t-8", "t-1208", "t-2408"]);
    expect(lookup("双数")).toHaveLength(1_250);
    expect(lookup("双数")?.slice(0, 3)).toEqual(["t-1", "t-3", "t-5"]);
  });

  it("indexes an item and a topic a feed named __proto__ like any other", async () => {
    const odd: Item = { id: "__proto__", url: "/posts/__proto__", content_text: "第零条", _qingyue: { kind: "trending", text: "第零条", truncated: true, topics: ["__proto__"] } };
    const files = await renderFeed([odd, trending(1)], { pageSize: 10, baseUrl: "" });
    const index = JSON.parse(files.get("index-1.json") ?? "{}") as { pages: Record<string, string> };
    expect(Object.getOwnPropertyDescriptor(index.pages, routeKey("__proto__"))?.value).toBe("feed.json");
    const topics = JSON.parse(files.get("topics-1.json") ?? "{}") as { topics: Record<string, string[]> };
    expect(Object.getOwnPropertyDescriptor(topics.topics, "__proto__")?.value).toEqual(["__proto__"]);
  });

  it("makes every link absolute under --base-url", async () => {
    const { items } = ingestText("标题\n来源:某报\n\n正文第一段。\n", "https://qingyue.example");
    const files = await renderFeed([...items, ...Array.from({ length: 10 }, (_, i) => trending(i))], { pageSize: 10, baseUrl: "https://qingyue.example" });
    const page = JSON.parse(files.get("feed.json") ?? "{}");
    expect(page).toMatchObject({
      home_page_url: "https://qingyue.example/",
      feed_url: "https://qingyue.example/feed/feed.json",
      next_url: "https://qingyue.example/feed/feed-2.json",
    });
    expect(page.items[0].url).toBe(`https://qingyue.example/articles/${items[0]?.id}`);
  });

  it("refuses to render an item the contract rejects, or a fact pointing nowhere", async () => {
    const bad = { ...trending(1), id: "" };
    await expect(renderFeed([bad], { pageSize: 10, baseUrl: "" })).rejects.toThrow();
    const person = { id: "u-1", name: "某某", honours: ["最美检察官"], facts: [{ text: "某某。", item: "p-gone", paragraph: 1 }], items: ["p-gone"] };
    expect(() => checkReferences(new Set(["t-1"]), [person], new Set())).toThrow(/missing item p-gone/);
  });
});

describe("pages joined from items rendered where they were made", () => {
  /** The second pass over `ready`, as the ingest runs it, each file rendered. */
  async function stageReady(ready: ReadyItem[], items: Item[], opts: FeedOptions): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    await stageFeed(ready, planOf(items, opts), observed(items), async (file) => {
      files.set(file.name, file.render());
    });
    return files;
  }

  const odd: Item = {
    id: "p-odd",
    url: "/posts/p-odd",
    title: "标题\u2028“引号”\\",
    content_text: "第一段\u2029\n第二段",
    tags: [],
    _qingyue: { kind: "post", paragraphs: ["第一段\u2029", "第二段"], topics: [], links: [] },
  };

  it("are the bytes of the page rendered whole, and an item that gains people is rendered again", async () => {
    // The seed's posts present people its article names: attaching changes those items.
    const seed = pageItems(parsePage(readFileSync(SEED, "utf8")), { baseUrl: "" });
    const items = [...seed, odd, ...Array.from({ length: 12 }, (_, i) => trending(i))];
    const opts = { pageSize: 4, baseUrl: "" };
    // Rendered before the second pass, as the workers do; people are attached later.
    const ready = structuredClone(items).map((item) => ({ item, text: renderItem(item) }));
    const joined = await stageReady(ready, items, opts);
    expect(ready.some(({ item, text }) => renderItem(item) !== text)).toBe(true);
    const whole = await renderFeed(structuredClone(items), opts);
    expect([...joined.keys()]).toEqual([...whole.keys()]);
    expect(Object.fromEntries(joined)).toEqual(Object.fromEntries(whole));
    for (const [name, text] of joined) {
      if (name.startsWith("feed")) expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
    expect(JSON.parse(joined.get("feed.json") ?? "{}").items.some((item: Item) => item._qingyue.kind === "post" && item._qingyue.people)).toBe(true);
  });

  it("checks an item that comes without its rendering, and stops the run at the first that breaks the contract, naming it", async () => {
    const items = [...Array.from({ length: 12 }, (_, i) => trending(i)), { ...trending(12), title: "长".repeat(100_000) }];
    const ready: ReadyItem[] = items.map((item, i) => (i < 12 ? { item, text: renderItem(item) } : { item }));
    const out = join(dir, "broken");
    const writer = await FeedWriter.open(out);
    const run = async () => {
      try {
        await stageFeed(ready, planOf(items, { pageSize: 10, baseUrl: "" }), observed(items), (file) => writer.stage(file));
      } catch (error) {
        await writer.abort();
        throw error;
      }
      await writer.commit();
    };
    await expect(run()).rejects.toThrow(/^item t-12 breaks the feed contract: title: title is too long$/);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe("writing the feed", () => {
  it("writes every file, leaves no temp file, and removes pages past the new last one", async () => {
    const out = join(dir, "out");
    await writeFeed(out, Array.from({ length: 25 }, (_, i) => trending(i)), { pageSize: 10, baseUrl: "" });
    writeFileSync(join(out, "unrelated.txt"), "kept");
    // The search index's files are checked in their own tests; these are the pages and the other indexes.
    const ours = () => readdirSync(out).filter((n) => !n.startsWith("search-")).sort();
    expect(ours()).toEqual(["feed-2.json", "feed-3.json", "feed.json", "index-1.json", "people.json", "topics-1.json", "unrelated.txt"]);
    await writeFeed(out, Array.from({ length: 1_500 }, (_, i) => trending(i)), { pageSize: 500, baseUrl: "" });
    expect(ours()).toEqual([
      "feed-2.json", "feed-3.json", "feed.json", "index-1.json", "index-2.json", "people.json", "topics-1.json", "unrelated.txt",
    ]);
    const small = await renderFeed([trending(1)], { pageSize: 10, baseUrl: "" });
    await writeFeed(out, [trending(1)], { pageSize: 10, baseUrl: "" });
    expect(readdirSync(out).sort()).toEqual(["feed.json", "index-1.json", "people.json", "search-1.json", "search-docs-1.json", "topics-1.json", "unrelated.txt"]);
    expect(readFileSync(join(out, "feed.json"), "utf8")).toBe(small.get("feed.json"));
    expect(existsSync(join(out, "feed-2.json"))).toBe(false);
  });
});

describe("a write that fails part way", () => {
  it("leaves the feed that was there byte for byte, and no temp file", async () => {
    const out = join(dir, "failing");
    await writeFeed(out, Array.from({ length: 15 }, (_, i) => trending(i)), { pageSize: 10, baseUrl: "" });
    const snapshot = () => Object.fromEntries(readdirSync(out).sort().map((n) => [n, readFileSync(join(out, n), "utf8")]));
    const was = snapshot();
    const next = await filesOf(Array.from({ length: 35 }, (_, i) => trending(i + 100)), { pageSize: 10, baseUrl: "" });
    const writer = await FeedWriter.open(out);
    // As the ingest does: a failure while staging abandons everything staged.
    const stageAll = async () => {
      try {
        for (const [i, file] of next.entries()) {
          await writer.stage(i === 2 ? { name: file.name, render: () => { throw new Error("disk full"); } } : file);
        }
      } catch (error) {
        await writer.abort();
        throw error;
      }
      await writer.commit();
    };
    await expect(stageAll()).rejects.toThrow("disk full");
    expect(snapshot()).toEqual(was);
  });
});

describe("a file that cannot be written", () => {
  it("stops the run with the file and the cause in words, and leaves the feed that was there byte for byte", async () => {
    const out = join(dir, "unwritable");
    await writeFeed(out, Array.from({ length: 25 }, (_, i) => trending(i)), { pageSize: 10, baseUrl: "" });
    const snapshot = () => Object.fromEntries(readdirSync(out).filter((n) => !n.startsWith(".")).sort().map((n) => [n, readFileSync(join(out, n), "utf8")]));
    const was = snapshot();
    // A folder where feed-3.json's temp file would go: the write fails as on a full or read-only disk.
    mkdirSync(join(out, `.feed-3.json.${process.pid}.tmp`));
    const next = await filesOf(Array.from({ length: 35 }, (_, i) => trending(i + 100)), { pageSize: 10, baseUrl: "" });
    const writer = await FeedWriter.open(out);
    const run = async () => {
      for (const file of next) await writer.stage(file);
      await writer.commit();
    };
    await expect(run()).rejects.toThrow("没能写入 feed-3.json：那里已有一个同名的文件夹；输出文件夹里原有的内容没有改动");
    expect(snapshot()).toEqual(was);
    expect(readdirSync(out).filter((n) => n.endsWith(".tmp"))).toEqual([`.feed-3.json.${process.pid}.tmp`]);
  });
});
