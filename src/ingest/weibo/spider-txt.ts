// weiboSpider's txt result file (github.com/dataabc/weiboSpider: weibo_spider/writer/txt_writer.py,
// before June 2020 write_txt in weiboSpider.py) → its posts, read like the crawler's other
// records. The file is a 用户信息 block (用户昵称, 用户id, 微博数, 关注数, 粉丝数), then, under a
// 微博内容 or 原创微博内容 line, one block a post: its content (a repost as 转发理由 / 原始用户 /
// 转发内容 lines), then its 微博位置, 发布时间, 点赞数, 转发数, 评论数 and 发布工具 lines, a blank
// line between posts. Older files label with ": " rather than "：", put the three counts on one
// line, number the posts ("1:…") and lack the fields added later. Every run appends another
// 用户信息 block. The file gives no Weibo id and no picture or video address: those stay absent.
// Hand-written: no library reads this format.
import { isRecord, readStatus, readUser, type Json } from "./record";
import { NOT_GIVEN, spiderContent } from "./spider-content";
import type { WeiboAuthor, WeiboStatus } from "./status";

export interface SpiderTxt {
  posts: { line: number; status: WeiboStatus }[];
  profiles: WeiboAuthor[];
  /** Blocks that are not a whole post: the line each starts on and why, in Chinese. */
  damaged: { line: number; reason: string }[];
  /** Posts kept without a field the file's other posts have. */
  notes: string[];
}

const USER_HEADER = /^用户信息\s*[：:]?$/u;
const USER_FIELD = /^(用户昵称|用户id|微博数|关注数|粉丝数)\s*[：:]\s*(.*)$/u;
const POSTS_HEADER = /^(?:原创)?微博内容\s*[：:]?$/u;
const FIELD = /^(微博位置|发布时间|点赞数|转发数|评论数|发布工具)\s*[：:]\s*/u;
const COUNTS = /(点赞数|转发数|评论数)\s*[：:]\s*(\S*)/gu;

/** The fields under a post, in the order the writer prints them. */
const LABELS = ["微博位置", "发布时间", "点赞数", "转发数", "评论数", "发布工具"] as const;
type Label = (typeof LABELS)[number];
type Fields = Map<Label, string>;

const isBlank = (line: string | undefined) => line !== undefined && line.trim() === "";

/** A field line's facts: one, or the three counts the older layouts put on one line. */
function fieldsOf(line: string): [Label, string][] {
  const head = FIELD.exec(line);
  if (!head) return [];
  const label = head[1] as Label;
  if (label === "点赞数") return [...line.matchAll(COUNTS)].map((m) => [m[1] as Label, m[2]!]);
  return [[label, line.slice(head[0].length).trim()]];
}

/**
 * A post's field lines run from here to a blank line or the file's end. A line of the post's
 * own words that happens to start 发布时间： is followed by more words, so it stays words.
 */
function isTail(lines: readonly string[], i: number): boolean {
  if (!FIELD.test(lines[i] ?? "")) return false;
  for (let j = i + 1; j < lines.length && !isBlank(lines[j]); j += 1) {
    if (!FIELD.test(lines[j]!)) return false;
  }
  return true;
}

function postRecord(content: readonly string[], fields: Fields, user: Json): Json {
  const given = (label: Label) => {
    const value = fields.get(label);
    return value === undefined || NOT_GIVEN.has(value) ? undefined : value;
  };
  const record: Json = { ...spiderContent(content), ...user };
  const facts = { created_at: given("发布时间"), attitudes_count: given("点赞数"), reposts_count: given("转发数"), comments_count: given("评论数") };
  for (const [key, value] of Object.entries(facts)) if (value !== undefined) record[key] = value;
  return record;
}

/** The 用户信息 block's facts, as the user record of each post under it. */
function userRecord(facts: Map<string, string>): Json {
  const name = facts.get("用户昵称");
  const id = facts.get("用户id");
  const followers = facts.get("粉丝数");
  if (name === undefined || name === "") return id ? { user_id: id } : {};
  return { user: { screen_name: name, ...(id ? { id } : {}), ...(followers ? { followers_count: followers } : {}) } };
}

const quote = (lines: readonly string[]) => {
  const text = lines.join(" ").replace(/\s+/gu, " ").trim();
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
};

interface Block {
  line: number;
  content: string[];
  fields: Fields;
  user: Json;
}

/** The file's blocks: the user blocks read as they come, every other block kept for its post. */
function blocksOf(text: string): { blocks: Block[]; profiles: WeiboAuthor[] } {
  const lines = text.replace(/^\uFEFF/u, "").split(/\r\n?|\n/u).map((line) => line.trimEnd());
  const blocks: Block[] = [];
  const profiles: WeiboAuthor[] = [];
  let user: Json = {};
  let numbered = false;
  let first = true;
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i += 1;
    } else if (USER_HEADER.test(line)) {
      const facts = new Map<string, string>();
      for (i += 1; i < lines.length && USER_FIELD.test(lines[i]!); i += 1) {
        const [, key, value] = USER_FIELD.exec(lines[i]!)!;
        facts.set(key!, value!.trim());
      }
      user = userRecord(facts);
      const author = isRecord(user.user) ? readUser(user.user) : undefined;
      if (author) profiles.push(author);
      first = true;
    } else if (POSTS_HEADER.test(line)) {
      i += 1;
      first = true;
    } else {
      const block: Block = { line: i + 1, content: [], fields: new Map(), user };
      for (; i < lines.length && !isBlank(lines[i]) && !isTail(lines, i) && !USER_HEADER.test(lines[i]!); i += 1) block.content.push(lines[i]!);
      for (; i < lines.length && FIELD.test(lines[i]!); i += 1) for (const [label, value] of fieldsOf(lines[i]!)) block.fields.set(label, value);
      // The oldest layouts number the posts of a run "1:", "2:", …; a post may itself start "1:".
      if (block.content.length > 0) {
        if (first) numbered = /^1:/u.test(block.content[0]!);
        if (numbered) block.content[0] = block.content[0]!.replace(/^\d{1,6}:/u, "");
        first = false;
      }
      blocks.push(block);
    }
  }
  return { blocks, profiles };
}

export function readSpiderTxt(text: string): SpiderTxt {
  const { blocks, profiles } = blocksOf(text);
  const out: SpiderTxt = { posts: [], profiles, damaged: [], notes: [] };
  // The fields this file's posts carry: the crawler's version decides them, not the post. Since
  // 微博位置 came in (mid-2018), every post has all six.
  const seen = new Set(blocks.flatMap((b) => (b.content.length > 0 ? [...b.fields.keys()] : [])));
  const labels = seen.has("微博位置") ? LABELS : [...seen];
  for (const block of blocks) {
    if (block.content.length === 0) {
      out.damaged.push({ line: block.line, reason: "这里只有发布时间、点赞数这类字段，没有微博内容，没有读入" });
      continue;
    }
    if (block.fields.size === 0) {
      out.damaged.push({ line: block.line, reason: `这段文字（“${quote(block.content)}”）后面没有发布时间、点赞数这类字段，不是完整的一条微博，没有读入（文件可能被截断或改动过）` });
      continue;
    }
    const status = readStatus(postRecord(block.content, block.fields, block.user));
    if (status === undefined) {
      out.damaged.push({ line: block.line, reason: "这条微博只有图片，文件里没有图片地址，没有可显示的内容" });
      continue;
    }
    const missing = labels.filter((label) => !block.fields.has(label));
    if (missing.length > 0) {
      out.notes.push(`第 ${block.line} 行的微博（“${quote(block.content)}”）缺少${missing.map((m) => `“${m}”`).join("")}，这些留空（文件可能被截断）`);
    }
    // No Weibo id names the post: its time does, beside its words, so two posts saying the same are two stories.
    const when = block.fields.get("发布时间");
    out.posts.push({ line: block.line, status: when !== undefined && !NOT_GIVEN.has(when) ? { ...status, idParts: [when] } : status });
  }
  return out;
}
