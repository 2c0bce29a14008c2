// A status-like record → WeiboStatus. The sources name the same facts differently (m.weibo.cn:
// `text`, `pics[].large`, `page_info`; the open API: `original_pic`; weibo-crawler: `pics` as a
// comma-separated string, `video_url`, `retweet`; crawler dumps: `content`, `pic`, `likes`),
// so each fact is looked up under the names the sources use. Only what is given is kept.
import { cleanName } from "../../content/clean-text";
import { articleCardOf, cardPictureOf, webPageWords, withArticleLink } from "./article-card";
import { COUNT } from "../../content/feed-schema";
import { showCount } from "../../content/counts";
import { readWeiboDate } from "./dates";
import { midFromBid, midFromUrl } from "./mid";
import { first, isRecord, picturesOf, str, videosOf, webUrl, type Json } from "./media";
import type { WeiboAuthor, WeiboCounts, WeiboStatus } from "./status";

export { isRecord, type Json };
import { spiderRepost } from "./spider-content";
import { unwrapWeiboLink } from "./links";
import { readWeiboText, restoreLinkLabels, withoutVideoLabel } from "./text";

/** The fields that make a record a post: some text, or a picture, under a name a source uses. */
export const TEXT_FIELDS = ["longTextContent", "text", "content", "raw_text", "正文", "review_display", "title"] as const;

export function looksLikeStatus(value: unknown): value is Json {
  return isRecord(value) && TEXT_FIELDS.some((name) => typeof value[name] === "string") && !isComment(value);
}

/** A comment (comments endpoints): it answers a post and is never a post of its own. */
export function isComment(record: Json): boolean {
  if (record.reposts_count !== undefined || record.attitudes_count !== undefined || record.retweeted_status !== undefined) return false;
  // WeiboSpider writes its comments' author as comment_user.
  return record.rootid !== undefined || record.floor_number !== undefined || record.reply_id !== undefined || isRecord(record.comment_user) ||
    ((record.like_count !== undefined || record.like_counts !== undefined) && isRecord(record.user)) || record.comment_id !== undefined;
}

/** A flag set: true as JSON writes it, True as Python prints it, 1 as a database stores it. */
const yes = (value: unknown): boolean => value === true || /^(?:true|1)$/iu.test(str(value) ?? "");

/** A count as Weibo shows it (1000000 → 100万); a number printed with thousands separators (1,234) is the number. */
function count(value: unknown): string | undefined {
  const text = str(value)?.replace(/^\d{1,3}(?:,\d{3})+$/u, (n) => n.replaceAll(",", ""));
  return text !== undefined && COUNT.test(text) ? showCount(text) : undefined;
}

/** The first of those fields that holds a count: an archiver's `comments` may be the list of them, beside their count. */
const countOf = (record: Json, names: readonly string[]): string | undefined => {
  for (const name of names) {
    const found = count(record[name]);
    if (found !== undefined) return found;
  }
  return undefined;
};

function countsOf(record: Json): WeiboCounts | undefined {
  const counts: WeiboCounts = {};
  // Weibo-archiver's export names them in camelCase (repostsCount, commentsCount, likesCount).
  const reposts = countOf(record, ["reposts_count", "reposts", "forwards_count", "retweet_num", "repost_num", "shared_count", "repost_count", "repostsCount", "转发数"]);
  const comments = countOf(record, ["comments_count", "comments", "comment_num", "comment_count", "commentsCount", "评论数"]);
  const likes = countOf(record, ["attitudes_count", "likes", "like_count", "attitudes", "up_num", "like_num", "liked_count", "likesCount", "attitudesCount", "点赞数"]);
  if (reposts !== undefined) counts.reposts = reposts;
  if (comments !== undefined) counts.comments = comments;
  if (likes !== undefined) counts.likes = likes;
  return Object.keys(counts).length > 0 ? counts : undefined;
}

const USER_NAMES = ["screen_name", "name", "nickname", "nick_name"];
const USER_IDS = ["id", "idstr", "uid", "_id", "user_id"];

/** A user object (m.weibo.cn, the open API, weibo-crawler's `user`) → an author. */
export function readUser(user: Json): WeiboAuthor | undefined {
  // WeiboSpider-style crawlers (a MongoDB document per user) write nick_name and _id.
  const given = str(first(user, USER_NAMES));
  const name = given === undefined ? undefined : cleanName(given);
  if (name === undefined) return undefined;
  const id = str(first(user, USER_IDS));
  const avatar = webUrl(first(user, ["avatar_hd", "avatar_large", "profile_image_url", "avatar"]));
  const verified = yes(user.verified) ? str(user.verified_reason) : undefined;
  const description = str(first(user, ["description", "bio", "desc"]));
  const followers = count(first(user, ["followers_count_str", "followers_count", "followers", "fans"]));
  const profile = id !== undefined && /^\d+$/.test(id) ? `https://weibo.com/u/${id}` : webUrl(user.profile_url);
  return {
    name: name.slice(0, 200),
    ...(id !== undefined ? { id } : {}),
    ...(profile !== undefined ? { url: profile } : {}),
    ...(avatar !== undefined ? { avatar } : {}),
    ...(verified !== undefined ? { verified } : {}),
    ...(description !== undefined ? { description: description.slice(0, 2000) } : {}),
    ...(followers !== undefined ? { followers } : {}),
  };
}

/**
 * The author: the post's `user`, completed from what the post itself says of its author (weibo-crawler
 * writes `user_id` + `screen_name` on each post, some dumps a `user` with the name or the uid alone),
 * and from the uid in the post's own address.
 */
function authorOf(record: Json, fromUrl: { uid?: string }): WeiboAuthor | undefined {
  const user: Json = isRecord(record.user) ? { ...record.user } : {};
  const name = str(first(record, ["screen_name", "user_name", "nickname", "nick_name", "用户昵称"]));
  const id = str(first(record, ["user_id", "uid", "userId", "用户id"])) ?? fromUrl.uid;
  if (str(first(user, USER_NAMES)) === undefined && name !== undefined) user.screen_name = name;
  if (str(first(user, USER_IDS)) === undefined && id !== undefined) user.id = id;
  // MediaCrawler writes the author's avatar beside the name.
  if (!isRecord(record.user) && record.avatar !== undefined) user.avatar = record.avatar;
  return readUser(user);
}

// Weibo's words in place of an original the reader may not see: deleted, hidden by its author
// (没有这条微博的查看权限, 仅自己可见, 仅展示半年内), or taken down.
const DELETED = /已被作者删除|已被删除|已删除|不适宜对外公开|无法查看|查看权限|权限查看|作者已设置仅展示|仅自己可见|不可见/u;

function isDeleted(record: Json): boolean {
  if (yes(record.deleted)) return true;
  // Weibo sends an original no one may see any more with its user set to null.
  if (record.user === null) return true;
  const text = str(first(record, ["text", "content"]));
  // weibo-crawler writes the author of an original no one may see as empty user_id and screen_name.
  return !isRecord(record.user) && str(record.user_id) === undefined && str(record.screen_name) === undefined &&
    (text === undefined || DELETED.test(text));
}

/** A post's numeric id from a mid (digits) or a bid (base 62, as weiboSpider writes its 微博id). */
function weiboId(value: unknown): string | undefined {
  const key = str(value);
  if (key === undefined) return undefined;
  // 0 (a table's default for a post that quotes none) names no post.
  if (/^\d{1,20}$/.test(key)) return /^0+$/u.test(key) ? undefined : key;
  return /^[0-9A-Za-z]{6,12}$/.test(key) ? midFromBid(key) : undefined;
}

export interface ReadOptions {
  captured?: number;
  /** Only the original of a repost: it quotes no repost of its own. */
  nested?: boolean;
}

const cardKey = (card: Json) => str(first(card, ["object_id", "page_id", "page_url"]));

/**
 * The record without the card (page_info) that is its original's: m.weibo.cn gives a repost the
 * card of the video or article it quotes, which the reader sees once, in the quoted original.
 */
function withOwnCard(record: Json): Json {
  const original = first(record, ["retweeted_status", "retweet", "repost"]);
  if (!isRecord(record.page_info) || !isRecord(original) || !isRecord(original.page_info)) return record;
  const key = cardKey(record.page_info);
  return key !== undefined && key === cardKey(original.page_info) ? { ...record, page_info: undefined } : record;
}

/** A status-like record as a post; undefined when it has neither text nor pictures. */
export function readStatus(given: Json, options: ReadOptions = {}): WeiboStatus | undefined {
  const record = spiderRepost(given);
  const link = webUrl(first(record, ["link", "url", "weibo_url", "note_url", "scheme", "微博链接"]));
  const fromUrl = link !== undefined ? midFromUrl(link) : {};
  // WeiboSpider-style crawlers key each post by its mid (or bid) as the document's _id.
  // A bid is base 62: anything else is not one, and makes no address.
  const bid = [str(record.bid), str(record.mblogid)].find((key) => key !== undefined && /^[0-9A-Za-z]{6,12}$/.test(key));
  // Else by its bid (weibo.com's mblogid), which is its mid in base 62.
  const id = weiboId(first(record, ["idstr", "mid", "id", "微博id", "_id", "note_id"])) ?? fromUrl.mid ?? (bid !== undefined ? midFromBid(bid) : undefined);
  const longText = isRecord(record.longText) ? str(record.longText.longTextContent) : undefined;
  const rawText = longText ?? first(record, TEXT_FIELDS);
  const text = readWeiboText(typeof rawText === "string" ? restoreLinkLabels(rawText, record.links) : "");
  if (longText !== undefined) text.truncated = false;
  const own = withOwnCard(record);
  const article = articleCardOf(own, text.paragraphs.join("\n"));
  if (article !== undefined) text.paragraphs = withArticleLink(text.paragraphs, typeof rawText === "string" ? rawText : "", article);
  // Weibo's words for a post that shares a page and says nothing (分享网页) give way to the card's.
  else if (text.paragraphs.length === 0 || (text.paragraphs.length === 1 && text.paragraphs[0] === "分享网页")) text.paragraphs = webPageWords(own) ?? text.paragraphs;
  // A status's text is cut when the API says so even if its 全文 link was stripped. A crawler's
  // `content` is not the API's text: WeiboSpider keeps the flag and puts the whole text there.
  const fromCrawler = longText === undefined && rawText === record.content;
  if (longText === undefined && !fromCrawler && (yes(record.isLongText) || yes(record.is_long_text)) && !text.truncated) text.truncated = true;
  if (text.truncated && text.wholeUrl === undefined && id !== undefined) text.wholeUrl = `https://m.weibo.cn/status/${id}`;
  const pictures = picturesOf(record);
  const videos = videosOf(own);
  const cardPicture = cardPictureOf(own);
  const date = readWeiboDate(first(record, ["full_created_at", "完整日期", "create_date_time", "created_at", "createdAt", "publish_time", "日期", "date", "time", "create_time"]), options.captured);
  const edit = readWeiboDate(record.edit_at, options.captured);
  const counts = countsOf(record);
  const author = authorOf(record, fromUrl);
  if (videos.length > 0) text.paragraphs = withoutVideoLabel(text.paragraphs, author?.name);
  const authorId = fromUrl.uid ?? str(first(record, ["user_id", "userId"]));
  const uid = author?.id ?? authorId;
  const url = (link && /weibo\.(?:cn|com)\//i.test(link) ? link.replace(/\?.*$/u, "") : link) ??
    (bid !== undefined && uid !== undefined && /^\d+$/u.test(uid) ? `https://weibo.com/${uid}/${bid}` : id !== undefined ? `https://m.weibo.cn/status/${id}` : undefined);
  let repost: WeiboStatus["repost"];
  const original = first(record, ["retweeted_status", "retweet", "repost"]);
  if (!options.nested && isRecord(original)) {
    const originalId = weiboId(first(original, ["idstr", "mid", "id"]));
    repost = isDeleted(original)
      ? { deleted: true, ...(originalId ? { id: originalId } : {}) }
      : readStatus(original, { ...options, nested: true }) ?? { deleted: true, ...(originalId ? { id: originalId } : {}) };
  } else if (!options.nested && (yes(record.is_retweet) || (record.is_retweet === undefined && record.retweet_id !== undefined))) {
    // WeiboSpider and weibo-search name the original of a repost by its id alone (weibo-search
    // writes the original as a row of its own): the repost quotes it as a link to it.
    const originalId = weiboId(record.retweet_id);
    if (originalId !== undefined) repost = { id: originalId, url: `https://m.weibo.cn/status/${originalId}`, text: { paragraphs: [], truncated: false }, pictures: [] };
  }
  if (text.paragraphs.length === 0 && pictures.length === 0 && videos.length === 0 && repost === undefined) return undefined;
  return {
    ...(id !== undefined ? { id } : {}),
    ...(url !== undefined ? { url: unwrapWeiboLink(url) } : {}),
    ...(author !== undefined ? { author } : authorId !== undefined ? { authorId } : {}),
    text,
    pictures,
    ...(videos.length > 0 ? { videos } : {}),
    ...(cardPicture !== undefined ? { cardPicture } : {}),
    ...(counts !== undefined ? { counts } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(edit !== undefined && "iso" in edit ? { edited: edit.iso } : {}),
    ...(repost !== undefined ? { repost } : {}),
  };
}
