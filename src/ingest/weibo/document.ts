// A JSON document of Weibo data → its posts, the profile it carries and what was set aside.
// The shapes: m.weibo.cn `container/getIndex` (cards, card groups, userInfo), `statuses/show`
// (one status under `data`), `statuses/extend` (the whole text of a cut post), the comments
// endpoints (set aside: comments are not posts), the open API's `statuses` lists and bare
// arrays, weibo-crawler's `{user, weibo}` and crawler dumps of `{title, link, item}`.
import { readCaptureTime } from "./dates";
import { isHotSearchEntry } from "./hot-search";
import { isComment, isRecord, looksLikeStatus, readStatus, readUser, TEXT_FIELDS, type Json } from "./record";
import type { WeiboAuthor, WeiboStatus } from "./status";
import { QuotedOriginals } from "./quoted-originals";
import { readWeiboText } from "./text";

export interface WeiboDocument {
  statuses: WeiboStatus[];
  /** The profile the document is about (userInfo, weibo-crawler's user). */
  profile?: WeiboAuthor;
  /** Users a crawler wrote as records of their own (a user, a fan, a followed user). */
  people: WeiboAuthor[];
  /** statuses/extend: the whole text of a post that its timeline cut off. */
  longTexts: { paragraphs: string[]; id?: string }[];
  comments: number;
  /** Entries of a hot-search list (热搜): search words, not posts. */
  hotSearch: number;
  /** Records that carried nothing to show (no text, picture or video). */
  empty: number;
}

/** Fields only Weibo's records have. */
export const WEIBO_FIELDS = [
  "user", "created_at", "createdAt", "mid", "idstr", "bid", "reposts_count", "comments_count", "attitudes_count",
  "pics", "pic", "screen_name", "user_id", "retweeted_status", "retweet", "review_display", "isLongText", "page_info",
  // weiboSpider's JSON: publish_time, up_num, retweet_num, comment_num, original_pictures.
  "publish_time", "up_num", "retweet_num", "comment_num", "original_pictures",
  // The posts a popular scraping tutorial saves from m.weibo.cn: id, text, attitudes, comments, reposts.
  "attitudes", "reposts",
];

/** A record a Weibo source wrote: a text field and at least one field or link only Weibo data has. */
function isWeiboRecord(value: unknown): value is Json {
  if (!looksLikeStatus(value)) return false;
  if (WEIBO_FIELDS.some((key) => value[key] !== undefined)) return true;
  const link = value.link ?? value.url ?? value.note_url ?? value.scheme;
  return typeof link === "string" && /^https?:\/\/(?:[a-z]+\.)?weibo\.(?:com|cn)\//i.test(link);
}

const NAME_KEYS = ["screen_name", "nick_name", "nickname"];
// MediaCrawler writes its creators' avatar, desc and fans.
const PROFILE_KEYS = ["avatar_hd", "avatar_large", "profile_image_url", "followers_count", "verified", "verified_reason", "description", "desc", "fans"];

/** A user written as a record of its own (WeiboSpider's users, a profile API's `user`): a name and a profile's facts. */
function isUserRecord(value: Json): boolean {
  return NAME_KEYS.some((key) => typeof value[key] === "string") && PROFILE_KEYS.some((key) => value[key] !== undefined) &&
    !looksLikeStatus(value) && !isComment(value);
}

/** WeiboSpider's fan and follow records: the user under fan_info or follower_info. */
const RELATION_KEYS = ["fan_info", "follower_info"];

const hasText = (value: Json) => TEXT_FIELDS.some((key) => typeof value[key] === "string");

const LINE_COUNTS = ["attitudes_count", "reposts_count", "attitudes", "reposts"];

/** A JSON Lines record that is Weibo data (a post, a card or response holding posts, a comment, a user, a hot-search word), not a page of text. */
export function isWeiboLine(record: unknown): boolean {
  if (!isRecord(record)) return false;
  if (isRecord(record.mblog) || (record.ok !== undefined && isRecord(record.data)) || Array.isArray(record.cards)) return true;
  if ((isComment(record) && hasText(record)) || isUserRecord(record) || RELATION_KEYS.some((key) => isRecord(record[key])) || isHotSearchEntry(record)) return true;
  // MediaCrawler names its posts by note_id and dates them create_date_time.
  // A page of a web corpus ({"text"}) has none of a post's counts.
  return isWeiboRecord(record) && (isRecord(record.user) || record.mid !== undefined || record.bid !== undefined || record.created_at !== undefined ||
    record.note_id !== undefined || LINE_COUNTS.some((key) => record[key] !== undefined));
}

const CAPTURE_KEYS = ["captured_at", "capture_time", "crawled_at", "crawl_time", "fetched_at", "fetch_time", "scraped_at", "retrieved_at", "downloaded_at"];

function captureTimeOf(doc: Json): number | undefined {
  for (const key of CAPTURE_KEYS) {
    const time = readCaptureTime(doc[key]);
    if (time !== undefined) return time;
  }
  return undefined;
}

/** What only a post has: a record with one of these and a text field is a post, whatever lists it carries. */
const STATUS_KEYS = ["mid", "idstr", "bid", "mblogid", "created_at", "reposts_count", "attitudes_count", "user"];

const isStatusRecord = (value: Json) => STATUS_KEYS.some((key) => value[key] !== undefined) && TEXT_FIELDS.some((key) => key in value);

/** An object whose every key is a Weibo id (a mid, or a bid) and every value a record. */
function isKeyedById(value: Json): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => /^(?:\d{6,20}|[0-9A-Za-z]{9})$/.test(key) && /\d/.test(key) && isRecord(value[key]));
}

/** Where the sources keep their lists: m.weibo.cn `data.cards[].card_group`, the open API `statuses`, … */
const CONTAINERS = ["data", "cards", "card_group", "statuses", "weibo", "item", "items", "list", "comments", "hot_data", "realtime", "band_list"];

interface Found {
  records: Json[];
  empty: number;
  comments: number;
  hotSearch: number;
  longTexts: WeiboDocument["longTexts"];
  profile?: WeiboAuthor;
  people: WeiboAuthor[];
  /** The profile is the `user` of a crawler's `{user, weibo}` file: one user's posts. */
  owner?: boolean;
}

function collect(value: unknown, found: Found, depth: number, listed = false): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const entry of value) collect(entry, found, depth + 1, true);
    return;
  }
  if (!isRecord(value)) return;
  // A comment of the open API (comments/show, comments/by_me) carries the post it answers as
  // `status`: the comment is set aside, the post kept.
  if (isRecord(value.status) && looksLikeStatus(value.status) && hasText(value) && isRecord(value.user) &&
      value.reposts_count === undefined && value.attitudes_count === undefined) {
    found.comments += 1;
    found.records.push(value.status);
    return;
  }
  // A card's mblog; the status a saved m.weibo.cn page or a downloader's metadata file wraps.
  const wrapped = isRecord(value.mblog) ? value.mblog : isRecord(value.status) && looksLikeStatus(value.status) ? value.status : undefined;
  if (wrapped) {
    found.records.push(wrapped);
    return;
  }
  if (typeof value.longTextContent === "string") {
    const id = typeof value.id === "string" || typeof value.id === "number" ? String(value.id) : undefined;
    found.longTexts.push({ paragraphs: readWeiboText(value.longTextContent).paragraphs, ...(id ? { id } : {}) });
    return;
  }
  if (isComment(value) && hasText(value)) {
    found.comments += 1;
    return;
  }
  // A post may carry lists of its own (the comments an archiver saved with it): it is still a post, not a list.
  const status = isStatusRecord(value);
  const containers = status ? [] : CONTAINERS.filter((key) => Array.isArray(value[key]) || (key === "data" && isRecord(value[key])));
  // A list's own title and search link (a dump of a search's results) is not an entry of a hot-search list.
  if (containers.length === 0 && isHotSearchEntry(value)) {
    found.hotSearch += 1;
    return;
  }
  // A post whose text the source left empty (null content, no picture): counted, not shown.
  if (containers.length === 0 && !looksLikeStatus(value) && TEXT_FIELDS.some((k) => k in value && (value[k] === null || value[k] === "")) &&
      WEIBO_FIELDS.some((k) => value[k] !== undefined)) {
    found.empty += 1;
    return;
  }
  if (containers.length === 0 && isWeiboRecord(value)) {
    found.records.push(value);
    if (Array.isArray(value.comments)) found.comments += value.comments.filter((c) => isRecord(c) && hasText(c)).length;
    return;
  }
  if (containers.length === 0 && isUserRecord(value)) {
    const person = readUser(value);
    if (person) found.people.push(person);
    return;
  }
  for (const key of RELATION_KEYS) if (isRecord(value[key])) collect(value[key], found, depth + 1);
  // A dump of one user's posts names its user as "<name>的微博" over a link to the profile.
  const owner = typeof value.title === "string" ? /^(.{1,30})的微博$/u.exec(value.title.trim()) : null;
  const home = typeof value.link === "string" ? /^https?:\/\/(?:www\.|m\.)?weibo\.(?:com|cn)\/(?:u\/)?(\d{5,})\/?$/i.exec(value.link) : null;
  if (found.profile === undefined && owner && home) {
    const author = readUser({ screen_name: owner[1], id: home[1], ...(typeof value.image === "string" ? { avatar_hd: value.image } : {}) });
    if (author) found.profile = author;
  }
  // An entry of a list that is a user and no post (who liked a post, a user card of a search) is one of many people.
  if (listed && containers.length === 0 && !hasText(value) && isRecord(value.user) && isUserRecord(value.user)) {
    const person = readUser(value.user);
    if (person) found.people.push(person);
    return;
  }
  for (const key of ["userInfo", "user"]) {
    const user = value[key];
    // weiboSpider names its user by nickname; Weibo-archiver's export ({user, posts}) by name, beside its uid.
    const named = isRecord(user) && (typeof user.screen_name === "string" || typeof user.nickname === "string" || (typeof user.name === "string" && user.uid !== undefined));
    if (found.profile === undefined && named && !looksLikeStatus(user)) {
      const author = readUser(user);
      if (author) {
        found.profile = author;
        found.owner = key === "user" && (Array.isArray(value.weibo) || Array.isArray(value.posts));
      }
    }
  }
  for (const key of containers) collect(value[key], found, depth + 1);
  if (containers.length > 0 || status) return;
  // Posts saved as an object keyed by their ids ({"<mid>": post, …}), as a crawler's dict is dumped.
  if (isKeyedById(value)) {
    for (const entry of Object.values(value)) collect(entry, found, depth + 1);
    return;
  }
  // A list under a name of the crawler's own choosing ({"posts": […]}, {"tweets": […]}, …).
  for (const entry of Object.values(value)) if (Array.isArray(entry) && entry.some(isRecord)) collect(entry, found, depth + 1);
}

/** The Weibo data in a parsed JSON document, or undefined when it holds none. */
export function readWeiboDocument(doc: unknown): WeiboDocument | undefined {
  const found: Found = { records: [], empty: 0, comments: 0, hotSearch: 0, longTexts: [], people: [] };
  collect(doc, found, 0);
  if (found.records.length === 0 && found.empty === 0 && found.comments === 0 && found.hotSearch === 0 && found.longTexts.length === 0 && !found.profile &&
      found.people.length === 0) return undefined;
  const captured = isRecord(doc) ? captureTimeOf(doc) : undefined;
  const statuses: WeiboStatus[] = [];
  const originals = new QuotedOriginals();
  let empty = found.empty;
  for (const record of found.records) {
    const read = readStatus(record, captured !== undefined ? { captured } : {});
    const status = read && originals.quote(read);
    // weiboSpider writes no author on a post of the user's file: the file's user wrote it.
    if (status && found.owner && found.profile && status.author === undefined && status.authorId === undefined) statuses.push({ ...status, author: found.profile });
    else if (status) statuses.push(status);
    else empty += 1;
  }
  return {
    statuses,
    ...(found.profile ? { profile: found.profile } : {}),
    people: found.people,
    longTexts: found.longTexts,
    comments: found.comments,
    hotSearch: found.hotSearch,
    empty,
  };
}
