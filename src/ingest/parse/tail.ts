// What follows the article (or makes up a page without one): whole posts, trending and related
// lists, and the chrome around them. Posts and lists come out in source order.
import { canHeadList, isStoryListName, listName, looksLikeMenu, numberedText } from "./bullets";
import { nextFilled, type Line } from "./classify";
import { fitsIn } from "./lines";
import { buildPost, endsPost, isPostStart, type ParsedPost } from "./posts";
import { trendingItem, type ParsedTrending } from "./trending";

export interface Tail {
  posts: ParsedPost[];
  trending: ParsedTrending[];
  /** Headlines of 相关阅读-style lists: links to other stories, not posts. */
  headlines: string[];
}

/** What social posts carry and headlines do not: #话题#, [表情], pictographs, @mentions, or a post's length. */
const SOCIAL = /#[^#\s]{1,40}#|\[[\p{Script=Han}A-Za-z]{1,8}\]|\p{Extended_Pictographic}|@[\p{L}\p{N}_-]{2,30}|【¥/u;

/** A list of headlines: every item short and plain. One post-like item makes the list a list of posts. */
export function isHeadlineList(items: readonly string[]): boolean {
  return items.length > 0 && items.every((t) => fitsIn(t, 40) && !SOCIAL.test(t));
}

interface ListBlock {
  items: string[];
  end: number;
}

/** How a list's items are set out: bullets, "1. …" numbers, or plain headline lines under a 相关阅读-style heading. */
export type ListMode = "bullets" | "numbered" | "plain";

/** A line a plain list of headlines holds: short, no post markup, not a sentence. */
const isPlainHeadline = (text: string) => fitsIn(text, 40) && !SOCIAL.test(text) && !/[。；;]$/u.test(text);

function listItemText(line: Line | undefined, mode: ListMode): string | undefined {
  if (line?.kind === "bullet") return mode === "plain" ? undefined : line.text;
  if (line?.kind !== "text") return undefined;
  if (mode === "numbered") return numberedText(line.text);
  return mode === "plain" && isPlainHeadline(line.text) ? line.text : undefined;
}

/** The items of a list starting at `from`; blank lines between items are allowed. */
export function readList(lines: readonly Line[], from: number, mode: ListMode): ListBlock {
  const items: string[] = [];
  let i = from;
  for (;;) {
    const j = nextFilled(lines, i);
    const text = listItemText(lines[j], mode);
    if (text === undefined) return { items, end: i };
    if (text !== "") items.push(text);
    i = j + 1;
  }
}

/** Headings under which pages list headlines one a line, with no bullet or number. */
const PLAIN_LIST_NAME = /^(?:相关|推荐|延伸|热点|热门|精彩|更多)(?:阅读|新闻|文章|报道|推荐|资讯|链接|内容)$|^猜你喜欢$|^(?:阅读|新闻|点击)排行榜?$/u;

/** A heading line that opens a list: short, and followed by bullets (or numbers or plain headlines, for 相关阅读 …). */
export function listHeadingAt(lines: readonly Line[], i: number): { name: string; mode: ListMode } | undefined {
  const line = lines[i];
  if (line?.kind !== "text" || !canHeadList(line.text)) return undefined;
  const name = listName(line.text);
  const next = lines[nextFilled(lines, i + 1)];
  if (next?.kind === "bullet") return { name, mode: "bullets" };
  if (!isStoryListName(name) || next?.kind !== "text") return undefined;
  if (numberedText(next.text) !== undefined) return { name, mode: "numbered" };
  return PLAIN_LIST_NAME.test(name) && isPlainHeadline(next.text) ? { name, mode: "plain" } : undefined;
}

export function readTail(lines: readonly Line[], from: number): Tail {
  const posts: ParsedPost[] = [];
  const trending: ParsedTrending[] = [];
  const headlines: string[] = [];
  let open: string[] | undefined;
  let closed = true;
  let skipping: "comments" | "footer" | undefined;
  /** True while nothing but blank lines came since the last post's text. */
  let countsMayFollow = false;
  const closePost = () => {
    const post = open ? buildPost(open) : undefined;
    if (post) posts.push(post);
    open = undefined;
    closed = true;
  };
  const takeList = (start: number, name: string | undefined, mode: ListMode) => {
    closePost();
    const block = readList(lines, start, mode);
    // A menu of short links is chrome, unless a story-list heading says otherwise.
    const menu = looksLikeMenu(block.items) && !(name !== undefined && isStoryListName(name));
    if (menu) return block.end;
    if (isHeadlineList(block.items)) headlines.push(...block.items);
    else for (const text of block.items) trending.push(trendingItem(text, name));
    return block.end;
  };
  let i = from;
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.kind === "blank") {
      i += 1;
      continue;
    }
    if (line.kind === "counts") {
      // Counts sit right under their post: the one open, or the one that just ended.
      closePost();
      const post = posts.at(-1);
      if (post !== undefined && post.counts === undefined && countsMayFollow) post.counts = line.counts;
      countsMayFollow = false;
      i += 1;
      continue;
    }
    countsMayFollow = false;
    if (line.kind !== "text" && line.kind !== "bullet") {
      closePost();
      if (line.kind === "comments" || line.kind === "footer") skipping = line.kind;
      i += 1;
      continue;
    }
    if (line.kind === "bullet") {
      skipping = undefined;
      i = takeList(i, undefined, "bullets");
      continue;
    }
    const heading = listHeadingAt(lines, i);
    if (heading) {
      skipping = undefined;
      i = takeList(i + 1, heading.name, heading.mode);
      continue;
    }
    // Under a comment box, lines are readers' comments until a list or a #话题#/【标题】 post;
    // under a footer, its short address and licence lines.
    const newBlock = lines[i - 1]?.kind === "blank";
    const postStarts = newBlock && isPostStart(line.text);
    if ((skipping === "comments" && !postStarts) || (skipping === "footer" && fitsIn(line.text, 60))) {
      i += 1;
      continue;
    }
    skipping = undefined;
    if (open === undefined || closed || postStarts) {
      closePost();
      open = [];
    }
    open.push(line.text);
    closed = endsPost(line.text);
    countsMayFollow = true;
    i += 1;
  }
  closePost();
  return { posts, trending, headlines };
}
