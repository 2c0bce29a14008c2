// Pure helpers for walking a paged feed: where the next page is, and when to refuse it.

/** What a page's unusable next_url is read as: an address no walk follows, refused with its reason. */
export const UNUSABLE_NEXT = "about:invalid";

export type NextPage =
  | { kind: "next"; url: string }
  | { kind: "end" }
  | { kind: "refused"; reason: string };

/**
 * Resolves a page's `next_url` against the page's own URL. Only same-origin pages are
 * followed (a feed must not send the reader's browser elsewhere), and a page already
 * visited is refused: JSON Feed forbids loops and following one would never end.
 * `visited` is a list of page URLs as written, or a Set of absolute URLs without a #hash
 * (as this function returns them), which is checked without parsing each again.
 */
export function nextPage(
  nextUrl: string | undefined,
  pageUrl: string,
  visited: readonly string[] | ReadonlySet<string>,
): NextPage {
  if (nextUrl === undefined || nextUrl === "") return { kind: "end" };
  let resolved: URL;
  try {
    resolved = new URL(nextUrl, pageUrl);
  } catch {
    return { kind: "refused", reason: "下一页地址无效" };
  }
  if (resolved.protocol !== "http:" && resolved.protocol !== "https:") return { kind: "refused", reason: "下一页地址无效" };
  const base = new URL(pageUrl);
  if (resolved.origin !== base.origin) {
    return { kind: "refused", reason: "下一页指向其他网站，已停止加载" };
  }
  resolved.hash = "";
  const href = resolved.href;
  const seen = Array.isArray(visited)
    ? visited.some((url) => new URL(url, pageUrl).href === href)
    : (visited as ReadonlySet<string>).has(href);
  if (seen) return { kind: "refused", reason: "下一页指向已读过的页面（循环），已停止加载" };
  return { kind: "next", url: href };
}

/** Items of all pages in order, each id once (the first occurrence wins). */
export function uniqueById<T extends { id: string }>(pages: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const page of pages) {
    for (const item of page) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push(item);
    }
  }
  return out;
}

/**
 * Reads a paged feed from `start`, a page at a time, as far as the caller asks: each page's
 * `next_url` is followed until the last page, a page on another site, or a loop (a page
 * already read, here or in `visited`). Returns how the walk ended. Every walk over the pages
 * goes through here, so every walk refuses a loop the same way.
 */
export async function* walkPages<T>(
  start: string,
  read: (url: string) => Promise<T>,
  nextUrlOf: (page: T) => string | undefined,
  visited: Iterable<string> = [],
): AsyncGenerator<{ url: string; page: T }, NextPage, undefined> {
  const seen = new Set<string>();
  for (const url of visited) seen.add(withoutHash(url));
  let url = withoutHash(start);
  if (seen.has(url)) return { kind: "refused", reason: "下一页指向已读过的页面（循环），已停止加载" };
  for (;;) {
    seen.add(url);
    const page = await read(url);
    yield { url, page };
    const next = nextPage(nextUrlOf(page), url, seen);
    if (next.kind !== "next") return next;
    url = next.url;
  }
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = "";
  return parsed.href;
}
