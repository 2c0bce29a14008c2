// How a post's pictures are laid out, as on Weibo: one picture at its own shape; two to four
// in a 2-column grid; five to nine in a 3×3 grid; past nine, the ninth cell says "+N".
import type { Attachment } from "./feed-schema";

export const MAX_CELLS = 9;

export interface PictureGrid {
  columns: 1 | 2 | 3;
  /** The pictures that get a cell. */
  shown: number;
  /** Pictures beyond the last cell, counted on it as "+N". */
  more: number;
}

export function pictureGrid(count: number): PictureGrid {
  const shown = Math.min(count, MAX_CELLS);
  const columns = count <= 1 ? 1 : count <= 4 ? 2 : 3;
  return { columns, shown, more: count - shown };
}

/**
 * The box a lone picture gets before it loads, so nothing moves when it does:
 * - "wide" / "upright": its own aspect (width and height from the data);
 * - "tall": taller than 4:3 upright, shown as a 3:4 crop from its top (a 长图 is one of these);
 * - "unknown": no sizes in the data, a fixed square cell.
 */
export type SingleShape = "wide" | "upright" | "tall" | "unknown";

export function singleShape(width: number | undefined, height: number | undefined): SingleShape {
  if (!width || !height) return "unknown";
  const ratio = width / height;
  if (ratio >= 1) return "wide";
  return ratio >= 3 / 4 ? "upright" : "tall";
}

export const isPicture = (attachment: Attachment) => attachment.mime_type.startsWith("image/");
export const isVideo = (attachment: Attachment) => attachment.mime_type.startsWith("video/");

/** A picture is long (长图) when the data says so, or when it is over three times as tall as wide. */
export function isLongPicture(attachment: Attachment): boolean {
  const ext = attachment._qingyue;
  if (ext?.long !== undefined) return ext.long;
  return ext?.width !== undefined && ext.height !== undefined && ext.height > ext.width * 3;
}

/** "1:05", "12:00", "1:02:03": a video's length as players print it. */
export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** The duration in words for a screen reader: "1分05秒". */
export function spokenDuration(seconds: number): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h > 0 ? `${h}小时` : ""}${m > 0 ? `${m}分` : ""}${s}秒`;
}
