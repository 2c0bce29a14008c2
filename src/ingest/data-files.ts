// Data files, read for the items they hold rather than as a page of text: Weibo data (API JSON,
// crawler JSON and CSV) and feeds (RSS, Atom, JSON Feed, OPML lists of feeds). Each file gives
// its items and whatever it set aside, or the reason, in Chinese, it cannot be used.
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Item } from "../content/feed-schema";
import type { ItemContext } from "./build/items";
import { damageNote, decodePage, wideEncoding } from "./decode";
import { readHead } from "./sniff";
import { feedEntryItem } from "./feeds/items";
import { unsafeDoctype } from "./feeds/doctype";
import { readOpml } from "./feeds/opml";
import { EntryIds } from "./feeds/repeated-ids";
import { newsRecordPage, newsRecordsOf } from "./news/record";
import { closedJsonFeed } from "./feeds/cut-off";
import { ASSUMED_JSON_FEED, jsonFeedKind, type JsonFeedKind } from "./feeds/json-feed";
import { closesRoot, readFeedText, UnreadableFeed, type FeedEntry, type ParsedFeed } from "./feeds/parse";
import { openTagDepth, REFUSED_DEPTH } from "./html/depth";
import { feedProfile } from "./feeds/rsshub-weibo";
import { csvErrorInWords, crawlerAuthor, csvRows, usersRowAuthor } from "./weibo/crawler-csv";
import { csvLayout, csvRecord, type CsvLayout } from "./weibo/csv-layout";
import { readWeiboDocument, type WeiboDocument } from "./weibo/document";
import { emptyResponseReason } from "./weibo/api-response";
import { plainJson } from "./weibo/extended-json";
import { parseJsonText } from "./json-text";
import { weiboItem } from "./weibo/items";
import { QuotedOriginals } from "./weibo/quoted-originals";
import { isComment, readStatus } from "./weibo/record";
import type { WeiboAuthor } from "./weibo/status";

export interface LongText {
  id?: string;
  paragraphs: string[];
}

export type DataEvent =
  | {
      ok: true;
      name: string;
      bytes: number;
      items: Item[];
      /** What was read but set aside (comments), said on stderr; not a failure. */
      notes: string[];
      /** Carries on the file an earlier event began (a long file is given a batch at a time): not a file of its own. */
      continued?: true;
      /** Parts that could not be read (a feed entry that breaks the reader, a feed's cut-off end): failures, each named, each saying what was left out. */
      problems?: string[];
      /** Profiles that complete the authors of posts read from other files. */
      profiles: WeiboAuthor[];
      /** statuses/extend: the whole text of a post another file cut off. */
      longTexts: LongText[];
    }
  | { ok: false; name: string; reason: string };

const MAX_BYTES = 64 * 1024 * 1024;
/** Items per event for a streamed CSV: memory stays flat however long the file. */
const BATCH = 1000;

function ok(name: string, bytes: number, items: Item[], extra: Partial<Extract<DataEvent, { ok: true }>> = {}): DataEvent {
  return { ok: true, name, bytes, items, notes: [], profiles: [], longTexts: [], ...extra };
}

/**
 * A feed's events: its items a batch at a time, as its entries are read (a large feed's slice
 * by slice: memory stays flat however long the feed), then what was set aside. A feed that
 * stops reading as XML part way keeps the items before that point, and says so among its problems.
 */
function* feedEvents(name: string, bytes: number, text: string, ctx: ItemContext, address?: string, assumed: string[] = []): Generator<DataEvent> {
  const feed = readFeedText(text, address);
  if ("reason" in feed) {
    yield { ok: false, name, reason: feed.reason };
    return;
  }
  let batch: Item[] = [];
  let problems: string[] = [];
  let given = 0;
  let parts = 0;
  let empty = 0;
  const ids = new EntryIds();
  const part = (): DataEvent => {
    given += batch.length;
    // The file's bytes are counted with its first batch: progress says how much is read.
    const event = ok(name, parts === 0 ? bytes : 0, batch, problems.length > 0 ? { problems } : {});
    parts += 1;
    batch = [];
    problems = [];
    return event;
  };
  let stopped: UnreadableFeed | undefined;
  try {
    for (const entry of feed.entries) {
      const read = guardedEntryItem(feed, ids.own(entry), ctx);
      if (read === undefined) empty += 1;
      else if ("reason" in read) problems.push(read.reason);
      else batch.push(read);
      if (batch.length >= BATCH) yield part();
    }
  } catch (error) {
    if (!(error instanceof UnreadableFeed)) throw error;
    stopped = error;
  }
  const kept = given + batch.length;
  if (kept === 0 && problems.length === 0) {
    yield { ok: false, name, reason: stopped?.reason ?? "订阅源里没有可读的条目" };
    return;
  }
  // A feed read part way is a part left out: what it kept is said beside it.
  if (stopped) problems.push(kept > 0 ? `${stopped.reason}；${stopped.others ? "其余" : "前"} ${kept} 条已收入` : stopped.reason);
  const profile = feedProfile(feed);
  // Said as Weibo data says its empty records: set aside, not lost.
  const notes = [...assumed, ...(empty > 0 ? [`跳过 ${empty} 个没有标题、文字或附件的条目`] : [])];
  yield ok(name, parts === 0 ? bytes : 0, batch, { notes, ...(profile ? { profiles: [profile] } : {}), ...(problems.length > 0 ? { problems } : {}) });
}

/** One entry's item; an entry whose body breaks the reader costs that entry alone, named. */
function guardedEntryItem(feed: ParsedFeed, entry: FeedEntry, ctx: ItemContext): Item | undefined | { reason: string } {
  const named = `条目“${entry.title?.trim().slice(0, 40) || entry.link || entry.id || "（无标题）"}”`;
  if ([entry.html, entry.summary].some((html) => html !== undefined && openTagDepth(html) > REFUSED_DEPTH)) {
    return { reason: `${named}的正文标签嵌套太深（几千层），不像正常网页，没有收入` };
  }
  try {
    return feedEntryItem(feed, entry, ctx);
  } catch {
    return { reason: `${named}的正文读不下去，没有收入` };
  }
}

/** A story of a JSON list of news records, read as a page on the page threads (news/record.ts). */
export interface StoryPage {
  ok: true;
  name: string;
  kind: "story";
  text: string;
  bytes: number;
  externalUrl?: string;
}

/**
 * A JSON data file's events: a JSON Feed's items a batch at a time (its parsed document let go
 * first), else its stories, and each line of a file of JSON lines that is not whole.
 */
function* jsonEvents(name: string, bytes: number, text: string, ctx: ItemContext, address?: string): Generator<DataEvent | StoryPage> {
  const read = jsonData(text);
  if (read === "declared" || read === "assumed") yield* feedEvents(name, bytes, text, ctx, address, read === "assumed" ? [ASSUMED_JSON_FEED] : []);
  else if (read === undefined) yield { ok: false, name, reason: "JSON 不完整或格式有误（文件可能被截断）" };
  else yield* jsonDataEvents(name, bytes, read, ctx);
}

type ParsedJson = NonNullable<ReturnType<typeof parseJsonText>>;

/** The parsed JSON, or how it is a JSON Feed (read again by the feed reader). */
function jsonData(text: string): ParsedJson | JsonFeedKind | undefined {
  const read = parseJsonText(text);
  if (read) return jsonFeedKind(read.value) ?? read;
  // A JSON Feed cut off in its list of items is read up to its last whole item (feeds/cut-off.ts).
  const closed = closedJsonFeed(text);
  return closed === undefined ? undefined : jsonFeedKind(parseJsonText(closed.text)?.value);
}

function jsonDataEvents(name: string, bytes: number, read: ParsedJson, ctx: ItemContext): (DataEvent | StoryPage)[] {
  const broken = read.broken.map((n): DataEvent => ({ ok: false, name: `${name}:${n}`, reason: "这一行不是完整的 JSON（文件可能被截断）" }));
  const doc = plainJson(read.value);
  const records = newsRecordsOf(doc);
  if (records === undefined) return [withProfilesNote(weiboEvent(name, bytes, doc, ctx)), ...broken];
  const stories = records.map((record, i): DataEvent | StoryPage => {
    const story = `${name} 第 ${i + 1} 条`;
    const page = newsRecordPage(record);
    if (page === undefined) return { ok: false, name: story, reason: "这一条没有标题或正文，不是一篇新闻" };
    return { ok: true, name: story, kind: "story", text: page.html, bytes: Math.round(bytes / records.length), ...(page.url !== undefined ? { externalUrl: page.url } : {}) };
  });
  return [...stories, ...broken];
}

/** What a file of profiles without posts (a user-info dump, users.csv) is for. */
const profilesOnly = (count: number) => `只有 ${count} 位用户的资料，没有微博：资料只用来补全同一次导入的微博里这些作者的信息`;

/** What a file of whole texts without posts is for. */
const longTextsOnly = (count: number) => `只有 ${count} 条微博的全文，没有微博：全文只用来补全同一次导入里被截断的微博`;

/** A whole file of profiles and no posts says what they are for (a line of JSON Lines does not: one line, one user). */
function withProfilesNote(event: DataEvent): DataEvent {
  if (!event.ok || event.items.length > 0 || event.longTexts.length > 0 || event.profiles.length === 0) return event;
  return { ...event, notes: [...event.notes, profilesOnly(event.profiles.length)] };
}

/** What Weibo data holds that is not a post, counted: comments, and the words of a hot-search list. */
export interface SetAside {
  comments: number;
  hotSearch: number;
}

function setAsideNotes({ comments, hotSearch }: SetAside): string[] {
  return [
    ...(comments > 0 ? [`跳过 ${comments} 条评论：评论不是微博，不单独成条`] : []),
    ...(hotSearch > 0 ? [`跳过 ${hotSearch} 个热搜词：热搜榜上只有搜索词，没有作者和正文，不是微博，不单独成条`] : []),
  ];
}

/** What a document set aside, when that is all it holds (a line of a comments dump); else undefined. */
export function setAsideOnly(weibo: WeiboDocument): SetAside | undefined {
  if (weibo.statuses.length > 0 || weibo.longTexts.length > 0 || weibo.profile || weibo.people.length > 0 || weibo.empty > 0) return undefined;
  return weibo.comments > 0 || weibo.hotSearch > 0 ? { comments: weibo.comments, hotSearch: weibo.hotSearch } : undefined;
}

/** One event for all that a file of JSON Lines set aside, said once, not once a line. */
export function setAsideEvent(name: string, bytes: number, counts: SetAside): DataEvent {
  return ok(name, bytes, [], { notes: setAsideNotes(counts) });
}

/** A parsed JSON document (a file, or one line of a JSON Lines file) read as Weibo data. */
export function weiboEvent(name: string, bytes: number, doc: unknown, ctx: ItemContext): DataEvent {
  const weibo = readWeiboDocument(doc);
  const empty = weibo === undefined ? emptyResponseReason(doc) : undefined;
  return empty !== undefined ? { ok: false, name, reason: empty } : weiboDocumentEvent(name, bytes, weibo, ctx);
}

/** The Weibo data read from a document as an event: its posts, what it set aside, or why it holds none. */
export function weiboDocumentEvent(name: string, bytes: number, weibo: WeiboDocument | undefined, ctx: ItemContext): DataEvent {
  if (!weibo) return { ok: false, name, reason: "既不是订阅源，也不是微博数据：JSON 里没有认得出的微博或订阅源字段" };
  const items = weibo.statuses.map((s) => weiboItem(s, ctx, weibo.profile));
  const notes = [
    ...setAsideNotes(weibo),
    ...(weibo.empty > 0 ? [`跳过 ${weibo.empty} 条没有文字和图片的记录`] : []),
  ];
  const profiles = [...(weibo.profile ? [weibo.profile] : []), ...weibo.people];
  if (items.length === 0 && weibo.longTexts.length === 0 && profiles.length === 0) {
    return weibo.comments > 0 || weibo.hotSearch > 0
      ? ok(name, bytes, [], { notes })
      : { ok: false, name, reason: "微博数据里没有一条有文字或图片的微博" };
  }
  // The whole text of a cut post (statuses/extend, ajax/statuses/longtext) is no post of its own.
  if (items.length === 0 && profiles.length === 0) notes.push(longTextsOnly(weibo.longTexts.length));
  return ok(name, bytes, items, { notes, longTexts: weibo.longTexts, profiles });
}

async function* csvEvents(path: string, bytes: number, ctx: ItemContext): AsyncGenerator<DataEvent> {
  let layout: CsvLayout | undefined;
  let author: ReturnType<typeof crawlerAuthor> = {};
  let header: string[] = [];
  let batch: Item[] = [];
  let rows = 0;
  let comments = 0;
  const misaligned: number[] = [];
  const profiles: WeiboAuthor[] = [];
  const originals = new QuotedOriginals();
  try {
    for await (const row of csvRows(path)) {
      if (layout === undefined) {
        header = row;
        const read = csvLayout(row);
        if ("reason" in read) {
          yield { ok: false, name: path, reason: read.reason };
          return;
        }
        layout = read;
        if (read.kind === "posts") author = crawlerAuthor(path);
        continue;
      }
      rows += 1;
      if (layout.kind === "comments") {
        comments += 1;
        continue;
      }
      if (layout.kind === "users") {
        const user = usersRowAuthor(Object.fromEntries(header.map((h, i) => [h.replace(/^\ufeff/u, "").trim(), row[i]])));
        if (user) profiles.push(user);
        continue;
      }
      if (!("fields" in layout)) continue;
      // A row with more cells than the header has its cells shifted (an unquoted comma in a
      // field): which is the date and which a count cannot be known, so it is not read.
      if (row.length > header.length) {
        misaligned.push(rows);
        continue;
      }
      const record = csvRecord(layout.fields, row, author);
      // A table of comments written out under their records' names answers posts: set aside, as in JSON.
      if (isComment(record)) {
        comments += 1;
        continue;
      }
      const status = readStatus(record);
      if (status) batch.push(weiboItem(originals.quote(status), ctx));
      if (batch.length >= BATCH) {
        yield ok(path, 0, batch);
        batch = [];
      }
    }
  } catch (error) {
    // The posts read before the fault are kept.
    if (batch.length > 0) yield ok(path, 0, batch, { profiles });
    yield { ok: false, name: path, reason: csvErrorInWords(error, rows + 1) };
    return;
  }
  if (layout === undefined) {
    yield { ok: false, name: path, reason: "文件是空的" };
    return;
  }
  const notes = setAsideNotes({ comments, hotSearch: 0 });
  if (layout.kind === "users") notes.push(profilesOnly(profiles.length));
  if (misaligned.length > 0) {
    const shown = misaligned.slice(0, 5).map((n) => `第 ${n} 条`).join("、") + (misaligned.length > 5 ? " 等" : "");
    notes.push(`跳过 ${misaligned.length} 条列数比表头多的记录（${shown}）：各列对不上，读不出哪一格是日期或数字`);
  }
  if (layout.kind === "posts" && rows === 0) {
    yield { ok: false, name: path, reason: "CSV 只有表头，没有微博" };
    return;
  }
  yield ok(path, bytes, batch, { notes, profiles });
}

export type DataKind = "json" | "csv" | "feed";

const kindByName = (path: string): DataKind => {
  const ext = extname(path).toLowerCase();
  return ext === ".json" ? "json" : ext === ".csv" ? "csv" : "feed";
};

/**
 * The events of one data file (an OPML file gives those of each feed it lists). `kind` is
 * what its content showed it to be (sniff.ts); the name decides only for a listed feed.
 */
export async function* readDataFile(path: string, ctx: ItemContext, kind: DataKind = kindByName(path), depth = 0): AsyncGenerator<DataEvent | StoryPage> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    const code = (error as { code?: string }).code;
    yield { ok: false, name: path, reason: code === "ENOENT" ? "文件不存在" : `读不了这个文件（${code ?? "错误"}）` };
    return;
  }
  if (kind === "csv") {
    // A picture or an archive named .csv: its first bytes say so, before a parser reads them as rows.
    const head = await readHead(path);
    if (head.includes(0) && !wideEncoding(head)?.startsWith("utf-16")) {
      yield { ok: false, name: path, reason: "不是文字：含有 NUL 字节（像是二进制文件）" };
      return;
    }
    yield* oneFile(csvEvents(path, size, ctx));
    return;
  }
  if (size > MAX_BYTES) {
    yield { ok: false, name: path, reason: `文件太大（超过 ${MAX_BYTES / 1024 / 1024} MiB）` };
    return;
  }
  yield* dataEvents(path, await readFile(path), kind, ctx, depth);
}

/** The events of one file given in batches: how its bytes were read said once, on the first; the rest carry it on. */
async function* oneFile<E extends DataEvent | StoryPage>(events: Iterable<E> | AsyncIterable<E>, note?: string): AsyncGenerator<E | DataEvent> {
  let first = true;
  for await (const event of events) {
    if ("kind" in event) yield event;
    else if (first) yield withNote(event, note);
    else yield event.ok ? { ...event, continued: true } : event;
    if (!("kind" in event)) first = false;
  }
}

/** The event with a note said first (how its bytes were read), when there is one and the file was read. */
export const withNote = (event: DataEvent, note: string | undefined): DataEvent => (event.ok && note ? { ...event, notes: [note, ...event.notes] } : event);

/** Where fetched bytes came from: the address they ended at, and the server's Content-Type. */
export interface FetchedFrom {
  url?: string;
  contentType?: string;
}

/** The events of a data file's bytes, read from disk or fetched. */
export async function* dataEvents(
  path: string,
  bytes: Uint8Array,
  kind: Exclude<DataKind, "csv">,
  ctx: ItemContext,
  depth = 0,
  fetched: FetchedFrom = {},
): AsyncGenerator<DataEvent | StoryPage> {
  // Read as pages are: a BOM, the HTTP header, a declaration, else the bytes themselves. JSON
  // is UTF-8 by its standard, but crawlers on Windows write GBK or UTF-16 as readily; an XML
  // feed's declaration may name gb2312 over UTF-8 bytes, or name nothing over GBK.
  const decoded = decodePage(bytes, fetched.contentType !== undefined ? { contentType: fetched.contentType } : {});
  if ("reason" in decoded) {
    yield { ok: false, name: path, reason: decoded.reason };
    return;
  }
  const note = damageNote(decoded);
  if (kind === "json") {
    yield* oneFile(jsonEvents(path, bytes.length, decoded.text, ctx, fetched.url), note);
    return;
  }
  if (/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<opml\b/u.test(decoded.text.replace(/^\ufeff/u, ""))) {
    const unsafe = unsafeDoctype(decoded.text);
    if (unsafe !== undefined) {
      yield { ok: false, name: path, reason: unsafe };
      return;
    }
    if (!closesRoot(decoded.text)) {
      yield { ok: false, name: path, reason: "OPML 不完整：根元素没有闭合（文件可能被截断）" };
      return;
    }
    const feeds = readOpml(decoded.text, path);
    if ("reason" in feeds) {
      yield { ok: false, name: path, reason: feeds.reason };
      return;
    }
    for (const feed of feeds) {
      if ("url" in feed) yield { ok: false, name: feed.url, reason: "订阅列表里的网址暂不读取：只读本地文件" };
      else if (depth < 2) yield* readDataFile(feed.path, ctx, kindByName(feed.path), depth + 1);
    }
    return;
  }
  yield* oneFile(feedEvents(path, bytes.length, decoded.text, ctx, fetched.url), note);
}
