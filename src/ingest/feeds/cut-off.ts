// A feed cut off before its end (a download that stopped, a disk that filled): its whole
// entries are the publisher's and are kept; the entry the cut went through is not, as its
// text and links would be partial. The feed (XML or JSON Feed) is closed after its last whole
// entry, read as it would be whole, and named as cut off.
import { entryTag, scanEntries } from "./slices";

export const CUT_OFF = "订阅源不完整：根元素没有闭合（文件可能被截断）";

export interface ClosedFeed {
  /** The feed up to its last whole entry, its channel and root (or its list of items) closed. */
  text: string;
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
    text: head + closers,
    reason: cutReason(found.cut),
  };
}

const cutReason = (throughAnEntry: boolean) =>
  throughAnEntry ? "订阅源不完整：文件在最后一个条目中间被截断，这一条没有收入" : "订阅源不完整：文件在最后一个条目之后被截断";

/**
 * A JSON Feed cut off, closed after its last whole item; undefined when it has none. One pass
 * over the text, strings read with their escapes; what follows a whole list of items is left.
 */
export function closedJsonFeed(json: string): ClosedFeed | undefined {
  let depth = 0;
  let items = -1;
  let lastItemEnd = -1;
  let listClosed = false;
  let key: string | undefined;
  for (let at = 0; at < json.length && !listClosed; at += 1) {
    const c = json[at];
    if (c === '"') {
      const start = at;
      for (at += 1; at < json.length && json[at] !== '"'; at += 1) if (json[at] === "\\") at += 1;
      key = depth === 1 ? json.slice(start + 1, at) : undefined;
    } else if (c === "{" || c === "[") {
      if (c === "[" && depth === 1 && items === -1 && key === "items" && /:\s*$/u.test(json.slice(Math.max(0, at - 16), at))) items = at;
      depth += 1;
    } else if (c === "}" || c === "]") {
      depth -= 1;
      if (items !== -1 && depth === 2 && c === "}") lastItemEnd = at + 1;
      listClosed = items !== -1 && depth === 1;
    }
  }
  if (items === -1 || lastItemEnd === -1) return undefined;
  const rest = json.slice(lastItemEnd).trim().replace(/^,/u, "").trim();
  return { text: `${json.slice(0, lastItemEnd)}]}`, reason: cutReason(!listClosed && rest !== "") };
}
