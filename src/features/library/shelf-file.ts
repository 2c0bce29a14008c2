// 收藏 and 最近阅读 as a JSON Feed file: written with the stories latest first, read back
// with the contract's own page parser, so a bad item is named and the good ones are kept.
import { JSON_FEED_VERSION, type Item } from "../../content/feed-schema";
import { parseFeedPage, type DroppedItem } from "../../content/parse-feed-page";
import { FeedFormatError } from "../../content/feed-format-error";
import { SHELF_TITLE, type Shelf } from "./library-db";


/** A shelf as a JSON Feed 1.1 document. */
export function shelfFeed(shelf: Shelf, items: readonly Item[]): string {
  const feed = { version: JSON_FEED_VERSION, title: `轻阅 · ${SHELF_TITLE[shelf]}`, language: "zh-CN", items };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

export interface ShelfFile {
  items: Item[];
  /** Each left-out item, in words a reader understands. */
  problems: string[];
}

export class ShelfFileError extends Error {
  override name = "ShelfFileError";
}

function describe(dropped: DroppedItem): string {
  const which = `第 ${dropped.index + 1} 条${dropped.id ? `（${dropped.id}）` : ""}`;
  if (dropped.reason === "duplicate id") return `${which}与前面的一条重复，已跳过。`;
  if (dropped.reason === "item has no id") return `${which}没有 id，无法收藏，已跳过。`;
  return `${which}缺少必要内容或格式不对，已跳过。`;
}

/** Reads a file's text; throws ShelfFileError (in Chinese) when it is not a JSON Feed at all. */
export function readShelfFile(text: string): ShelfFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ShelfFileError("这个文件不是有效的 JSON，没有导入任何内容。");
  }
  try {
    const { page, dropped } = parseFeedPage(json);
    return { items: page.items, problems: dropped.map(describe) };
  } catch (error) {
    if (error instanceof FeedFormatError) throw new ShelfFileError("这个文件不是 JSON Feed 订阅源，没有导入任何内容。");
    throw error;
  }
}
