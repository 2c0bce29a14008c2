// Parsing one fetched feed page: the envelope must be a feed, but items are judged one by
// one so that a single bad item never costs the reader the good ones beside it, and a bad
// feed-level field (a title of the wrong type, say) costs only that field.
import { isRecord } from "./is-record";
import * as v from "valibot";
import { FeedEnvelopeSchema, ItemIdSchema, ItemSchema, type FeedPage, type Item } from "./feed-schema";
import { needsHtmlText, readAuthors, repairItem, type HtmlToText } from "./repair-item";
import { routeKey } from "./route-key";
import { UNUSABLE_NEXT } from "./paging";

/** Why an item was left out, in a form the page can put into a reader's words. */
export type DropCause = "no-id" | "bad-id" | "duplicate" | "no-text" | "malformed";
import { FeedFormatError } from "./feed-format-error";

export interface DroppedItem {
  /** Position of the item in the page's `items` array (0-based). */
  index: number;
  /** The item's id when it had a usable one. */
  id?: string;
  cause: DropCause;
  /** What exactly was wrong, for whoever runs the feed (the console), never for the page. */
  reason: string;
}

export interface RepairedItem {
  index: number;
  id?: string;
  reason: string;
}

export interface ParsedPage {
  page: FeedPage;
  dropped: DroppedItem[];
  /** Parts of kept items that were removed or read differently, e.g. an unsafe link. */
  repaired: RepairedItem[];
  /** Feed-level fields that could not be read and were left out. */
  envelopeNotes: string[];
}


function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join(".");
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join("; ");
}

/** Fields a page cannot do without: its version and its items. */
const ESSENTIAL = new Set(["version", "items"]);

/** The envelope with every unusable optional field left out (JSON Feed 1's `author` read as `authors`). */
function readEnvelope(json: unknown): { envelope: v.InferOutput<typeof FeedEnvelopeSchema>; notes: string[] } {
  if (!isRecord(json)) throw new FeedFormatError("这不是一个 JSON Feed 订阅源");
  const record: Record<string, unknown> = { ...json };
  const notes: string[] = [];
  readAuthors(record, notes);
  // A next_url that cannot be used (javascript:, another scheme, too long) costs the pages
  // after this one, not this one: it is kept aside, and the walk refuses it and says why
  // (paging.ts) instead of ending the feed as if it were whole.
  const next = record.next_url;
  const unusableNext = next !== undefined && !v.is(FeedEnvelopeSchema.entries.next_url, next) ? next : undefined;
  if (unusableNext !== undefined) {
    delete record.next_url;
    notes.push("next_url not followed: not an http(s) address or a relative path");
  }
  for (const [field, schema] of Object.entries(FeedEnvelopeSchema.entries)) {
    if (ESSENTIAL.has(field) || !(field in record)) continue;
    if (!v.safeParse(schema, record[field]).success) {
      delete record[field];
      notes.push(`${field} removed: not in the form JSON Feed gives it`);
    }
  }
  const parsed = v.safeParse(FeedEnvelopeSchema, record);
  if (parsed.success) return { envelope: unusableNext === undefined ? parsed.output : { ...parsed.output, next_url: UNUSABLE_NEXT }, notes };
  const at = new Set(parsed.issues.map((issue) => issue.path?.[0]?.key));
  const words = at.has("version") ? "不是 JSON Feed 1 或 1.1 订阅源（version 不对）" : "订阅源里没有内容列表（items）";
  throw new FeedFormatError(words, { cause: describeIssues(parsed.issues) });
}

function idOf(raw: unknown): string | undefined {
  if (!isRecord(raw)) return undefined;
  return typeof raw.id === "string" && raw.id !== "" ? raw.id : undefined;
}

function causeOf(raw: unknown): DropCause {
  if (!isRecord(raw) || raw.id === undefined || raw.id === null || raw.id === "") return "no-id";
  if (!v.is(ItemIdSchema, raw.id)) return "bad-id";
  if (!("_qingyue" in raw)) return "no-text";
  return "malformed";
}

export interface ParseOptions {
  /** The page's own absolute URL: relative links in items are read against it (after the feed's home page). */
  url?: string;
  /** Route keys of items on earlier pages; an item whose key is taken is a repeat. */
  seenKeys?: ReadonlySet<string>;
  /** Reads HTML as text; without it, a plain item with only content_html has no text and is dropped. */
  htmlToText?: HtmlToText;
}

function absoluteBase(ref: string | undefined, against: string | undefined): string | undefined {
  try {
    return ref === undefined ? undefined : new URL(ref, against).href;
  } catch {
    return undefined;
  }
}

/** Whether any item on this raw page can only be read with an HTML parser (see repairItem). */
export function pageNeedsHtmlText(json: unknown): boolean {
  const items = typeof json === "object" && json !== null ? (json as { items?: unknown }).items : undefined;
  return Array.isArray(items) && items.some(needsHtmlText);
}

/**
 * Parses a decoded JSON value as one feed page. Throws FeedFormatError if it is not a feed.
 * `htmlToText` (./html-text) reads plain items that have only content_html.
 */
export function parseFeedPage(json: unknown, { url, seenKeys = new Set(), htmlToText }: ParseOptions = {}): ParsedPage {
  const { envelope, notes: envelopeNotes } = readEnvelope(json);
  const base = absoluteBase(envelope.home_page_url, url) ?? url;
  const items: Item[] = [];
  const dropped: DroppedItem[] = [];
  const repaired: RepairedItem[] = [];
  const keys = new Set(seenKeys);
  envelope.items.forEach((original, index) => {
    const { item: raw, notes } = repairItem(original, base, htmlToText);
    const result = v.safeParse(ItemSchema, raw);
    const id = idOf(raw);
    const withId = id !== undefined && id.length <= 256 ? { id } : {};
    if (!result.success) {
      const cause = causeOf(raw);
      const reason = cause === "no-id" ? "item has no id" : cause === "no-text" ? "item has no text" : describeIssues(result.issues);
      dropped.push({ index, ...withId, cause, reason });
      return;
    }
    const key = routeKey(result.output.id);
    if (keys.has(key)) {
      dropped.push({ index, ...withId, cause: "duplicate", reason: "duplicate id" });
      return;
    }
    keys.add(key);
    items.push(result.output);
    if (notes.length > 0) repaired.push({ index, ...withId, reason: notes.join("; ") });
  });
  return { page: { ...envelope, items }, dropped, repaired, envelopeNotes };
}
