// weibo-crawler's CSV files (github.com/dataabc/weibo-crawler), in both of its column layouts:
// original posts only, and all posts with the 是否原创 / 源用户… / 源微博… columns of the
// original a repost quotes. Headers are read in Chinese (as the crawler writes them) or under
// the English field names of its JSON. The crawler names the author only in the file's path:
// `<screen_name>/<user_id>.csv`, with the profile in `users.csv` beside the folders. The other
// crawlers' CSVs read here name the same facts their own way: weiboSpider and weibo-search in
// Chinese, MediaCrawler under its JSON's English field names (note_id, content, liked_count …).
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parse } from "csv-parse";
import { parse as parseSync } from "csv-parse/sync";
import { readHead } from "../sniff";
import { CSV_SAMPLE_BYTES, csvEncoding, csvUtf8 } from "./csv-encoding";
import { readUser, type Json } from "./record";
import type { WeiboAuthor } from "./status";

/** Post columns: Chinese header → the field name of the crawler's JSON. */
const POST_COLUMNS: Record<string, string> = {
  id: "id", bid: "bid", 正文: "text", 头条文章url: "article_url", 原始图片url: "pics", 视频url: "video_url",
  "Live Photo视频url": "live_photo_url", 位置: "location", 日期: "created_at", 工具: "source", 点赞数: "attitudes_count",
  评论数: "comments_count", 转发数: "reposts_count", 话题: "topics", "@用户": "at_users", 完整日期: "full_created_at",
  是否编辑过: "edited", 编辑次数: "edit_count",
  // weiboSpider and weibo-search, the same author's other crawlers, name the same columns this way.
  微博id: "id", 微博正文: "text", 微博视频url: "video_url", 发布位置: "location", 发布时间: "created_at", 发布工具: "source",
  用户昵称: "screen_name", 艾特用户: "at_users", 微博图片url: "pics",
  // weiboSpider's layout with reposts: the original's pictures, and whether the post is original.
  被转发微博原始图片url: "retweet_pictures", 是否为原创微博: "original",
};
/** MediaCrawler's Weibo columns (its JSON's field names) → the same fields. */
const MEDIA_CRAWLER_COLUMNS: Record<string, string> = {
  note_id: "id", content: "text", create_date_time: "created_at", liked_count: "attitudes_count", shared_count: "reposts_count",
  note_url: "url", nickname: "screen_name", avatar: "avatar",
};
/** Columns a crawler writes that a reader is not shown (IP region, membership, when it was written). */
const IGNORED = new Set([
  "ip", "user_authentication", "会员类型", "会员等级", "IP属地", "ip_location", "gender", "profile_url", "source_keyword", "create_time",
  "last_modify_ts", "creator_hash",
]);
const ENGLISH = new Set([...Object.values(POST_COLUMNS), "user_id", "screen_name"]);
const REPOST_COLUMNS: Record<string, string> = { 是否原创: "is_original", 源用户id: "retweet_user_id", 源用户昵称: "retweet_screen_name" };
const USER_COLUMNS = ["用户id", "昵称", "粉丝数", "简介", "头像", "高清头像", "是否认证", "认证信息"];
const COMMENT_COLUMNS = ["weibo_id", "user_screen_name", "text"];
const MEDIA_CRAWLER_COMMENT_COLUMNS = ["comment_id", "note_id", "content"];

export type CsvLayout = { kind: "posts"; fields: (string | undefined)[]; unknown: string[] } | { kind: "users" } | { kind: "comments" };

/** What each column of a header holds, or why the header is not weibo-crawler's. */
export function csvLayout(header: readonly string[]): CsvLayout | { reason: string } {
  const names = header.map((h) => h.replace(/^\ufeff/u, "").trim());
  if (USER_COLUMNS.every((c) => names.includes(c))) return { kind: "users" };
  if ((COMMENT_COLUMNS.every((c) => names.includes(c)) && !names.includes("正文")) || MEDIA_CRAWLER_COMMENT_COLUMNS.every((c) => names.includes(c))) {
    return { kind: "comments" };
  }
  const unknown: string[] = [];
  const fields = names.map((name) => {
    const field = POST_COLUMNS[name] ?? REPOST_COLUMNS[name] ?? MEDIA_CRAWLER_COLUMNS[name] ??
      (name.startsWith("源微博") && POST_COLUMNS[name.slice(3)] ? `retweet_${POST_COLUMNS[name.slice(3)]}` : undefined) ??
      (ENGLISH.has(name) || name === "is_original" || (name.startsWith("retweet_") && ENGLISH.has(name.slice(8))) ? name : undefined);
    if (field === undefined && !IGNORED.has(name)) unknown.push(name);
    return field;
  });
  if (!fields.includes("text") || !(fields.includes("id") || fields.includes("bid"))) {
    const shown = names.slice(0, 6).join("、") + (names.length > 6 ? "…" : "");
    return { reason: `表头不是 weibo-crawler 的格式（缺少“id”和“正文”列），读到的表头是：${shown}` };
  }
  // A header that is mostly unknown is another program's file that happens to have those two columns.
  if (unknown.length > names.length / 2) return { reason: `表头有 ${unknown.length} 列无法识别：${unknown.slice(0, 5).join("、")}` };
  return { kind: "posts", fields, unknown };
}

/** A row of a posts CSV as the crawler's JSON record, the original it quotes under `retweet`. */
export function csvRecord(fields: readonly (string | undefined)[], row: readonly string[], author: Json): Json {
  const record: Json = { ...author };
  const retweet: Json = {};
  fields.forEach((field, i) => {
    const value = row[i];
    if (field === undefined || value === undefined || value.trim() === "") return;
    // weiboSpider's retweet_pictures stays on the row: its content says what the original is.
    if (field.startsWith("retweet_") && field !== "retweet_pictures") retweet[field.slice(8)] = value;
    else record[field] = value;
  });
  // weibo-search writes only the original's id (the original is a row of its own): no repost to show.
  if (retweet.text !== undefined || retweet.pics !== undefined) record.retweet = retweet;
  return record;
}

function readUsersCsv(path: string): Map<string, WeiboAuthor> {
  const users = new Map<string, WeiboAuthor>();
  try {
    const rows = parseSync(csvUtf8(readFileSync(path)), { bom: true, relax_column_count: true, columns: true }) as Record<string, string>[];
    for (const row of rows) {
      const user = usersRowAuthor(row);
      if (user?.id !== undefined) users.set(user.id, user);
    }
  } catch {
    // A broken users.csv only costs the profile's extra facts.
  }
  return users;
}

export function usersRowAuthor(row: Record<string, string | undefined>): WeiboAuthor | undefined {
  return readUser({
    id: row["用户id"], screen_name: row["昵称"], description: row["简介"], followers_count: row["粉丝数"],
    avatar_hd: row["高清头像"] || row["头像"], verified: row["是否认证"] === "True" || row["是否认证"] === "true",
    verified_reason: row["认证信息"],
  });
}

/** The author the crawler's file path names, completed from users.csv beside it when there is one. */
export function crawlerAuthor(path: string): Json {
  const uid = /^(\d{5,})\.csv$/i.exec(basename(path))?.[1];
  const folder = basename(dirname(path));
  const name = folder !== uid && folder !== "." && folder !== "" ? folder : undefined;
  if (uid === undefined) return {};
  for (const users of [join(dirname(dirname(path)), "users.csv"), join(dirname(path), "users.csv")]) {
    if (!existsSync(users)) continue;
    const profile = readUsersCsv(users).get(uid);
    if (profile) {
      return {
        user: {
          id: uid, screen_name: profile.name, ...(profile.avatar ? { avatar_hd: profile.avatar } : {}),
          ...(profile.description ? { description: profile.description } : {}),
          ...(profile.followers ? { followers_count: profile.followers } : {}),
          ...(profile.verified ? { verified: true, verified_reason: profile.verified } : {}),
        },
      };
    }
  }
  return name !== undefined ? { user_id: uid, screen_name: name } : { user_id: uid };
}

/** A record past this is no post (a field whose quote never closes swallows the file). */
export const MAX_RECORD_BYTES = 1024 * 1024;

/**
 * The rows of a CSV file, streamed: the header first. Each row is taken as the parser reads it,
 * so a fault in the file costs the rows from the fault on, not the rows read with it in the
 * same chunk (a piped parser drops those when it fails).
 */
export async function* csvRows(path: string): AsyncGenerator<string[]> {
  const head = await readHead(path, CSV_SAMPLE_BYTES);
  const encoding = csvEncoding(head, head.length < CSV_SAMPLE_BYTES);
  // A file in another encoding reaches the parser as UTF-8, a chunk at a time.
  const decoder = encoding === "utf-8" ? undefined : new TextDecoder(encoding);
  const rows: string[][] = [];
  let failure: unknown;
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    on_record: (row: string[]) => {
      rows.push(row);
      return null;
    },
  });
  parser.on("error", (error) => (failure ??= error));
  parser.resume();
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    parser.write(decoder ? Buffer.from(decoder.decode(chunk, { stream: true })) : chunk);
    // A fault is reported a tick after the rows before it.
    await new Promise((resolve) => setImmediate(resolve));
    yield* rows.splice(0);
    if (failure !== undefined) throw failure;
  }
  const rest = decoder?.decode() ?? "";
  if (rest !== "") parser.write(Buffer.from(rest));
  parser.end();
  await new Promise((resolve) => {
    parser.once("end", resolve);
    parser.once("error", resolve);
  });
  yield* rows.splice(0);
  if (failure !== undefined) throw failure;
}

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "有一个引号到文件末尾也没有闭合",
  CSV_INVALID_CLOSING_QUOTE: "引号用得不对（闭合的引号后面还有字）",
  CSV_INVALID_OPENING_QUOTE: "引号用得不对（字段中间出现了开头的引号）",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "引号用得不对（闭合的引号后面还有字）",
  CSV_MAX_RECORD_SIZE: `有一条记录超过 ${MAX_RECORD_BYTES / 1024 / 1024} MiB（多半是引号没有闭合）`,
};

/**
 * Why the CSV parser stopped, in words, with the record it stopped at (counted as the
 * set-aside records are, after the header; the parser's line is where it gave up, which for a
 * quote never closed is the end of the file).
 */
export function csvErrorInWords(error: unknown, record: number): string {
  const code = (error as { code?: string }).code;
  const words = (code !== undefined ? CSV_ERRORS[code] : undefined) ?? "格式有误";
  return `CSV 从第 ${record} 条记录起读不下去：${words}，这一条和它后面的没有读`;
}
