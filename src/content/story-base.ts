// The address a story's relative links are read against: the story's own URL, else its
// feed's home page, else the address the feed itself was read from (JSON Feed leaves
// relative URLs to the reader; these are what feed readers use).

function absolute(ref: string | undefined, against: string): string | undefined {
  if (!ref) return undefined;
  try {
    const url = new URL(ref, against);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function storyBase(itemUrl: string | undefined, homePageUrl: string | undefined, feedUrl: string): string {
  return absolute(itemUrl, feedUrl) ?? absolute(homePageUrl, feedUrl) ?? feedUrl;
}
