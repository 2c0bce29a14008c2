// Fetching feed pages: fetch → parse with the contract → where the next page is.
import { fetchJson } from "../../lib/fetch-json";
export { FEED_PATH, feedUrl } from "./feed-path";
import { parseFeedPage, type DroppedItem } from "../../content/parse-feed-page";
import type { Item, FeedPage } from "../../content/feed-schema";

export interface LoadedPage {
  /** The absolute URL this page was fetched from. */
  url: string;
  page: FeedPage;
  items: Item[];
  dropped: DroppedItem[];
}

export async function fetchFeedPage(url: string, signal?: AbortSignal): Promise<LoadedPage> {
  const json = await fetchJson(url, signal);
  const { page, dropped } = parseFeedPage(json);
  if (dropped.length > 0) {
    // Dropped items are expected with untrusted feeds; say which, for whoever runs the feed.
    console.warn(`轻阅：${url} 中有 ${dropped.length} 条内容无效，已跳过`, dropped);
  }
  return { url, page, items: page.items, dropped };
}
