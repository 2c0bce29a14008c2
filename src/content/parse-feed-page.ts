// Parsing one fetched feed page: the envelope must be a feed, but items are judged one by
// one so that a single bad item never costs the reader the good ones beside it.
import * as v from "valibot";
import { FeedEnvelopeSchema, ItemSchema, type FeedPage, type Item } from "./feed-schema";
import { repairItem } from "./repair-item";
import { FeedFormatError } from "./feed-format-error";

export interface DroppedItem {
  /** Position of the item in the page's `items` array (0-based). */
  index: number;
  /** The item's id when it had a usable one. */
  id?: string;
  reason: string;
}

export interface ParsedPage {
  page: FeedPage;
  dropped: DroppedItem[];
  /** Parts of kept items that were removed or read differently, e.g. an unsafe link. */
  repaired: DroppedItem[];
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

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === "string" && id.length <= 128 ? id : undefined;
}

/** Parses a decoded JSON value as one feed page. Throws FeedFormatError if it is not a feed. */
export function parseFeedPage(json: unknown, seenIds: ReadonlySet<string> = new Set()): ParsedPage {
  const envelope = v.safeParse(FeedEnvelopeSchema, json);
  if (!envelope.success) {
    throw new FeedFormatError(`不是 JSON Feed 1.1 订阅源（${describeIssues(envelope.issues)}）`);
  }
  const items: Item[] = [];
  const dropped: DroppedItem[] = [];
  const repaired: DroppedItem[] = [];
  const ids = new Set(seenIds);
  envelope.output.items.forEach((original, index) => {
    const { item: raw, notes } = repairItem(original);
    const result = v.safeParse(ItemSchema, raw);
    const id = idOf(raw);
    if (!result.success) {
      const reason = id === undefined && (typeof raw !== "object" || raw === null || !("id" in raw))
        ? "item has no id"
        : describeIssues(result.issues);
      dropped.push({ index, ...(id !== undefined ? { id } : {}), reason });
      return;
    }
    if (ids.has(result.output.id)) {
      dropped.push({ index, id: result.output.id, reason: "duplicate id" });
      return;
    }
    ids.add(result.output.id);
    items.push(result.output);
    if (notes.length > 0) repaired.push({ index, id: result.output.id, reason: notes.join("; ") });
  });
  return { page: { ...envelope.output, items }, dropped, repaired };
}
