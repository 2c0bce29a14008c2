// The ingest, start to finish: stream the inputs, parse each page, park its items on disk (never
// the raw text), build the people index, stage and check every page, then put them all in place.
import { ItemSchema, type Item, type Person } from "../content/feed-schema";
import { problemWith } from "./build/check";
import { pageItems } from "./build/items";
import { PeopleIndex } from "./build/people-index";
import { checkReferences, feedPageFile, ItemIndexBuilder, peopleFile, peopleNamedBy, TopicIndexBuilder } from "./build/feed-pages";
import { itemTopics } from "../content/item-topics";
import { searchChars, SearchFilesBuilder } from "./build/search-files";
import { ItemSpill } from "./build/spill";
import { readInputs } from "./inputs";
import { parsePage } from "./parse/page";
import { FeedWriter } from "./write-feed";

export interface IngestOptions {
  inputs: readonly string[];
  out: string;
  pageSize: number;
  baseUrl: string;
  /** Diagnostics and progress (stderr in the CLI). */
  log: (line: string) => void;
  /** How often to report progress while reading; once a second unless told. */
  progressEveryMs?: number;
}

export interface IngestResult {
  pages: number;
  bytes: number;
  failures: { name: string; reason: string }[];
  items: number;
  counts: Record<Item["_qingyue"]["kind"], number>;
  duplicates: number;
  people: number;
  files: string[];
  /** False when no page was usable: then nothing at all is written. */
  written: boolean;
  /** Milliseconds spent reading and parsing, building people and checking pages, and writing. */
  timings: { read: number; build: number; write: number };
}


export async function ingest(opts: IngestOptions): Promise<IngestResult> {
  const spill = await ItemSpill.open();
  try {
    return await ingestThrough(spill, opts);
  } finally {
    await spill.dispose();
  }
}

/**
 * Two passes, memory flat whatever the corpus: the first streams the inputs, parses each page
 * and parks its items on disk; the second reads them back, adds what the people index found,
 * and stages each page as soon as it is full. Nothing is renamed into place until every file
 * has been checked and written.
 */
async function ingestThrough(spill: ItemSpill, opts: IngestOptions): Promise<IngestResult> {
  const peopleIndex = new PeopleIndex();
  let itemCount = 0;
  let searchText = 0;
  const seen = new Set<string>();
  const failures: IngestResult["failures"] = [];
  const counts = { article: 0, post: 0, trending: 0 };
  let pages = 0;
  let bytes = 0;
  let duplicates = 0;
  // Pass 1 counts the topics so that page 1, written early in pass 2, can name the topic shards.
  const topicsSeen = new Set<string>();
  const started = performance.now();
  let lastReport = Date.now();
  const fail = (name: string, reason: string) => {
    failures.push({ name, reason });
    opts.log(`ingest: skipped ${name}: ${reason}`);
  };
  for await (const input of readInputs(opts.inputs)) {
    if (!input.ok) {
      fail(input.name, input.reason);
      continue;
    }
    bytes += input.bytes;
    const ctx = { baseUrl: opts.baseUrl, ...(input.externalUrl !== undefined ? { externalUrl: input.externalUrl } : {}) };
    const made = pageItems(parsePage(input.text), ctx);
    if (made.length === 0) {
      fail(input.name, "nothing recognisable (no article, post or list)");
      continue;
    }
    pages += 1;
    const kept: Item[] = [];
    for (const item of made) {
      const problem = problemWith(ItemSchema, item);
      if (problem !== undefined) {
        fail(input.name, `${item.id} left out: ${problem}`);
        continue;
      }
      // Same content, same id: the second copy of a story is a duplicate, not a new story.
      if (seen.has(item.id)) {
        duplicates += 1;
        continue;
      }
      seen.add(item.id);
      kept.push(item);
      peopleIndex.observe(item);
      for (const topic of itemTopics(item)) topicsSeen.add(topic);
      searchText += searchChars(item);
      itemCount += 1;
      counts[item._qingyue.kind] += 1;
    }
    await spill.add(kept);
    if (Date.now() - lastReport >= (opts.progressEveryMs ?? 1000)) {
      lastReport = Date.now();
      opts.log(`ingest: ${pages} pages, ${(bytes / 1e6).toFixed(1)} MB read, ${itemCount} items so far`);
    }
  }
  const base = { pages, bytes, failures, items: itemCount, counts, duplicates };
  const read = performance.now() - started;
  if (itemCount === 0) return { ...base, people: 0, files: [], written: false, timings: { read, build: 0, write: 0 } };

  const writer = await FeedWriter.open(opts.out);
  const feedOptions = { pageSize: opts.pageSize, baseUrl: opts.baseUrl };
  const pageCount = Math.ceil(itemCount / opts.pageSize);
  const index = ItemIndexBuilder.forItems(itemCount);
  const topics = TopicIndexBuilder.forTopics(topicsSeen.size);
  const search = SearchFilesBuilder.forFeed(itemCount, searchText);
  const files: string[] = [];
  let people: Person[];
  try {
    const named = new Set<string>();
    let page: Item[] = [];
    const stagePage = async () => {
      const file = feedPageFile(files.length + 1, pageCount, page, feedOptions, { items: index.names(), topics: topics.names(), search: search.ref() });
      for (const item of page) index.add(item.id, file.name);
      await writer.stage(file);
      files.push(file.name);
      page = [];
    };
    for await (const item of spill.items()) {
      peopleIndex.attach(item);
      topics.add(item);
      const docs = search.add(item);
      if (docs) await writer.stage(docs);
      for (const id of peopleNamedBy(item)) named.add(id);
      page.push(item);
      if (page.length === opts.pageSize) await stagePage();
    }
    if (page.length > 0) await stagePage();
    people = peopleIndex.people();
    checkReferences(seen, people, named);
    for (const file of [...index.files(), ...topics.files(), ...search.finish(), peopleFile(people)]) {
      await writer.stage(file);
      files.push(file.name);
    }
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const build = performance.now() - started - read;
  await writer.commit();
  const write = performance.now() - started - read - build;
  return { ...base, people: people.length, files, written: true, timings: { read, build, write } };
}
