// The ingest, start to finish: stream the inputs, parse each page, park its items on disk (never
// the raw text), build the people index, stage and check every page, then put them all in place.
import type { Item, Person } from "../content/feed-schema";
import { checkedItemText, renderItem, type ReadyItem } from "./build/feed-pages";
import { PeopleIndex } from "./build/people-index";
import { stageFeed } from "./build/stage-feed";
import { itemTopics } from "../content/item-topics";
import { searchChars } from "./build/search-files";
import { ItemSpill } from "./build/spill";
import type { FetchLimits } from "./fetch-page";
import { readInputs, type InputEvent } from "./inputs";
import { leftOut, type PageResult } from "./read-page";
import { defaultWorkers, PagePool } from "./work/pool";
import { WeiboBook } from "./weibo/book";
import { PictureStore, type PictureOptions } from "./images/picture-store";
import { wellFormed } from "./well-formed";
import { FeedWriter } from "./write-feed";

export interface IngestOptions {
  inputs: readonly string[];
  out: string;
  pageSize: number;
  baseUrl: string;
  /** Diagnostics and progress (stderr in the CLI). */
  log: (line: string) => void;
  /** Save every picture under this folder and point the feed at the site's copies. */
  images?: PictureOptions;
  /** How often to report progress while reading; once a second unless told. */
  progressEveryMs?: number;
  /** Worker threads reading pages; 0 reads them on this thread. One per core unless told. */
  workers?: number;
  /** Milliseconds a page may take to read before it is named and skipped (PAGE_TIME_LIMIT_MS unless told). */
  pageTimeLimitMs?: number;
  /** Limits on fetching an http(s) input. */
  fetchLimits?: FetchLimits;
}

/** Pages read ahead of the one being stored: enough to keep every worker busy, few enough to stay small. */
const READ_AHEAD = 64;
const READ_AHEAD_BYTES = 64 * 1024 * 1024;

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


/** A file name or address as the log shows it: a line break or other control character in it is written as an escape, so one line stays one input. */
const shown = (name: string) => name.replace(/\p{Cc}/gu, (c) => JSON.stringify(c).slice(1, -1));

export async function ingest(opts: IngestOptions): Promise<IngestResult> {
  const spill = await ItemSpill.open();
  const pool = PagePool.open(opts.workers ?? defaultWorkers(), opts.pageTimeLimitMs);
  try {
    return await ingestThrough(spill, pool, opts);
  } finally {
    await Promise.all([spill.dispose(), pool.close()]);
  }
}

/**
 * Two passes, memory flat whatever the corpus: the first streams the inputs, parses each page
 * and parks its items on disk; the second reads them back, adds what the people index found,
 * and stages each page as soon as it is full. Nothing is renamed into place until every file
 * has been checked and written.
 */
async function ingestThrough(spill: ItemSpill, pool: PagePool, opts: IngestOptions): Promise<IngestResult> {
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
    opts.log(`ingest: 已跳过 ${shown(name)}：${reason}`);
  };
  /** A part of an input left out while the rest is kept: its reason says what was not kept, the note (if the reason does not) that the rest was. */
  const failPart = (name: string, reason: string, note = "") => {
    failures.push({ name, reason });
    opts.log(`ingest: ${shown(name)}：${reason}${note}`);
  };
  const book = new WeiboBook();
  const pictures = opts.images ? await PictureStore.open(opts.images) : undefined;
  const pictureFailures = new Set<string>();
  // A picture that cannot be had is named once, however many stories show it.
  const pictureFailed = (input: string, { url, reason }: { url: string; reason: string }) => {
    if (pictureFailures.has(url)) return;
    pictureFailures.add(url);
    failures.push({ name: url, reason });
    opts.log(`ingest: ${shown(input)}: 图片没能保存，保留原地址 ${shown(url)}：${reason}`);
  };
  /** The items of a data file (Weibo data, a feed), checked; what it set aside is said. */
  const dataItems = async (input: Extract<InputEvent, { items: Item[] }>): Promise<Item[]> => {
    for (const note of input.notes) opts.log(`ingest: ${shown(input.name)}: ${note}`);
    for (const problem of input.problems ?? []) failPart(input.name, problem);
    for (const profile of input.profiles.map(wellFormed)) {
      // A profile's avatar is a picture the posts will show: it is saved like theirs.
      const avatar = pictures && profile.avatar ? await pictures.localUrl(profile.avatar) : undefined;
      if (avatar?.failure) pictureFailed(input.name, avatar.failure);
      book.addProfile(avatar ? { ...profile, avatar: avatar.url } : profile);
    }
    for (const long of input.longTexts.map(wellFormed)) book.addLongText(long);
    return input.items.map(wellFormed).filter((item) => {
      const problem = leftOut(item);
      if (problem !== undefined) failPart(input.name, problem);
      return problem === undefined;
    });
  };
  /** Stores one input's items, in input order whatever order the workers finish in. */
  const store = async (input: InputEvent, result: PageResult | undefined) => {
    if (!input.ok) {
      fail(input.name, input.reason);
      return;
    }
    bytes += input.bytes;
    let made: Required<ReadyItem>[];
    if ("items" in input) {
      made = (await dataItems(input)).map((item) => ({ item, text: renderItem(item) }));
      if (made.length === 0) return;
    } else {
      for (const note of input.notes ?? []) opts.log(`ingest: ${shown(input.name)}: ${note}`);
      if (result === undefined) return;
      if ("reason" in result) {
        fail(input.name, result.reason);
        return;
      }
      // A page read in part is kept, and said to be.
      for (const problem of result.problems) {
        if (result.items.length > 0) failPart(input.name, problem, "，其余内容照常收入");
        else fail(input.name, problem);
      }
      made = result.items;
    }
    if (pictures) {
      // Pointed at the site's copies, an item is checked and rendered again.
      const localised: Required<ReadyItem>[] = [];
      for (const { item } of made) {
        const done = await pictures.localise(item);
        localised.push({ item: done.item, text: checkedItemText(done.item) });
        for (const failure of done.failures) pictureFailed(input.name, failure);
      }
      made = localised;
    }
    if (!("continued" in input && input.continued)) pages += 1;
    const kept: string[] = [];
    for (const { item, text } of made) {
      // Same content, same id: the second copy of a story is a duplicate, not a new story.
      if (seen.has(item.id)) {
        duplicates += 1;
        continue;
      }
      seen.add(item.id);
      kept.push(text);
      peopleIndex.observe(item);
      for (const topic of itemTopics(item)) topicsSeen.add(topic);
      searchText += searchChars(item);
      itemCount += 1;
      counts[item._qingyue.kind] += 1;
    }
    spill.add(kept);
    if (Date.now() - lastReport >= (opts.progressEveryMs ?? 1000)) {
      lastReport = Date.now();
      opts.log(`ingest: 已读 ${pages} 个页面（${(bytes / 1e6).toFixed(1)} MB），到此 ${itemCount} 条`);
    }
  };
  const queue: { input: InputEvent; result?: Promise<PageResult> }[] = [];
  let queuedBytes = 0;
  const storeFirst = async () => {
    const head = queue.shift();
    if (head === undefined) return;
    if (head.result !== undefined && head.input.ok) queuedBytes -= head.input.bytes;
    await store(head.input, head.result === undefined ? undefined : await head.result);
  };
  try {
    for await (const input of readInputs(opts.inputs, { baseUrl: opts.baseUrl }, opts.fetchLimits)) {
      if (input.ok && "items" in input) queue.push({ input });
      else if (input.ok) {
        const task = { kind: input.kind, text: input.text, baseUrl: opts.baseUrl, ...(input.externalUrl !== undefined ? { externalUrl: input.externalUrl } : {}) };
        queue.push({ input: { ...input, text: "" }, result: pool.run(task) });
        queuedBytes += input.bytes;
      } else queue.push({ input });
      while (queue.length > READ_AHEAD || queuedBytes > READ_AHEAD_BYTES) await storeFirst();
    }
    while (queue.length > 0) await storeFirst();
  } finally {
    // A failure leaves no promise unobserved.
    await Promise.allSettled(queue.map((q) => q.result));
  }
  // Every page is read: the workers' memory goes before the second pass needs its own.
  await pool.close();
  await pictures?.save();
  const base = { pages, bytes, failures, items: itemCount, counts, duplicates };
  const read = performance.now() - started;
  if (itemCount === 0) return { ...base, people: 0, files: [], written: false, timings: { read, build: 0, write: 0 } };

  const writer = await FeedWriter.open(opts.out);
  let staged: { files: string[]; people: Person[] };
  try {
    const plan = { pageSize: opts.pageSize, baseUrl: opts.baseUrl, items: itemCount, topics: topicsSeen.size, searchChars: searchText };
    // A post's author and whole text may come from another file (a profile, statuses/extend):
    // an item so completed is checked and rendered again.
    async function* completed(): AsyncGenerator<ReadyItem> {
      for await (const spilled of spill.items()) {
        const item = book.complete(spilled.item);
        yield item === spilled.item ? spilled : { item };
      }
    }
    staged = await stageFeed(completed(), plan, peopleIndex, (file) => writer.stage(file));
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const build = performance.now() - started - read;
  await writer.commit();
  const write = performance.now() - started - read - build;
  return { ...base, people: staged.people.length, files: staged.files, written: true, timings: { read, build, write } };
}
