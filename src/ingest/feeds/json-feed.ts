// Whether a JSON document is a JSON Feed. Its `version` names the spec by its address; a
// feed that leaves it out or writes a bare number ("1.1") is still taken, as lenient readers
// take it, when its shape is a feed's: a title and a list of items that carry JSON Feed's own
// body fields (content_html, content_text: names no Weibo, crawler or news data uses). What
// was assumed is said in the log.
import { isObj, type Obj } from "./values";

/** The address a JSON Feed 1.1 names in its `version`. */
const VERSION_1_1 = "https://jsonfeed.org/version/1.1";

export type JsonFeedKind = "declared" | "assumed";

const declared = (version: unknown) => typeof version === "string" && /^https?:\/\/(?:www\.)?jsonfeed\.org\/version\/\d/iu.test(version.trim());

/** A version that is no spec's address, or none at all: the shape must then say it is a feed. */
const looseVersion = (version: unknown) =>
  version === undefined || version === null || (typeof version === "number" && version < 2) || (typeof version === "string" && /^\s*(?:v|version\s*)?1(?:\.[01])?\s*$/iu.test(version));

const hasBody = (item: unknown) => isObj(item) && (typeof item.content_html === "string" || typeof item.content_text === "string");

/** "declared" for a JSON Feed that names its spec, "assumed" for one read by its shape, else undefined. */
export function jsonFeedKind(doc: unknown): JsonFeedKind | undefined {
  if (!isObj(doc)) return undefined;
  if (declared(doc.version)) return "declared";
  if (!looseVersion(doc.version) || typeof doc.title !== "string" || doc.title.trim() === "" || !Array.isArray(doc.items)) return undefined;
  return doc.items.length > 0 && doc.items.every(isObj) && doc.items.some(hasBody) ? "assumed" : undefined;
}

/** The document as the feed parser takes it: a feed read by its shape is given the version it lacks. */
export function asJsonFeed(doc: Obj): Obj {
  return jsonFeedKind(doc) === "assumed" ? { ...doc, version: VERSION_1_1 } : doc;
}

/** What the log says of a feed read by its shape. */
export const ASSUMED_JSON_FEED = "没有写明 JSON Feed 的版本地址（https://jsonfeed.org/version/…），但有标题和带正文的条目列表，当作 JSON Feed 读";
