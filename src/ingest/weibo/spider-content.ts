// weiboSpider's words of a post (github.com/dataabc/weiboSpider), as its txt, JSON and CSV
// results all write them: weibo.cn's link labels copied with the text, a text it could not fetch
// whole cut with "...全文", and a repost written as its reason, 原始用户: <name> and
// 转发内容: <the original's text> on lines of their own. Read into the record shape the other
// sources give: `text`, and the original under `retweet`.
import type { Json } from "./media";

/**
 * The words a reader sees: weibo.cn's link labels that the crawler copied with the text go
 * (原图, [组图共N张]: the pictures themselves are not in the file), and a text cut with
 * "...全文" because its whole could not be fetched is marked cut.
 */
function cleanText(lines: readonly string[]): { text: string; cut: boolean } {
  let text = lines.join("\n").replace(/(?:^|\s)原图$/u, "").trimEnd().replace(/\s*\[组图共\d+张\]$/u, "").trimEnd();
  const cut = /(?:\.{3}|…)\s*全文$/u.test(text);
  if (cut) text = text.replace(/\s*(?:\.{3}|…)\s*全文$/u, "…");
  return { text, cut };
}

function textRecord(lines: readonly string[]): Json {
  const { text, cut } = cleanText(lines);
  return { text, ...(cut ? { isLongText: true } : {}) };
}

/** A repost's content: 转发理由:<words>, 原始用户: <name>, 转发内容: <the original's text>. */
export function spiderContent(lines: readonly string[]): Json {
  const at = lines.findIndex((line) => /^转发内容\s*[：:]/u.test(line));
  const userLine = at > 0 ? /^原始用户\s*[：:]\s*(.*)$/u.exec(lines[at - 1]!) : null;
  if (at < 0 || (at > 0 && !userLine && !/^转发理由\s*[：:]/u.test(lines[0]!))) return textRecord(lines);
  const reason = lines.slice(0, userLine ? at - 1 : at);
  if (reason.length > 0) reason[0] = reason[0]!.replace(/^转发理由\s*[：:]\s*/u, "");
  const original = [lines[at]!.replace(/^转发内容\s*[：:]\s*/u, ""), ...lines.slice(at + 1)];
  const name = userLine?.[1]?.trim();
  return { ...textRecord(reason), retweet: { ...textRecord(original), ...(name ? { screen_name: name } : {}) } };
}

/** What the crawler writes for a fact it could not get. */
export const NOT_GIVEN = new Set(["", "无", "None"]);

/** weibo.cn's labels of a post's pictures at the end of its words: [组图共N张], 原图. */
const PICTURE_LABELS = /(?:\s\[组图共\d+张\]|\s原图)\s*$/u;

/** A weiboSpider record of an original post that lists its pictures. */
function hasPictures(record: Json): boolean {
  if (record.original === false || record.original === "False" || record.original === "false") return false;
  const pictures = record.original_pictures ?? record.pics;
  return typeof pictures === "string" && !NOT_GIVEN.has(pictures.trim());
}

/**
 * A weiboSpider post record (JSON, CSV) that says it is not original: its content split into
 * the reason and the original it quotes, with the original's pictures (retweet_pictures).
 * Other records come back as they were.
 */
export function spiderRepost(record: Json): Json {
  const original = record.original;
  // Its JSON names the words `content`; its CSV's 微博正文 column is read as `text`.
  const key = typeof record.content === "string" ? "content" : "text";
  const words = record[key];
  if (typeof words === "string" && hasPictures(record) && PICTURE_LABELS.test(words)) {
    // An original post of pictures: weibo.cn's labels of its pictures go, the pictures are beside it.
    return { ...record, [key]: cleanText(words.split(/\r?\n/u)).text };
  }
  if (!(original === false || original === "False" || original === "false") || record.retweet !== undefined || typeof words !== "string") {
    return record;
  }
  const read = spiderContent(words.split(/\r?\n/u));
  const retweet = read.retweet as Json | undefined;
  if (retweet === undefined) return record;
  const pictures = typeof record.retweet_pictures === "string" && !NOT_GIVEN.has(record.retweet_pictures.trim()) ? { pics: record.retweet_pictures } : {};
  const rest = { ...record };
  delete rest[key];
  return { ...rest, ...read, retweet: { ...retweet, ...pictures } };
}
