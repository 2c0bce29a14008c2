// A feed's files as the ingest's second pass stages them (src/ingest/build/stage-feed.ts), for
// tests that need a whole feed: pages, indexes, search shards and people.json.
import type { Item } from "../../src/content/feed-schema";
import { itemTopics } from "../../src/content/item-topics";
import type { FeedFile, FeedOptions } from "../../src/ingest/build/feed-pages";
import { PeopleIndex } from "../../src/ingest/build/people-index";
import { searchChars } from "../../src/ingest/build/search-files";
import { stageFeed, type FeedPlan } from "../../src/ingest/build/stage-feed";

/** What the ingest's first pass counts of `items`: distinct topics and searchable characters. */
export const planOf = (items: readonly Item[], opts: FeedOptions): FeedPlan => ({
  ...opts,
  items: items.length,
  topics: new Set(items.flatMap(itemTopics)).size,
  searchChars: items.reduce((n, item) => n + searchChars(item), 0),
});

/** A people index that has seen every item, as after the first pass. */
export function observed(items: readonly Item[]): PeopleIndex {
  const people = new PeopleIndex();
  for (const item of items) people.observe(item);
  return people;
}

/** Runs the second pass over `items`, handing each file to `stage` in staging order. */
export async function stageItems(items: readonly Item[], opts: FeedOptions, stage: (file: FeedFile) => Promise<void>): Promise<void> {
  await stageFeed(
    items.map((item) => ({ item })),
    planOf(items, opts),
    observed(items),
    stage,
  );
}

/** The files staged for `items`, by name, in staging order. */
export async function renderFeed(items: readonly Item[], opts: FeedOptions): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  await stageItems(items, opts, async (file) => {
    files.set(file.name, file.render());
  });
  return files;
}
