// A status-like record → WeiboStatus. The sources name the same facts differently (m.weibo.cn:
// `text`, `pics[].large`, `page_info`; the open API: `original_pic`; weibo-crawler: `pics` as a
// comma-separated string, `video_url`, `retweet`; crawler dumps: `content`, `pic`, `likes`),
// so each fact is looked up under the names the sources use. Only what is given is kept.
import { COUNT } from "../../content/feed-schema";
import { readWeiboDate } from "./dates";
import { midFromBid, midFromUrl } from "./mid";
import type { WeiboAuthor, WeiboCounts, WeiboPicture, WeiboStatus, WeiboVideo } from "./status";
import { readWeiboText, unwrapWeiboLink } from "./text";

export type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

const str = (value: unknown): string | undefined => {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return undefined;
  const text = value.replace(/[\t\u200b]/gu, "").trim();
  return text === "" ? undefined : text;
};

const first = (record: Json, names: readonly string[]): unknown => {
  for (const name of names) if (record[name] !== undefined && record[name] !== null && record[name] !== "") return record[name];
  return undefined;
};

const webUrl = (value: unknown): string | undefined => {
  const text = str(value);
  if (text === undefined) return undefined;
  const url = text.startsWith("//") ? `https:${text}` : text;
  return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(url) && url.length <= 4096 ? url : undefined;
};

const dimension = (value: unknown): number | undefined => {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : undefined;
};

/** The fields that make a record a post: some text, or a picture, under a name a source uses. */
export const TEXT_FIELDS = ["longTextContent", "text", "content", "raw_text", "正文", "review_display", "title"] as const;

export function looksLikeStatus(value: unknown): value is Json {
  return isRecord(value) && TEXT_FIELDS.some((name) => typeof value[name] === "string") && !isComment(value);
}

/** A comment (comments endpoints): it answers a post and is never a post of its own. */
export function isComment(record: Json): boolean {
  if (record.reposts_count !== undefined || record.attitudes_count !== undefined || record.retweeted_status !== undefined) return false;
  return record.rootid !== undefined || record.floor_number !== undefined || record.reply_id !== undefined ||
    ((record.like_count !== undefined || record.like_counts !== undefined) && isRecord(record.user)) || record.comment_id !== undefined;
}

function count(value: unknown): string | undefined {
  const text = str(value);
  return text !== undefined && COUNT.test(text) ? text : undefined;
}

function countsOf(record: Json): WeiboCounts | undefined {
  const counts: WeiboCounts = {};
  const reposts = count(first(record, ["reposts_count", "reposts", "forwards_count", "转发数"]));
  const comments = count(first(record, ["comments_count", "comments", "评论数"]));
  const likes = count(first(record, ["attitudes_count", "likes", "like_count", "attitudes", "点赞数"]));
  if (reposts !== undefined) counts.reposts = reposts;
  if (comments !== undefined) counts.comments = comments;
  if (likes !== undefined) counts.likes = likes;
  return Object.keys(counts).length > 0 ? counts : undefined;
}

/** A user object (m.weibo.cn, the open API, weibo-crawler's `user`) → an author. */
export function readUser(user: Json): WeiboAuthor | undefined {
  const name = str(first(user, ["screen_name", "name", "nickname"]));
  if (name === undefined) return undefined;
  const id = str(first(user, ["id", "idstr", "uid"]));
  const avatar = webUrl(first(user, ["avatar_hd", "avatar_large", "profile_image_url"]));
  const verified = user.verified === true || user.verified === "true" || user.verified === 1 ? str(user.verified_reason) : undefined;
  const description = str(user.description);
  const followers = count(first(user, ["followers_count_str", "followers_count"]));
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

function authorOf(record: Json, fromUrl: { uid?: string }): WeiboAuthor | undefined {
  if (isRecord(record.user)) return readUser(record.user);
  // weibo-crawler writes the author as `user_id` + `screen_name` on each post.
  const name = str(first(record, ["screen_name", "user_name", "nickname", "用户昵称"]));
  const id = str(first(record, ["user_id", "uid", "用户id"])) ?? fromUrl.uid;
  return name !== undefined ? readUser({ screen_name: name, ...(id !== undefined ? { id } : {}) }) : undefined;
}

/** A sinaimg URL at another size: thumbnail/bmiddle/orj360/mw690 … → large. */
function largeOf(url: string): string {
  return url.replace(/^(https?:\/\/[a-z0-9]+\.sinaimg\.cn\/)(?:thumbnail|bmiddle|orj\d+|mw\d+|thumb\d+|square|small|wap\d+)\//i, "$1large/");
}

function picturesOf(record: Json): WeiboPicture[] {
  const given = first(record, ["pics", "pic_urls", "pictures", "images", "pic", "原始图片url"]);
  // m.weibo.cn sometimes sends its picture list as an object keyed "0", "1", …
  const pics = isRecord(given) && Object.keys(given).every((k) => /^\d+$/.test(k))
    ? Object.keys(given).sort((a, b) => Number(a) - Number(b)).map((k) => given[k])
    : given;
  const found: WeiboPicture[] = [];
  if (Array.isArray(pics)) {
    for (const pic of pics) {
      if (typeof pic === "string") {
        const url = webUrl(pic);
        if (url) found.push({ url });
        continue;
      }
      if (!isRecord(pic)) continue;
      const large = isRecord(pic.large) ? pic.large : undefined;
      const url = webUrl(large?.url) ?? webUrl(first(pic, ["original_pic", "url", "thumbnail_pic"]));
      if (url === undefined) continue;
      const geo = isRecord(large?.geo) ? large.geo : isRecord(pic.geo) && large === undefined ? pic.geo : undefined;
      const width = dimension(geo?.width);
      const height = dimension(geo?.height);
      const small = webUrl(pic.url);
      const full = large === undefined && typeof pic.thumbnail_pic === "string" ? largeOf(url) : url;
      found.push({
        url: full,
        ...(width !== undefined && height !== undefined ? { width, height } : {}),
        ...(small !== undefined && small !== full ? { thumbnail: small } : {}),
      });
    }
  } else if (typeof pics === "string") {
    for (const part of pics.split(",")) {
      const url = webUrl(part);
      if (url) found.push({ url });
    }
  } else if (isRecord(record.pic_infos)) {
    // weibo.com's ajax API: pic_ids in order, pic_infos by id.
    const infos = record.pic_infos;
    const ids = Array.isArray(record.pic_ids) ? record.pic_ids : Object.keys(infos);
    for (const pid of ids) {
      const info = typeof pid === "string" && isRecord(infos[pid]) ? infos[pid] : undefined;
      const large = info && (isRecord(info.largest) ? info.largest : isRecord(info.large) ? info.large : undefined);
      const url = webUrl(large?.url);
      if (!info || !large || url === undefined) continue;
      const width = dimension(large.width);
      const height = dimension(large.height);
      const small = isRecord(info.bmiddle) ? webUrl(info.bmiddle.url) : undefined;
      found.push({ url, ...(width && height ? { width, height } : {}), ...(small ? { thumbnail: small } : {}) });
    }
  }
  if (found.length === 0) {
    const single = webUrl(first(record, ["original_pic", "bmiddle_pic", "thumbnail_pic"]));
    if (single !== undefined) {
      const thumb = webUrl(record.bmiddle_pic);
      const url = largeOf(single);
      found.push({ url, ...(thumb !== undefined && thumb !== url ? { thumbnail: thumb } : {}) });
    }
  }
  const seen = new Set<string>();
  return found.filter((p) => !seen.has(p.url) && seen.add(p.url)).slice(0, 200);
}

function videoOf(record: Json): WeiboVideo | undefined {
  const page = isRecord(record.page_info) ? record.page_info : undefined;
  if (page && page.type === "video") {
    const media = isRecord(page.media_info) ? page.media_info : {};
    const urls = isRecord(page.urls) ? page.urls : {};
    const url = webUrl(first(media, ["mp4_720p_mp4", "mp4_hd_url", "stream_url_hd", "mp4_sd_url", "stream_url"])) ??
      webUrl(first(urls, ["mp4_720p_mp4", "mp4_hd_mp4", "mp4_ld_mp4"]));
    const poster = isRecord(page.page_pic) ? webUrl(page.page_pic.url) : webUrl(page.page_pic);
    const duration = typeof media.duration === "number" && media.duration >= 0 ? media.duration : undefined;
    const title = str(first(page, ["page_title", "title"])) ?? str(media.name);
    if (url === undefined && poster === undefined) return undefined;
    return {
      ...(url !== undefined ? { url } : {}),
      ...(poster !== undefined ? { poster } : {}),
      ...(duration !== undefined ? { duration } : {}),
      ...(title !== undefined ? { title: title.slice(0, 200) } : {}),
    };
  }
  const file = first(record, ["video_url", "视频url"]);
  const url = typeof file === "string" ? webUrl(file.split(";")[0]) : undefined;
  return url !== undefined ? { url } : undefined;
}

const DELETED = /已被作者删除|已被删除|已删除|不适宜对外公开|无法查看|暂无查看权限|作者已设置仅展示/u;

function isDeleted(record: Json): boolean {
  if (record.deleted === "1" || record.deleted === 1 || record.deleted === true) return true;
  // Weibo sends an original no one may see any more with its user set to null.
  if (record.user === null) return true;
  const text = str(first(record, ["text", "content"]));
  return !isRecord(record.user) && record.user_id === undefined && record.screen_name === undefined &&
    (text === undefined || DELETED.test(text));
}

/** A post's numeric id from a mid (digits) or a bid (base 62, as weiboSpider writes its 微博id). */
function weiboId(value: unknown): string | undefined {
  const key = str(value);
  if (key === undefined) return undefined;
  if (/^\d{1,20}$/.test(key)) return key;
  return /^[0-9A-Za-z]{6,12}$/.test(key) ? midFromBid(key) : undefined;
}

export interface ReadOptions {
  captured?: number;
  /** Only the original of a repost: it quotes no repost of its own. */
  nested?: boolean;
}

/** A status-like record as a post; undefined when it has neither text nor pictures. */
export function readStatus(record: Json, options: ReadOptions = {}): WeiboStatus | undefined {
  const link = webUrl(first(record, ["link", "url", "scheme", "微博链接"]));
  const fromUrl = link !== undefined ? midFromUrl(link) : {};
  const id = weiboId(first(record, ["idstr", "mid", "id", "微博id"])) ?? fromUrl.mid;
  const longText = isRecord(record.longText) ? str(record.longText.longTextContent) : undefined;
  const rawText = longText ?? first(record, TEXT_FIELDS);
  const text = readWeiboText(typeof rawText === "string" ? rawText : "");
  if (longText !== undefined) text.truncated = false;
  // A status's text is cut when the API says so even if its 全文 link was stripped.
  if (longText === undefined && (record.isLongText === true || record.is_long_text === true) && !text.truncated) text.truncated = true;
  if (text.truncated && text.wholeUrl === undefined && id !== undefined) text.wholeUrl = `https://m.weibo.cn/status/${id}`;
  const pictures = picturesOf(record);
  const video = videoOf(record);
  const date = readWeiboDate(first(record, ["full_created_at", "完整日期", "created_at", "createdAt", "日期", "date", "time"]), options.captured);
  const counts = countsOf(record);
  const author = authorOf(record, fromUrl);
  const authorId = fromUrl.uid ?? str(record.user_id);
  const bid = str(record.bid) ?? str(record.mblogid);
  const url = (link && /weibo\.(?:cn|com)\//i.test(link) ? link.replace(/\?.*$/u, "") : link) ??
    (bid !== undefined && author?.id !== undefined ? `https://weibo.com/${author.id}/${bid}` : id !== undefined ? `https://m.weibo.cn/status/${id}` : undefined);
  let repost: WeiboStatus["repost"];
  const original = first(record, ["retweeted_status", "retweet", "repost"]);
  if (!options.nested && isRecord(original)) {
    const originalId = weiboId(first(original, ["idstr", "mid", "id"]));
    repost = isDeleted(original)
      ? { deleted: true, ...(originalId ? { id: originalId } : {}) }
      : readStatus(original, { ...options, nested: true }) ?? { deleted: true, ...(originalId ? { id: originalId } : {}) };
  }
  if (text.paragraphs.length === 0 && pictures.length === 0 && video === undefined && repost === undefined) return undefined;
  return {
    ...(id !== undefined ? { id } : {}),
    ...(url !== undefined ? { url: unwrapWeiboLink(url) } : {}),
    ...(author !== undefined ? { author } : authorId !== undefined ? { authorId } : {}),
    text,
    pictures,
    ...(video !== undefined ? { video } : {}),
    ...(counts !== undefined ? { counts } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(repost !== undefined ? { repost } : {}),
  };
}
