// Addresses as pages and feeds give them: relative ones resolved against where they came from,
// and only http(s) kept as a web address. One reading for news pages (html/) and feeds (feeds/).

/** An absolute http(s) address for a link or picture, resolved against the page's own (`pageUrl`); else undefined. */
export function absoluteUrl(ref: string | null | undefined, pageUrl: string | undefined): string | undefined {
  const raw = ref?.trim();
  if (!raw || raw.startsWith("data:") || raw.startsWith("javascript:") || raw.startsWith("#")) return undefined;
  try {
    const url = pageUrl !== undefined ? new URL(raw, pageUrl) : new URL(raw.startsWith("//") ? `https:${raw}` : raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    return url.href.length <= 4096 ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An http(s) address written out whole, as a corpus line or a record gives a story's own. */
export const isWebAddress = (text: string): boolean => /^https?:\/\/[^\s/?#]+\S*$/iu.test(text);
