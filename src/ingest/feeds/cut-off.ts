// A feed cut off before its end (a download that stopped, a disk that filled): its whole
// entries are the publisher's and are kept; the entry the cut went through is not, as its
// text and links would be partial. The feed is closed after its last whole entry, read as it
// would be whole, and named as cut off.
import { entryTag, scanEntries } from "./slices";

export const CUT_OFF = "订阅源不完整：根元素没有闭合（文件可能被截断）";

export interface ClosedFeed {
  /** The feed up to its last whole entry, its channel and root closed. */
  xml: string;
  /** Why the feed is not whole, in words a reader understands. */
  reason: string;
}

/** The feed closed after its last whole entry, or undefined when it has none. */
export function closedAfterLastEntry(xml: string, root: string): ClosedFeed | undefined {
  const tag = entryTag(root);
  const found = tag === undefined ? undefined : scanEntries(xml, tag);
  const last = found?.spans.at(-1);
  if (found === undefined || last === undefined) return undefined;
  const head = xml.slice(0, last[1]);
  // RSS 0.9x and 2.0 hold their items inside <channel>; RDF and Atom at the root.
  const closers = root === "rss" && /<channel[\s>]/u.test(head) ? `</channel></${root}>` : `</${root}>`;
  return {
    xml: head + closers,
    reason: found.cut ? "订阅源不完整：文件在最后一个条目中间被截断，这一条没有收入" : "订阅源不完整：文件在最后一个条目之后被截断",
  };
}
