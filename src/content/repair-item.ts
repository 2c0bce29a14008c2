// Before an item is checked against the contract, the parts a reader can do without are
// repaired rather than costing the whole item: unsafe links are removed, a standard field
// of the wrong shape is dropped alone, JSON Feed 1's `author` and numeric ids are read as
// 1.1 reads them, and a plain JSON Feed item from another publisher (no `_qingyue`) gets
// the extension its shape calls for (plain-item.ts).
import { isRecord } from "./is-record";
import * as v from "valibot";
import { isSafeUrl } from "./safe-url";
import { cleanLabel, cleanName } from "./clean-text";
import { COUNT, ItemFields } from "./feed-schema";
import { inferExtension } from "./plain-item";


const URL_FIELDS = ["url", "external_url", "image", "banner_image"] as const;

/** HTML as the text a reader sees (./html-text): passed in, so the app loads the parser only for a feed that needs it. */
export type HtmlToText = (html: string, options: { known: boolean }) => string;

/** Whether reading this raw item needs HTML read as text: a plain item with only content_html. */
export function needsHtmlText(raw: unknown): boolean {
  return isRecord(raw) && !("_qingyue" in raw) && typeof raw.content_text !== "string" && typeof raw.content_html === "string";
}

export interface Repair {
  item: unknown;
  notes: string[];
}

/**
 * A link as the item can keep it: safe as given, or a relative reference ("images/a.png",
 * "../b") read against `base` (the feed's home page or its own address). Undefined if neither.
 */
function usableUrl(value: unknown, base: string | undefined): string | undefined {
  if (isSafeUrl(value)) return value;
  if (typeof value !== "string" || base === undefined || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value.trim())) return undefined;
  try {
    const url = new URL(value, base).href;
    return isSafeUrl(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Authors as JSON Feed 1.1 lists them, from 1.1's `authors` or 1's `author`; nameless ones are left out. */
export function readAuthors(record: Record<string, unknown>, notes: string[], base?: string): void {
  if (!("authors" in record) && isRecord(record.author)) record.authors = [record.author];
  delete record.author;
  if (!("authors" in record)) return;
  if (!Array.isArray(record.authors)) {
    delete record.authors;
    notes.push("authors removed: not a list");
    return;
  }
  // A name is a label: no bidi overrides or zero-width tricks; one that is nothing else is no name.
  const authors = record.authors.filter(isRecord).flatMap((a) => {
    const name = typeof a.name === "string" ? cleanName(a.name) : undefined;
    return name === undefined ? [] : [{ ...a, name }];
  });
  if (authors.length < record.authors.length) notes.push("authors without a name left out");
  record.authors = authors.map((author) => {
    const clean: Record<string, unknown> = { ...author };
    for (const field of ["url", "avatar"]) {
      if (!(field in clean)) continue;
      const url = usableUrl(clean[field], base);
      if (url === undefined) {
        delete clean[field];
        notes.push(`authors.${field} removed`);
      } else clean[field] = url;
    }
    return clean;
  });
  if (authors.length === 0) delete record.authors;
}

/**
 * `base`: what relative links in the item are read against (the feed's home page, else its
 * own URL). Without `htmlToText`, a plain item with only content_html has no text to read and
 * is dropped by the contract; callers pass it when `needsHtmlText` says so.
 */
export function repairItem(raw: unknown, base?: string, htmlToText?: HtmlToText): Repair {
  if (!isRecord(raw)) return { item: raw, notes: [] };
  const item: Record<string, unknown> = { ...raw };
  const notes: string[] = [];
  // JSON Feed: "If an id is presented as a number, a JSON Feed reader must coerce it to a string."
  if (typeof item.id === "number" && Number.isFinite(item.id)) item.id = String(item.id);
  for (const field of URL_FIELDS) {
    if (!(field in item)) continue;
    const url = usableUrl(item[field], base);
    if (url === undefined) {
      delete item[field];
      notes.push(`${field} removed: not an http(s) link or a path on this site`);
    } else item[field] = url;
  }
  readAuthors(item, notes, base);
  // A picture or file with an unusable link is left out; the story keeps the rest.
  if (Array.isArray(item.attachments)) {
    const usable = item.attachments.flatMap((a) => {
      const url = isRecord(a) ? usableUrl(a.url, base) : undefined;
      return url === undefined ? [] : [{ ...(a as Record<string, unknown>), url }];
    });
    if (usable.length < item.attachments.length) notes.push(`${item.attachments.length - usable.length} attachment(s) removed: not an http(s) link`);
    item.attachments = usable;
  }
  // Names and titles are shown as labels: no bidi overrides or zero-width tricks in them.
  if (typeof item.title === "string") item.title = cleanLabel(item.title);
  if (Array.isArray(item.tags)) item.tags = item.tags.map((t) => (typeof t === "string" ? cleanLabel(t) : t));
  if (isRecord(item._qingyue) && typeof item._qingyue.headline === "string") {
    item._qingyue = { ...item._qingyue, headline: cleanLabel(item._qingyue.headline) };
  }
  // Counts are a detail: a malformed one is dropped, never the post.
  if (isRecord(item._qingyue) && "counts" in item._qingyue) {
    const counts = item._qingyue.counts;
    const valid = isRecord(counts) && Object.entries(counts).every(([key, value]) => ["reposts", "comments", "likes"].includes(key) && typeof value === "string" && COUNT.test(value));
    if (!valid) {
      const rest = { ...item._qingyue };
      delete rest.counts;
      item._qingyue = rest;
      notes.push("counts removed: not counts such as 12 or 1.2万");
    }
  }
  // Any other standard field the item cannot be read with costs only that field.
  for (const [field, schema] of Object.entries(ItemFields)) {
    if (field in item && !v.safeParse(schema, item[field]).success) {
      delete item[field];
      notes.push(`${field} removed: not in the form JSON Feed gives it`);
    }
  }
  // A publisher's own extension (no `_qingyue`) may be anything: the item never reads it,
  // and it never costs the item.
  if (!("_qingyue" in item)) {
    const ext = inferExtension(item, htmlToText);
    if (ext !== undefined) {
      item._qingyue = ext;
      notes.push(`read as a plain JSON Feed ${ext.kind === "article" ? "article" : "post"}`);
    }
  }
  return { item, notes };
}
