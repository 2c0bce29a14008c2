// Before an item is checked against the contract, the parts a reader can do without are
// repaired rather than costing the whole item: unsafe links are removed, and a plain
// JSON Feed item from another publisher (no `_qingyue`) is read as a whole post.
import { isSafeUrl } from "./safe-url";
import { cleanLabel } from "./clean-text";
import { COUNT } from "./feed-schema";

const URL_FIELDS = ["url", "external_url", "image", "banner_image"] as const;


/** HTML as the text a reader sees (./html-text): passed in, so the app loads the parser only for a feed that needs it. */
export type HtmlToText = (html: string, options: { known: boolean }) => string;

function isPlainItem(item: Record<string, unknown>): boolean {
  return !("_qingyue" in item);
}

/** Whether reading this raw item needs HTML read as text: a plain item with only content_html. */
export function needsHtmlText(raw: unknown): boolean {
  return isRecord(raw) && isPlainItem(raw) && typeof raw.content_text !== "string" && typeof raw.content_html === "string";
}

export interface Repair {
  item: unknown;
  notes: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Paragraphs of plain text: blank-line separated, else line separated. */
export function textParagraphs(text: string): string[] {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  return blocks.length > 1 ? blocks : text.split("\n").map((l) => l.trim()).filter(Boolean);
}

/**
 * Without `htmlToText`, a plain item with only content_html has no text to read and is
 * dropped by the contract; callers pass it when `needsHtmlText` says so.
 */
export function repairItem(raw: unknown, htmlToText?: HtmlToText): Repair {
  if (!isRecord(raw)) return { item: raw, notes: [] };
  const item: Record<string, unknown> = { ...raw };
  const notes: string[] = [];
  for (const field of URL_FIELDS) {
    if (field in item && !isSafeUrl(item[field])) {
      delete item[field];
      notes.push(`${field} removed: not an http(s) link or a path on this site`);
    }
  }
  if (Array.isArray(item.authors)) {
    item.authors = item.authors.filter(isRecord).map((author) => {
      const clean = { ...author };
      for (const field of ["url", "avatar"]) {
        if (field in clean && !isSafeUrl(clean[field])) {
          delete clean[field];
          notes.push(`authors.${field} removed`);
        }
      }
      return clean;
    });
  }
  // A picture or file with an unusable link is left out; the story keeps the rest.
  if (Array.isArray(item.attachments)) {
    const usable = item.attachments.filter((a) => isRecord(a) && isSafeUrl(a.url));
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
  if (isPlainItem(item)) {
    const text =
      typeof item.content_text === "string"
        ? item.content_text
        : typeof item.content_html === "string" && htmlToText
          ? htmlToText(item.content_html, { known: true })
          : "";
    const paragraphs = textParagraphs(text);
    if (paragraphs.length > 0) {
      item._qingyue = { kind: "post", paragraphs, ...(typeof item.title === "string" ? { headline: item.title } : {}) };
      notes.push("read as a plain JSON Feed post");
    }
  }
  return { item, notes };
}
