// A hot-search list (热搜榜), as Weibo's APIs serve it and as archives of it are written:
// weibo.com's side/hotSearch (`realtime` entries of word, num, rank, label_name), m.weibo.cn's
// realtimehot cards (desc, and a search link as scheme), and archives of `{title, url}` whose
// url is the word's search page. An entry is a search word, not a post: it has no author, date
// or words of its own, so it is set aside and counted, never made a post.
import { first, isRecord, str } from "./media";

/** Weibo's search pages: s.weibo.com/weibo?q=…, s.weibo.com/weibo/…, m.weibo.cn/search?containerid=100103…. */
const SEARCH_PAGE = /^(?:https?:)?\/\/(?:s\.weibo\.com\/(?:weibo\b|realtime\b|top\/)|m\.weibo\.cn\/(?:search\b|p\/index\?[^#]*containerid=100103))/i;
const RANKING = ["num", "rank", "realpos", "raw_hot", "word_scheme", "label_name", "onboard_time", "hot", "hot_value"];

/** Fields only a post has: an entry with any of them is read as the post it is. */
const POST_FIELDS = ["text", "content", "user", "mblog", "mid", "created_at"];

export function isHotSearchEntry(value: unknown): boolean {
  if (!isRecord(value) || POST_FIELDS.some((key) => value[key] !== undefined)) return false;
  const word = str(first(value, ["word", "title", "desc", "name", "keyword", "query"]));
  if (word === undefined || word.length > 100) return false;
  if (typeof value.word === "string" && RANKING.some((key) => value[key] !== undefined)) return true;
  const link = str(first(value, ["url", "link", "scheme", "href", "mobileUrl"]));
  return link !== undefined && SEARCH_PAGE.test(link);
}
