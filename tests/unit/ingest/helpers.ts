// Shared by the ingest tests: the pure pipeline for one page, and fixture paths.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import * as v from "valibot";
import { ItemSchema, type ArticleItem, type Item, type Person, type PostItem } from "../../../src/content/feed-schema";
import { pageItems } from "../../../src/ingest/build/items";
import { dataEvents, readDataFile, type DataEvent, type StoryPage } from "../../../src/ingest/data-files";
import { PeopleIndex } from "../../../src/ingest/build/people-index";
import { parsePage } from "../../../src/ingest/parse/page";
import { readPage } from "../../../src/ingest/read-page";

export const ROOT = join(import.meta.dirname, "..", "..", "..");
export const SEED = join(ROOT, "data", "seed", "000_750350f1159c91f2.txt");
export const FIXTURES = join(ROOT, "tests", "fixtures", "pages");

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

/** Parse → items → people for one page, as the ingest does (without I/O). */
export function ingestText(text: string, baseUrl = ""): { items: Item[]; people: Person[] } {
  const items = pageItems(parsePage(text), { baseUrl });
  // The ingest's two passes over the same items: observe every one, then attach every one.
  const index = new PeopleIndex();
  for (const item of items) index.observe(item);
  for (const item of items) index.attach(item);
  return { items, people: index.people() };
}

export function byKind<K extends Item["_qingyue"]["kind"]>(items: readonly Item[], kind: K) {
  return items.filter((i): i is Item & { _qingyue: Extract<Item["_qingyue"], { kind: K }> } => i._qingyue.kind === kind);
}

/** A data file's event, never a story page: those come only from a JSON list of news records. */
export function dataOnly(event: DataEvent | StoryPage): DataEvent {
  if ("kind" in event) throw new Error(`${event.name} was read as a news story, not as data`);
  return event;
}

/** The posts of a Weibo fixture file (tests/fixtures/weibo), each checked against the contract; the file must read whole. */
export async function weiboFixturePosts(name: string): Promise<PostItem[]> {
  const items = [];
  for await (const event of readDataFile(join(ROOT, "tests", "fixtures", "weibo", name), { baseUrl: "" })) {
    const data = dataOnly(event);
    expect(data.ok ? "" : data.reason).toBe("");
    if (data.ok) items.push(...data.items);
  }
  for (const item of items) expect(v.safeParse(ItemSchema, item).issues).toBeUndefined();
  return items as PostItem[];
}

/** The post of that id, or an error naming the ids there are. */
export function postById(items: readonly PostItem[], id: string): PostItem {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}; have ${items.map((i) => i.id).join(", ")}`);
  return found;
}

/** An article's paragraphs in reading order, through all its sections. */
export const paragraphs = (item: ArticleItem): string[] => item._qingyue.sections.flatMap((s) => s.paragraphs);

/** Three paragraphs of a local news story, for pages built around them. */
export const HARVEST_STORY = [
  "金秋九月，青山县各地的稻田一片金黄，农民们抢抓晴好天气收割晚稻，田间地头处处是丰收的景象。",
  "在东河镇的示范基地，一台台收割机来回穿梭，稻谷经过脱粒后直接装车运往烘干中心，整个过程不到半个小时。",
  "县农业农村局负责人介绍，今年全县晚稻种植面积达到十二万亩，预计总产量比去年增长百分之五以上。",
];

/** The events a feed's text (or its bytes) gives, read as a feed file (or as a `.json` data file). */
export async function feedEvents(text: string | Uint8Array, kind: "feed" | "json" = "feed"): Promise<DataEvent[]> {
  const found: DataEvent[] = [];
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  for await (const event of dataEvents(kind === "json" ? "feed.json" : "feed.xml", bytes, kind, { baseUrl: "" })) if (!("kind" in event)) found.push(event);
  return found;
}

/** The items a feed's text gives, each checked against the contract. */
export async function feedItems(text: string, kind: "feed" | "json" = "feed"): Promise<Item[]> {
  const items = (await feedEvents(text, kind)).flatMap((e) => (e.ok ? e.items : []));
  for (const item of items) expect(v.safeParse(ItemSchema, item).issues).toBeUndefined();
  return items;
}

/** An RSS 2.0 feed of the given items, with the Dublin Core and iTunes namespaces declared. */
export const rssFeed = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel><title>小站</title><link>https://example.org/</link>${items}</channel></rss>`;

/** The one article an HTML page gives (a page that gives none, or more, fails the test). */
export async function htmlArticle(html: string): Promise<ArticleItem> {
  const result = await readPage({ kind: "html", text: html, baseUrl: "" });
  if ("reason" in result) throw new Error(result.reason);
  expect(result.items).toHaveLength(1);
  return result.items[0]?.item as ArticleItem;
}

/** Lines as the <p> paragraphs of a page. */
export const paragraphsHtml = (lines: readonly string[]) => lines.map((p) => `<p>${p}</p>`).join("\n");
