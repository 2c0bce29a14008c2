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

/** The items of a bullet list starting at `from`; blank lines between items are allowed. */
export function readList(lines: readonly Line[], from: number, numbered: boolean): ListBlock {
  const items: string[] = [];
  let i = from;
  for (;;) {
    const j = nextFilled(lines, i);
    const line = lines[j];
    const text = line?.kind === "bullet" ? line.text : numbered && line?.kind === "text" ? numberedText(line.text) : undefined;
    if (text === undefined) return { items, end: i };
    if (text !== "") items.push(text);
    i = j + 1;
  }
}

/** A heading line that opens a list: short, and followed by bullets (or numbers, for 相关阅读 …). */
export function listHeadingAt(lines: readonly Line[], i: number): { name: string; numbered: boolean } | undefined {
  const line = lines[i];
  if (line?.kind !== "text" || !canHeadList(line.text)) return undefined;
  const name = listName(line.text);
  const next = lines[nextFilled(lines, i + 1)];
  if (next?.kind === "bullet") return { name, numbered: false };
  const numbered = isStoryListName(name) && next?.kind === "text" && numberedText(next.text) !== undefined;
  return numbered ? { name, numbered: true } : undefined;
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
  const takeList = (start: number, name: string | undefined, numbered: boolean) => {
    closePost();
    const block = readList(lines, start, numbered);
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
      i = takeList(i, undefined, false);
      continue;
    }
    const heading = listHeadingAt(lines, i);
    if (heading) {
      skipping = undefined;
      i = takeList(i + 1, heading.name, heading.numbered);
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
