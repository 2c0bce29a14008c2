// Which links a feed may give us. Only http(s) URLs and paths on this site are followed;
// javascript:, data:, vbscript:, protocol-relative and malformed URLs are not.
// eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;

export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 4096) return false;
  if (CONTROL_OR_SPACE.test(value)) return false;
  if (value.startsWith("/")) return !value.startsWith("//") && !value.startsWith("/\\");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
}
