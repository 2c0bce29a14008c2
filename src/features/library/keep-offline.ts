// Copies a story into the saved cache (see src/offline/sw.ts): its page, the feed files the
// app reads to find it, and its pictures, so it opens with the network gone.
import type { QueryClient } from "@tanstack/react-query";
import type { Item } from "../../content/feed-schema";
import { SAVED_CACHE } from "../../offline/cache-names";
import { firstPageQuery, walkFeed } from "../../lib/feed-pages";
import { indexedPage, itemIndexShardQuery, sameSite } from "../../lib/item-index";
import { routeKey } from "../../content/route-key";
import { indexShardRef, storyPage, storyPictures } from "./story-files";

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called when a story has been copied for offline reading. */
export function onKept(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const canKeep = () => typeof caches !== "undefined" && typeof window !== "undefined";

/** Whether the story's page is in the saved cache. */
export async function isKept(item: Item): Promise<boolean> {
  if (!canKeep()) return false;
  return (await (await caches.open(SAVED_CACHE)).match(storyPage(item))) !== undefined;
}

/** The feed files the app reads to find the story: page 1, then the index shard and its page, or every page up to it. */
async function feedFilesFor(item: Item, queryClient: QueryClient): Promise<string[]> {
  const first = await queryClient.fetchQuery(firstPageQuery());
  if (first.items.some((i) => i.id === item.id)) return [first.url];
  const key = routeKey(item.id);
  const shard = indexShardRef(first.page._qingyue?.index_urls, key);
  const page = await indexedPage(first, key, (url) => queryClient.fetchQuery(itemIndexShardQuery(url)));
  const shardUrl = shard === undefined ? undefined : sameSite(shard, first.url);
  if (shardUrl !== undefined && page !== undefined && page !== "absent") return [first.url, shardUrl, page];
  // No index: the pages from the first to the one that holds it, as the app walks them.
  const visited: string[] = [];
  for await (const { url, page } of walkFeed(queryClient)) {
    visited.push(url);
    if (page.items.some((i) => i.id === item.id) || visited.length >= 500) break;
  }
  return visited;
}

/** The pictures in a story's HTML content (read by the browser's parser, through the site's sanitizer). */
function contentPictures(item: Item): string[] {
  if (!item.content_html) return [];
  const doc = new DOMParser().parseFromString(item.content_html, "text/html");
  return [...doc.images].map((img) => img.getAttribute("src") ?? "").filter((src) => src !== "").map((src) => new URL(src, location.href).href);
}

/** Copies the story for offline reading; a picture that cannot be fetched is left out. */
export async function keepForOffline(item: Item, queryClient: QueryClient): Promise<void> {
  if (!canKeep()) return;
  const cache = await caches.open(SAVED_CACHE);
  const files = await feedFilesFor(item, queryClient);
  await cache.addAll([storyPage(item), ...files]);
  await Promise.all(
    [...new Set([...storyPictures(item), ...contentPictures(item)])].map(async (url) => {
      try {
        // Pictures on other sites come back opaque: they still show from the cache.
        await cache.put(url, await fetch(url, { mode: "no-cors" }));
      } catch {
        // Offline or refused: the story still reads, without that picture.
      }
    }),
  );
  listeners.forEach((l) => l());
}
