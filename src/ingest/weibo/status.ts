// One Weibo post as every source gives it, whatever the shape it came in: the m.weibo.cn API,
// the 2012-era open API, weibo-crawler's JSON and CSV, and crawler dumps of the same kind.
import type { WeiboDate } from "./dates";
import type { WeiboText } from "./text";

export interface WeiboAuthor {
  /** The uid. */
  id?: string;
  name: string;
  url?: string;
  avatar?: string;
  verified?: string;
  description?: string;
  followers?: string;
}

export interface WeiboPicture {
  url: string;
  width?: number;
  height?: number;
  thumbnail?: string;
}

export interface WeiboVideo {
  /** The video file, where the source gives one. */
  url?: string;
  poster?: string;
  duration?: number;
  title?: string;
}

export interface WeiboCounts {
  reposts?: string;
  comments?: string;
  likes?: string;
}

export interface WeiboStatus {
  /** The numeric id (mid). */
  id?: string;
  /** The post's own page on Weibo. */
  url?: string;
  author?: WeiboAuthor;
  /** The author's uid when the source names no author (e.g. only in the post's URL). */
  authorId?: string;
  text: WeiboText;
  pictures: WeiboPicture[];
  videos?: WeiboVideo[];
  /** The picture of the article or web page the post shares (its card). */
  cardPicture?: string;
  counts?: WeiboCounts;
  date?: WeiboDate;
  /** When the author last edited the post (edit_at), as an ISO time. */
  edited?: string;
  repost?: WeiboStatus | { deleted: true; id?: string };
  /**
   * What names the post beside its words when the source gives no Weibo id (weiboSpider's txt:
   * the time it was posted), so that two posts saying the same are two stories.
   */
  idParts?: string[];
}
