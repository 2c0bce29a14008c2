// The ingest's inputs as a stream of pages: page files (text or HTML), folders of them (walked
// in sorted order, one directory listing at a time), JSON Lines corpora and http(s) addresses.
// The kind of each file is sniffed from its first bytes (sniff.ts). Each page is read when the
// consumer asks for it, so the corpus is never held in memory. Unreadable inputs come out as
// failures with a reason instead of stopping the stream. Data files (Weibo data, feeds, a
// weiboSpider txt file) give their items ready-made (data-files.ts, spider-txt-file.ts).
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ItemContext } from "./build/items";
import { dataEvents, readDataFile, weiboEvent, withNote, type DataEvent } from "./data-files";
import { damageNote, decodePage } from "./decode";
import { fetchPage, type FetchLimits } from "./fetch-page";
import { readJsonl } from "./jsonl";
import { isInputFileName, readHead, SNIFF_BYTES, sniffKind } from "./sniff";
import { spiderTxtEvents } from "./spider-txt-file";
import { renderData } from "./weibo/render-data";

/** Page text, an HTML page, or an HTML page known to hold one story (a news record's, news/record.ts). */
export type PageKind = "text" | "html" | "story";

export type InputEvent =
  | { ok: true; name: string; kind: PageKind; text: string; bytes: number; externalUrl?: string; notes?: string[] }
  | Extract<DataEvent, { ok: true }>
  | { ok: false; name: string; reason: string };

/** One page file above this is not a scraped page. */
const MAX_PAGE_BYTES = 32 * 1024 * 1024;
const WEB_ADDRESS = /^https?:\/\//iu;

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "找不到这个文件或文件夹";
  if (code === "EACCES" || code === "EPERM") return "没有读取权限";
  if (code === "EISDIR") return "这是文件夹，不是文件";
  if (code === "ELOOP") return "链接指回它自己（循环链接）";
  if (code === "ENAMETOOLONG") return "路径太长";
  if (code === "EIO") return "磁盘读取出错";
  // Whatever else went wrong is named by its system code, never by an English message.
  return code !== undefined ? `读取失败（系统错误 ${code}）` : "读取失败：读的时候出了意外的错误";
}

/** A page's bytes → the page, its kind sniffed from them; or the Weibo posts of a weiboSpider txt file. */
function* pageEvents(name: string, bytes: Uint8Array, ctx: ItemContext, opts: { contentType?: string; externalUrl?: string } = {}): Generator<InputEvent> {
  const decoded = decodePage(bytes, opts.contentType !== undefined ? { contentType: opts.contentType } : {});
  if ("reason" in decoded) {
    yield { ok: false, name, reason: decoded.reason };
    return;
  }
  const declaredHtml = opts.contentType !== undefined && /html/iu.test(opts.contentType);
  const sniffed = declaredHtml ? "html" : sniffKind(decoded.text.slice(0, SNIFF_BYTES), name);
  const note = damageNote(decoded);
  // Known only once decoded: the crawler writes in the console's encoding (GBK on a Chinese Windows).
  if (sniffed === "weibo-txt") {
    for (const event of spiderTxtEvents(name, bytes.length, decoded.text, ctx)) yield withNote(event, note);
    return;
  }
  const kind: PageKind = sniffed === "html" ? "html" : "text";
  // A saved m.weibo.cn post page: its post is in its script, not in its HTML.
  const carried = kind === "html" ? renderData(decoded.text) : undefined;
  if (carried !== undefined) {
    const event = weiboEvent(name, bytes.length, carried, ctx);
    if (event.ok) {
      yield withNote(event, note);
      return;
    }
  }
  yield {
    ok: true,
    name,
    kind,
    text: decoded.text,
    bytes: bytes.length,
    ...(opts.externalUrl !== undefined ? { externalUrl: opts.externalUrl } : {}),
    ...(note ? { notes: [note] } : {}),
  };
}

async function* readFileInput(path: string, ctx: ItemContext): AsyncGenerator<InputEvent> {
  try {
    const kind = sniffKind(await readHead(path), path);
    if (kind === "jsonl") {
      yield* readJsonl(path, ctx);
      return;
    }
    if (kind === "json" || kind === "csv" || kind === "feed") {
      yield* readDataFile(path, ctx, kind);
      return;
    }
    const info = await stat(path);
    if (info.size > MAX_PAGE_BYTES) {
      yield { ok: false, name: path, reason: `文件太大，不像一个页面（超过 ${MAX_PAGE_BYTES / 1024 / 1024} MiB）` };
      return;
    }
    yield* pageEvents(path, await readFile(path), ctx);
  } catch (error) {
    yield { ok: false, name: path, reason: reasonOf(error) };
  }
}

async function* readAddress(address: string, ctx: ItemContext, limits?: FetchLimits): AsyncGenerator<InputEvent> {
  try {
    yield* readFetched(address, ctx, limits);
  } catch (error) {
    yield { ok: false, name: address, reason: reasonOf(error) };
  }
}

async function* readFetched(address: string, ctx: ItemContext, limits?: FetchLimits): AsyncGenerator<InputEvent> {
  const fetched = await fetchPage(address, limits);
  if (!fetched.ok) {
    yield { ok: false, name: address, reason: fetched.reason };
    return;
  }
  // A feed or a JSON document at an address is read as the data it is, not as a page.
  const kind = sniffKind(fetched.bytes.subarray(0, SNIFF_BYTES), new URL(fetched.url).pathname);
  if (kind === "feed" || kind === "json") {
    yield* dataEvents(address, fetched.bytes, kind, ctx, 0, { url: fetched.url, ...(fetched.contentType !== undefined ? { contentType: fetched.contentType } : {}) });
    return;
  }
  yield* pageEvents(address, fetched.bytes, ctx, { externalUrl: fetched.url, ...(fetched.contentType !== undefined ? { contentType: fetched.contentType } : {}) });
}

/**
 * Page files under a folder, depth first, each level sorted; hidden entries skipped. A link back
 * to a folder being walked, or a folder that cannot be listed, is named and passed by.
 */
async function* walk(dir: string, within: ReadonlySet<string> = new Set()): AsyncGenerator<{ file: string } | { skipped: string; reason: string }> {
  let here: Set<string>;
  let entries;
  try {
    here = new Set(within).add(await realpath(dir));
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byCodeUnit(a.name, b.name));
  } catch (error) {
    yield { skipped: dir, reason: reasonOf(error) };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry;
    if (kind?.isDirectory()) {
      if (entry.isSymbolicLink() && here.has(await realpath(path))) yield { skipped: path, reason: "链接指回它所在的文件夹（循环链接），没有跟进去" };
      else yield* walk(path, here);
    } else if (kind?.isFile() && isInputFileName(entry.name)) yield { file: path };
  }
}

export async function* readInputs(paths: readonly string[], ctx: ItemContext = { baseUrl: "" }, limits?: FetchLimits): AsyncGenerator<InputEvent> {
  for (const path of [...new Set(paths)].sort(byCodeUnit)) {
    if (WEB_ADDRESS.test(path)) {
      yield* readAddress(path, ctx, limits);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { ok: false, name: path, reason: reasonOf(error) };
      continue;
    }
    if (info.isFile()) {
      yield* readFileInput(path, ctx);
      continue;
    }
    if (!info.isDirectory()) {
      // /dev/zero never ends and a pipe may never answer: neither is a page.
      yield { ok: false, name: path, reason: "不是普通文件（是设备、管道或套接字），没有读" };
      continue;
    }
    let found = 0;
    let named = false;
    for await (const entry of walk(path)) {
      if ("skipped" in entry) {
        named ||= entry.skipped === path;
        yield { ok: false, name: entry.skipped, reason: entry.reason };
        continue;
      }
      found += 1;
      yield* readFileInput(entry.file, ctx);
    }
    if (found === 0 && !named) yield { ok: false, name: path, reason: "文件夹里没有可读的文件：网页（.txt、.html）、语料（.jsonl）、微博数据（.json、.csv）或订阅源" };
  }
}
