// The values feedsmith gives, read safely: objects, lists, trimmed text ({ value } or a string).
import { isRecord } from "../../content/is-record";

export type Obj = Record<string, unknown>;
export const isObj = isRecord;
export const text = (v: unknown): string | undefined => {
  const value = isObj(v) ? v.value : v;
  if (typeof value !== "string") return undefined;
  const t = value.trim();
  return t === "" ? undefined : t;
};
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
/** Plain text as HTML, its line breaks kept. */
export const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>");
/** A character reference ("&#8217;", "&amp;"): text escaped once too often still holds one. */
export const REFERENCE = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;
