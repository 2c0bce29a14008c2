// A weiboSpider txt file (weibo/spider-txt.ts) as the ingest's events: its posts as one data
// event, and each block that is not a whole post as a failure of its own, named by its line the
// way a bad line of a JSON Lines file is, so the rest of the file is still read.
import type { ItemContext } from "./build/items";
import type { DataEvent } from "./data-files";
import { weiboItem } from "./weibo/items";
import { readSpiderTxt } from "./weibo/spider-txt";

export function spiderTxtEvents(name: string, bytes: number, text: string, ctx: ItemContext): DataEvent[] {
  const read = readSpiderTxt(text);
  const damaged: DataEvent[] = read.damaged.map((d) => ({ ok: false, name: `${name}:${d.line}`, reason: d.reason }));
  if (read.posts.length === 0) {
    const reason = damaged.length > 0 ? "weiboSpider 的 txt 文件里没有一条完整的微博" : "weiboSpider 的 txt 文件里只有用户信息，没有微博";
    return [...damaged, { ok: false, name, reason }];
  }
  const items = read.posts.map((p) => weiboItem(p.status, ctx));
  return [{ ok: true, name, bytes, items, notes: read.notes, profiles: read.profiles, longTexts: [] }, ...damaged];
}
