// JSON Lines, the way web corpora ship: one {"text": "…"} page or one {"html": "…"} page per
// line (a "url" beside it is kept as the page's address, and resolves the page's links), or one
// news story with its headline and body as extractors and data sets write them (news/record.ts). Read as a byte stream and split by hand, so each line can be
// decoded strictly and the file is never held in memory.
import { CHUNK_BYTES } from "./json-lines";
import { checkText } from "./decode";
import { encodingSample, fileEncoding, utf8Chunks } from "./file-encoding";
import type { ItemContext } from "./build/items";
import { setAsideEvent, setAsideOnly, weiboDocumentEvent, weiboEvent, type SetAside } from "./data-files";
import { emptyResponseReason } from "./weibo/api-response";
import { isRecord } from "../content/is-record";
import type { InputEvent } from "./inputs";
import { newsRecordPage } from "./news/record";
import { isWebAddress } from "./urls";
import { isWeiboLine, readWeiboDocument } from "./weibo/document";
import { plainJson } from "./weibo/extended-json";
import { renderData } from "./weibo/render-data";

/** A single line above this is not a page; it is skipped, not buffered. */
const MAX_LINE_BYTES = 32 * 1024 * 1024;

/** What the lines of a file set aside (comments, hot-search words), counted to be said once for the file. */
type Tally = SetAside & { bytes: number };

/** `cut`: the file's last line, with no newline after it: where a download or a copy stops short. */
function lineEvent(path: string, n: number, bytes: Uint8Array, ctx: ItemContext, tally: Tally, decoder: TextDecoder, cut = false): InputEvent | undefined {
  const name = `${path}:${n}`;
  let raw: string;
  try {
    raw = decoder.decode(bytes);
  } catch {
    return { ok: false, name, reason: `这一行不是 ${decoder.encoding === "utf-8" ? "UTF-8" : decoder.encoding.toUpperCase()} 文字` };
  }
  if (raw.trim() === "") return undefined;
  let record: unknown;
  try {
    record = plainJson(JSON.parse(raw));
  } catch {
    return { ok: false, name, reason: cut ? "最后一行不完整：文件可能被截断" : "这一行不是 JSON" };
  }
  // Crawlers write Weibo posts one JSON record a line, too.
  if (isWeiboLine(record)) {
    const weibo = readWeiboDocument(record);
    if (weibo === undefined) return weiboEvent(name, bytes.length, record, ctx);
    // What a line sets aside (a comment, the comments saved with a post) is said once for the file.
    tally.comments += weibo.comments;
    tally.hotSearch += weibo.hotSearch;
    if (setAsideOnly(weibo) === undefined) return weiboDocumentEvent(name, bytes.length, { ...weibo, comments: 0, hotSearch: 0 }, ctx);
    tally.bytes += bytes.length;
    return undefined;
  }
  // A response saved when the request went wrong (sign-in required, an error message) holds no page.
  const failed = isRecord(record) && record.text === undefined && record.html === undefined ? emptyResponseReason(record) : undefined;
  if (failed !== undefined) return { ok: false, name, reason: failed };
  // A news story as extractors and data sets write it: its headline and body, with its date and source.
  const news = typeof (record as { html?: unknown } | null)?.html === "string" ? undefined : newsRecordPage(record);
  if (news !== undefined) return { ok: true, name, kind: "story", text: news.html, bytes: bytes.length, ...(news.url !== undefined ? { externalUrl: news.url } : {}) };
  const { text, html, url } = (typeof record === "object" && record !== null ? record : {}) as { text?: unknown; html?: unknown; url?: unknown };
  // A saved m.weibo.cn post page carries its post in its script.
  const carried = typeof html === "string" ? renderData(html) : undefined;
  const post = carried !== undefined ? weiboEvent(name, bytes.length, carried, ctx) : undefined;
  if (post?.ok) return post;
  const page = typeof html === "string" ? html : text;
  if (typeof page !== "string") return { ok: false, name, reason: "这一行没有 text 或 html 文字，也不是有标题和正文的新闻" };
  const checked = checkText(page);
  if ("reason" in checked) return { ok: false, name, reason: checked.reason };
  const externalUrl = typeof url === "string" && url.length <= 4096 && isWebAddress(url) ? url : undefined;
  const kind = typeof html === "string" ? "html" : "text";
  return { ok: true, name, kind, text: page, bytes: bytes.length, ...(externalUrl !== undefined ? { externalUrl } : {}) };
}

export async function* readJsonl(path: string, ctx: ItemContext = { baseUrl: "" }): AsyncGenerator<InputEvent> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let oversize = false;
  let n = 0;
  let pages = 0;
  const tally: Tally = { comments: 0, hotSearch: 0, bytes: 0 };
  // Each line is read strictly in the encoding the file's first lines are in (UTF-8, or GBK from a Chinese Windows).
  const { sample, whole } = await encodingSample(path);
  const encoding = fileEncoding(sample, whole);
  // UTF-16 writes a line break in two bytes: its lines are found in the file read as UTF-8.
  const wide = encoding.startsWith("utf-16");
  const decoder = new TextDecoder(wide ? "utf-8" : encoding, { fatal: true });
  const finish = function* (last: Buffer, cut = false): Generator<InputEvent> {
    n += 1;
    if (oversize) {
      yield { ok: false, name: `${path}:${n}`, reason: `这一行太长（超过 ${MAX_LINE_BYTES / 1024 / 1024} MiB）` };
    } else {
      const line = pending.length > 0 ? Buffer.concat([...pending, last]) : last;
      const event = lineEvent(path, n, line, ctx, tally, decoder, cut);
      if (event?.ok) pages += 1;
      if (event) yield event;
    }
    pending = [];
    pendingBytes = 0;
    oversize = false;
  };
  for await (const chunk of utf8Chunks(path, wide ? encoding : "utf-8", CHUNK_BYTES)) {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      yield* finish(chunk.subarray(start, nl));
      start = nl + 1;
    }
    if (!oversize && start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > MAX_LINE_BYTES) {
        oversize = true;
        pending = [];
      }
    }
  }
  if (pendingBytes > 0 || oversize) yield* finish(Buffer.alloc(0), true);
  if (tally.comments > 0 || tally.hotSearch > 0) {
    pages += 1;
    yield setAsideEvent(path, tally.bytes, tally);
  }
  if (n === 0) yield { ok: false, name: path, reason: "文件是空的" };
  else if (pages === 0) yield { ok: false, name: path, reason: "没有一行是可用的页面" };
}
