// Weibo's web pages copied as text: a user's timeline, a search result or one post's page. Each
// post is its author's name (with what Weibo prints beside it: a "V" badge, the verification),
// the line of its time and client ("2020-8-5 18:30 来自 iPhone客户端"), its words, and its
// counts ("转发 12", "评论 3", "赞 45", or the labels alone when there are none). Read into the
// records the Weibo data path reads, so a post copied from the page is the post its data gives.
// Hand-written: no library reads this layout.
import { readCounts } from "../parse/counts";
import { toLines } from "../parse/lines";
import { readStatus, type Json } from "./record";
import type { WeiboStatus } from "./status";

/** The time forms Weibo prints over a post, as readWeiboDate reads them. */
const TIME =
  /^(?:(?:\d{2}|\d{4})-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2})?|(?:今天|昨天|前天)\s*\d{1,2}:\d{2}|刚刚|\d{1,2}\s*(?:秒|分钟|小时)前)$/u;
/** "2020-8-5 18:30 来自 iPhone客户端": the post's time and the client it was sent from. */
const TIME_LINE = /^(.{2,20}?)\s*来自(?!\s*[:：])\s*\S.{0,40}$/u;
/** What Weibo prints beside an author's name: the verified badge, membership, an edit mark. */
const BESIDE_NAME = /^(?:V|微博会员|已编辑|置顶|热门|公开)$/u;
/** Count labels printed without a number: the post has none of that kind yet. */
const BARE_COUNT = /^(?:转发|评论|赞|点赞|收藏|分享)$/u;
/** Lines of a post's page that are buttons, not words. */
const BUTTON = /^(?:展开全文c?|收起全文d?|收起d?|查看图片|网页链接)$/u;
/** Lines a timeline needs before its first post's time: the name and what Weibo prints beside it. */
const FIRST_POST_WITHIN = 4;

const timeOf = (line: string): string | undefined => {
  const m = TIME_LINE.exec(line);
  const time = m?.[1]?.trim();
  return time !== undefined && TIME.test(time) ? time : undefined;
};

/** A line that can be an author's name: short, one phrase. */
const isNameLine = (line: string) => line.length <= 30 && !/[。，,；;！!？?：:]/u.test(line) && timeOf(line) === undefined;

interface Draft {
  author?: string;
  time: string;
  words: string[];
  counts: { reposts?: string; comments?: string; likes?: string };
}

function toStatus(draft: Draft): WeiboStatus | undefined {
  const record: Json = { text: draft.words.join("<br />"), created_at: draft.time };
  if (draft.author !== undefined) record.user = { screen_name: draft.author };
  if (draft.counts.reposts !== undefined) record.reposts_count = draft.counts.reposts;
  if (draft.counts.comments !== undefined) record.comments_count = draft.counts.comments;
  if (draft.counts.likes !== undefined) record.attitudes_count = draft.counts.likes;
  const status = readStatus(record);
  // No Weibo id names the post: its author and time do, beside its words.
  return status && { ...status, idParts: [draft.author ?? "", draft.time] };
}

const isCountLine = (line: string) => BARE_COUNT.test(line) || readCounts(line) !== undefined;

/**
 * Where the author's block over the time line at `at` starts: after the last post's counts when
 * the page kept them, else at the name right over the time and what Weibo prints beside it.
 */
function blockStart(lines: readonly string[], after: number, at: number): number {
  for (let i = at - 1; i > after; i -= 1) if (isCountLine(lines[i]!)) return i + 1;
  let i = at - 1;
  while (i > after + 1 && BESIDE_NAME.test(lines[i]!)) i -= 1;
  return i;
}

/**
 * The posts of a Weibo page copied as text; undefined when the text is not one: its first
 * post's time line comes right under a name at the top, as Weibo prints them, and a page of one
 * post shows its counts.
 */
export function readTimelineText(text: string): WeiboStatus[] | undefined {
  // The first post's time line is among the first few short lines: most pages are settled here.
  if (!text.slice(0, 2000).includes("来自")) return undefined;
  const lines = toLines(text).filter((line) => line !== "");
  const times = lines.flatMap((line, i) => (timeOf(line) !== undefined ? [i] : []));
  const first = times[0];
  if (first === undefined || first === 0 || first > FIRST_POST_WITHIN || !isNameLine(lines[0]!)) return undefined;
  // One post's page shows its counts under it; a news page with a "来自" line under its title does not.
  if (times.length === 1 && !lines.slice(first).some(isCountLine)) return undefined;
  const starts = times.map((at, k) => (k === 0 ? 0 : blockStart(lines, times[k - 1]!, at)));
  const statuses: WeiboStatus[] = [];
  times.forEach((at, k) => {
    const start = starts[k]!;
    const draft: Draft = { time: timeOf(lines[at]!)!, words: [], counts: {} };
    if (start < at && isNameLine(lines[start]!)) draft.author = lines[start];
    for (const line of lines.slice(at + 1, starts[k + 1] ?? lines.length)) {
      const counts = readCounts(line);
      if (counts !== undefined) Object.assign(draft.counts, counts);
      else if (!BARE_COUNT.test(line) && !BUTTON.test(line)) draft.words.push(line);
    }
    const status = toStatus(draft);
    if (status !== undefined) statuses.push(status);
  });
  return statuses;
}
