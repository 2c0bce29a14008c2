// What each column of a Weibo CSV holds: weibo-crawler's (github.com/dataabc/weibo-crawler), in
// both of its layouts (original posts only, and all posts with the 是否原创 / 源用户… / 源微博…
// columns of the original a repost quotes), under its Chinese headers or its JSON's English field
// names; weiboSpider's and weibo-search's Chinese headers; MediaCrawler's field names; and a table
// of posts written out under the field names of the records it stored (a database dumped to CSV,
// a DataFrame of API posts), a nested field as a dotted name (user.screen_name). A row becomes
// the record those names make, and is read as JSON records are (record.ts).
import { WEIBO_FIELDS } from "./document";
import { TEXT_FIELDS, type Json } from "./record";

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
  note_id: "id", create_date_time: "created_at", liked_count: "attitudes_count", shared_count: "reposts_count",
  note_url: "url", nickname: "screen_name", avatar: "avatar",
};
/** Columns a crawler writes that a reader is not shown (IP region, membership, when it was written). */
const IGNORED = new Set([
  "ip", "user_authentication", "会员类型", "会员等级", "IP属地", "ip_location", "gender", "profile_url", "source_keyword", "create_time",
  "last_modify_ts", "creator_hash",
]);
// A crawler's `content` keeps its name: WeiboSpider puts a long post's whole text there beside isLongText (record.ts).
const ENGLISH = new Set([...Object.values(POST_COLUMNS), "user_id", "screen_name", "content"]);
const REPOST_COLUMNS: Record<string, string> = { 是否原创: "is_original", 源用户id: "retweet_user_id", 源用户昵称: "retweet_screen_name" };
const USER_COLUMNS = ["用户id", "昵称", "粉丝数", "简介", "头像", "高清头像", "是否认证", "认证信息"];
const COMMENT_COLUMNS = ["weibo_id", "user_screen_name", "text"];
const MEDIA_CRAWLER_COMMENT_COLUMNS = ["comment_id", "note_id", "content"];

/** A crawler's column → the field name of its JSON. */
function crawlerColumn(name: string): string | undefined {
  return POST_COLUMNS[name] ?? REPOST_COLUMNS[name] ?? MEDIA_CRAWLER_COLUMNS[name] ??
    (name.startsWith("源微博") && POST_COLUMNS[name.slice(3)] ? `retweet_${POST_COLUMNS[name.slice(3)]}` : undefined) ??
    (ENGLISH.has(name) || name === "is_original" || (name.startsWith("retweet_") && ENGLISH.has(name.slice(8))) ? name : undefined);
}

/** A field's name, or a nested field's dotted path; never a name that would reach an object's prototype. */
const FIELD_PATH = /^(?!.*(?:^|\.)(?:__proto__|constructor|prototype)(?:\.|$))[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/u;
const ID_FIELDS = new Set(["id", "bid", "mid", "idstr", "mblogid", "_id", "weibo_url"]);
/** Fields only Weibo's records have (document.ts), and those of WeiboSpider's stored posts; a date or a text alone says nothing. */
const WEIBO_COLUMNS = new Set([
  ...WEIBO_FIELDS.filter((f) => !["created_at", "createdAt", "publish_time"].includes(f)), "weibo_url", "like_num", "repost_num", "mblogid",
]);

export type CsvLayout = { kind: "posts"; fields: (string | undefined)[]; unknown: string[] } | { kind: "users" } | { kind: "comments" };

/** What each column of a header holds, or why the header is not weibo-crawler's. */
export function csvLayout(header: readonly string[]): CsvLayout | { reason: string } {
  const names = header.map((h) => h.replace(/^\ufeff/u, "").trim());
  if (USER_COLUMNS.every((c) => names.includes(c))) return { kind: "users" };
  if ((COMMENT_COLUMNS.every((c) => names.includes(c)) && !names.includes("正文")) || MEDIA_CRAWLER_COMMENT_COLUMNS.every((c) => names.includes(c))) {
    return { kind: "comments" };
  }
  const unknown: string[] = [];
  const named = names.map((name) => {
    const field = crawlerColumn(name);
    if (field === undefined && !IGNORED.has(name)) unknown.push(name);
    return field;
  });
  // Any other column is the record's field of that name, for a table of records stored as the sources gave them.
  const fields = names.map((name, i) => named[i] ?? (IGNORED.has(name) || !FIELD_PATH.test(name) ? undefined : name));
  const crawler = (named.includes("text") || named.includes("content")) && (named.includes("id") || named.includes("bid"));
  // A table of records is Weibo's when it has their text, their id and a field only Weibo's records have.
  const table = fields.some((f) => f !== undefined && (TEXT_FIELDS as readonly string[]).includes(f)) &&
    fields.some((f) => f !== undefined && ID_FIELDS.has(f)) && fields.some((f) => f !== undefined && WEIBO_COLUMNS.has(f.split(".")[0]!));
  if (!crawler && !table) {
    const shown = names.slice(0, 6).join("、") + (names.length > 6 ? "…" : "");
    return { reason: `表头不是 weibo-crawler 的格式（缺少“id”和“正文”列），读到的表头是：${shown}` };
  }
  // A header that is mostly unknown is another program's file that happens to have those two columns.
  if (!table && unknown.length > names.length / 2) return { reason: `表头有 ${unknown.length} 列无法识别：${unknown.slice(0, 5).join("、")}` };
  return { kind: "posts", fields, unknown };
}

/** A row of a posts CSV as the crawler's JSON record, the original it quotes under `retweet`. */
export function csvRecord(fields: readonly (string | undefined)[], row: readonly string[], author: Json): Json {
  const record: Json = { ...author };
  const retweet: Json = {};
  fields.forEach((field, i) => {
    const value = row[i];
    if (field === undefined || value === undefined || value.trim() === "") return;
    const cell = cellValue(field, value);
    // weiboSpider's retweet_pictures stays on the row: its content says what the original is.
    if (field.startsWith("retweet_") && field !== "retweet_pictures" && ENGLISH.has(field.slice(8))) retweet[field.slice(8)] = cell;
    else if (field.includes(".")) nest(record, field.split("."), cell);
    else record[field] = cell;
  });
  // weibo-search writes only the original's id (the original is a row of its own): the repost names it by that id.
  if (retweet.text !== undefined || retweet.pics !== undefined) record.retweet = retweet;
  else if (retweet.id !== undefined) record.retweet_id = retweet.id;
  return record;
}

/**
 * A cell as its record held it: a list or an object written as JSON (a table's pics, user or
 * retweeted_status) is read back; a whole number written as a float (12.0: pandas writes a number
 * column so where a cell of it is empty) is the number, an id or a count; words are words, even
 * when they open with a bracket or read as a number.
 */
function cellValue(field: string, value: string): unknown {
  const last = field.slice(field.lastIndexOf(".") + 1);
  if ((TEXT_FIELDS as readonly string[]).includes(last)) return value;
  const whole = /^\s*(\d{1,20})\.0+\s*$/u.exec(value);
  if (whole) return whole[1];
  if (!/^\s*[[{]/u.test(value)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** Sets a nested field (user.screen_name) of the record, making the objects on its path. */
function nest(record: Json, path: readonly string[], value: unknown): void {
  let at = record;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    if (typeof next !== "object" || next === null || Array.isArray(next)) at[key] = {};
    at = at[key] as Json;
  }
  at[path[path.length - 1]!] = value;
}
