// What a JSON Feed attachment is to a reader: a picture for the gallery, something to play,
// or a file to download, named by its type and size.
import type { Attachment } from "./feed-schema";

/** `page`: a web page to open, such as a video's page on the site whose player a story embeds. */
export type AttachmentKind = "picture" | "audio" | "video" | "page" | "file";

export function attachmentKind(attachment: Pick<Attachment, "mime_type">): AttachmentKind {
  if (/^(?:text\/html|application\/xhtml\+xml)$/iu.test(attachment.mime_type)) return "page";
  const type = attachment.mime_type.split("/")[0];
  return type === "image" ? "picture" : type === "audio" ? "audio" : type === "video" ? "video" : "file";
}

/** A byte count as a reader reads it: 980 B, 12 KB, 3.4 MB, 1.2 GB. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "";
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, "");
  return `${shown} ${units[unit]}`;
}

/** A file type as a reader knows it: PDF, ZIP, EPUB … from the MIME type or the file name. */
export function fileTypeLabel(attachment: Pick<Attachment, "mime_type" | "url">): string {
  const fromName = /\.([A-Za-z0-9]{1,6})(?:[?#]|$)/.exec(attachment.url)?.[1];
  if (fromName) return fromName.toUpperCase();
  const subtype = attachment.mime_type.split("/")[1] ?? "";
  return subtype.replace(/^(?:x-|vnd\.)/, "").split(/[.+]/)[0]!.toUpperCase() || "文件";
}

/** A duration in seconds as 1:02:03 or 4:05. */
export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, "0") : String(m);
  return `${h > 0 ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}
