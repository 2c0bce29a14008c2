// A post's pictures and video, under the names each source gives them: m.weibo.cn's
// `pics[].large` with sizes, weibo.com's `pic_ids` + `pic_infos`, the open API's
// `original_pic`, crawlers' comma-separated `pics`; a video from `page_info` (file, poster,
// duration) or a crawler's `video_url`.
import { isRecord } from "../../content/is-record";
import type { WeiboPicture, WeiboVideo } from "./status";

export type Json = Record<string, unknown>;
export { isRecord };

export const str = (value: unknown): string | undefined => {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return undefined;
  const text = value.replace(/[\t\u200b]/gu, "").trim();
  return text === "" ? undefined : text;
};

export const first = (record: Json, names: readonly string[]): unknown => {
  for (const name of names) if (record[name] !== undefined && record[name] !== null && record[name] !== "") return record[name];
  return undefined;
};

export const webUrl = (value: unknown): string | undefined => {
  const text = str(value);
  if (text === undefined) return undefined;
  const url = text.startsWith("//") ? `https:${text}` : text;
  return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(url) && url.length <= 4096 ? url : undefined;
};

const dimension = (value: unknown): number | undefined => {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : undefined;
};

/** A sinaimg URL at another size: thumbnail/bmiddle/orj360/mw690 … → large. */
function largeOf(url: string): string {
  return url.replace(/^(https?:\/\/[a-z0-9]+\.sinaimg\.cn\/)(?:thumbnail|bmiddle|orj\d+|mw\d+|thumb\d+|square|small|wap\d+)\//i, "$1large/");
}

/**
 * A picture a crawler lists by its address alone. weibo.cn's pages show thumbnails (wap180,
 * thumb150, square), m.weibo.cn's orj360 and bmiddle: the same picture at its large size is what
 * a reader opens, the smaller one beside it.
 */
function listedPicture(value: unknown): WeiboPicture | undefined {
  const url = webUrl(value);
  if (url === undefined) return undefined;
  const large = largeOf(url);
  return large === url ? { url } : { url: large, thumbnail: url };
}

const isListedVideo = (pic: unknown): boolean => isRecord(pic) && pic.type === "video" && typeof pic.videoSrc === "string";

/** One picture of weibo.com's pic_infos: its largest size, with its size and a thumbnail. */
function infoPicture(info: unknown): WeiboPicture | undefined {
  if (!isRecord(info)) return undefined;
  // The biggest size given: weibo.com names it largest, or only original / mw2000 beside large.
  const large = ["largest", "original", "mw2000", "large"].map((size) => info[size]).find(isRecord);
  const url = webUrl(large?.url);
  if (!large || url === undefined) return undefined;
  const width = dimension(large.width);
  const height = dimension(large.height);
  const small = isRecord(info.bmiddle) ? webUrl(info.bmiddle.url) : undefined;
  return { url, ...(width && height ? { width, height } : {}), ...(small ? { thumbnail: small } : {}) };
}

export function picturesOf(record: Json): WeiboPicture[] {
  const given = first(record, ["pics", "pic_urls", "pictures", "images", "imgs", "pic", "original_pictures", "image_url", "原始图片url"]);
  // m.weibo.cn sometimes sends its picture list as an object keyed "0", "1", …
  const pics = isRecord(given) && Object.keys(given).every((k) => /^\d+$/.test(k))
    ? Object.keys(given).sort((a, b) => Number(a) - Number(b)).map((k) => given[k])
    : given;
  const found: WeiboPicture[] = [];
  if (Array.isArray(pics)) {
    for (const pic of pics) {
      if (typeof pic === "string") {
        const listed = listedPicture(pic);
        if (listed) found.push(listed);
        continue;
      }
      // A video among m.weibo.cn's pics is a video (videosOf), its picture the poster.
      if (!isRecord(pic) || isListedVideo(pic)) continue;
      const large = isRecord(pic.large) ? pic.large : undefined;
      const url = webUrl(large?.url) ?? webUrl(first(pic, ["original_pic", "url", "thumbnail_pic"]));
      if (url === undefined) continue;
      const geo = isRecord(large?.geo) ? large.geo : isRecord(pic.geo) && large === undefined ? pic.geo : undefined;
      const width = dimension(geo?.width);
      const height = dimension(geo?.height);
      const small = webUrl(pic.url);
      // A picture given at a smaller size alone (orj360, bmiddle, thumb150) is served large by the same name.
      const full = large === undefined ? largeOf(url) : url;
      found.push({
        url: full,
        ...(width !== undefined && height !== undefined ? { width, height } : {}),
        ...(small !== undefined && small !== full ? { thumbnail: small } : {}),
      });
    }
  } else if (typeof pics === "string") {
    // Listed with commas (weibo-crawler), semicolons, bars or line breaks; a comma inside an
    // address's query (?KID=imgbed,tva&…) is part of it.
    for (const part of pics.split(/\s*[,;|\s]\s*(?=(?:https?:)?\/\/)/u)) {
      const listed = listedPicture(part);
      if (listed) found.push(listed);
    }
  } else if (isRecord(record.pic_infos)) {
    // weibo.com's ajax API: pic_ids in order, pic_infos by id.
    const infos = record.pic_infos;
    const ids = Array.isArray(record.pic_ids) ? record.pic_ids : Object.keys(infos);
    for (const pid of ids) {
      const picture = typeof pid === "string" ? infoPicture(infos[pid]) : undefined;
      if (picture) found.push(picture);
    }
  } else if (isRecord(record.mix_media_info) && Array.isArray(record.mix_media_info.items)) {
    // weibo.com's posts of pictures and videos together: the pictures, in order, as pic_infos has them.
    for (const entry of record.mix_media_info.items) {
      const picture = isRecord(entry) && entry.type === "pic" ? infoPicture(entry.data) : undefined;
      if (picture) found.push(picture);
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

/** A card's picture (page_info's page_pic): m.weibo.cn gives it as {url}, weibo.com as the address itself. */
export const pagePicture = (page: Json): string | undefined => (isRecord(page.page_pic) ? webUrl(page.page_pic.url) : webUrl(page.page_pic));

const isVideoPage = (page: unknown): page is Json => isRecord(page) && (page.type === "video" || page.object_type === "video");

/** weibo.com's list of a video's files by quality (playback_list): the one of most pixels. */
function playbackFile(list: unknown): string | undefined {
  const files = (Array.isArray(list) ? list : []).flatMap((entry) => {
    const play = isRecord(entry) && isRecord(entry.play_info) ? entry.play_info : undefined;
    const url = webUrl(play?.url);
    return play && url !== undefined ? [{ url, pixels: (dimension(play.width) ?? 0) * (dimension(play.height) ?? 0) }] : [];
  });
  return files.reduce<{ url: string; pixels: number } | undefined>((best, file) => (best === undefined || file.pixels > best.pixels ? file : best), undefined)?.url;
}

/** A video card: m.weibo.cn's page_info, weibo.com's (named by object_type only), an entry of its mix_media_info. */
function pageVideo(page: Json): WeiboVideo | undefined {
  // weibo.com sometimes keeps the media under the card's first entry.
  const card = Array.isArray(page.cards) && isRecord(page.cards[0]) ? page.cards[0] : {};
  const media = isRecord(page.media_info) ? page.media_info : isRecord(card.media_info) ? card.media_info : {};
  const urls = isRecord(page.urls) ? page.urls : {};
  // The best file either list gives: m.weibo.cn keeps its 720p file under urls, beside its lower streams under media_info.
  const url = webUrl(first({ ...urls, ...media }, ["mp4_720p_mp4", "mp4_hd_url", "mp4_hd_mp4", "stream_url_hd", "mp4_sd_url", "stream_url", "mp4_ld_mp4"])) ??
    playbackFile(media.playback_list);
  const big = isRecord(media.big_pic_info) && isRecord(media.big_pic_info.pic_big) ? webUrl(media.big_pic_info.pic_big.url) : undefined;
  const poster = pagePicture(page) ?? big;
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

/**
 * A post's videos, in order: m.weibo.cn lists the videos of a post of several among its `pics`
 * (type video, the file in videoSrc, the picture its poster); otherwise the video card
 * (page_info, or each video of mix_media_info); crawlers write the files `;`-separated.
 */
export function videosOf(record: Json): WeiboVideo[] {
  const listed = Array.isArray(record.pics) ? (record.pics.filter(isListedVideo) as Json[]) : [];
  if (listed.length > 0) {
    return listed.flatMap((pic) => {
      const url = webUrl(pic.videoSrc);
      const poster = isRecord(pic.large) ? webUrl(pic.large.url) : webUrl(pic.url);
      return url !== undefined ? [{ url, ...(poster !== undefined ? { poster } : {}) }] : [];
    });
  }
  if (isVideoPage(record.page_info)) {
    const video = pageVideo(record.page_info);
    return video ? [video] : [];
  }
  const mixed = isRecord(record.mix_media_info) && Array.isArray(record.mix_media_info.items) ? record.mix_media_info.items : [];
  const cards = mixed.flatMap((entry) => (isRecord(entry) && entry.type === "video" && isVideoPage(entry.data) ? [entry.data] : []));
  if (cards.length > 0) return cards.flatMap((card) => pageVideo(card) ?? []);
  // WeiboSpider (the weibo.com API version) writes the video's stream as `video`.
  const files = first(record, ["video_url", "视频url", "video"]);
  const urls = typeof files === "string" ? files.split(";") : Array.isArray(files) ? files : [];
  return urls.flatMap((file) => webUrl(file) ?? []).map((url) => ({ url })).slice(0, 50);
}
