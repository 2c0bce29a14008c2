// The ingest's second pass: the items, in feed order, become pages as soon as a page is full,
// then the item, topic and search indexes, the authors and people.json; every file checked before it is staged.
import { routeKey } from "../../content/route-key";
import { AuthorList } from "../../content/profiles";
import type { Person } from "../../content/feed-schema";
import type { PeopleIndex } from "./people-index";
import { SearchFilesBuilder } from "./search-files";
import {
  checkedItemText,
  checkReferences,
  feedPageFile,
  ItemIndexBuilder,
  peopleFiles,
  peopleNamedBy,
  TopicIndexBuilder,
  type FeedFile,
  type FeedOptions,
  type ReadyItem,
} from "./feed-pages";

/** Items from which the search index is built on a thread of its own: below, starting it costs more than it saves. */
export const SEARCH_THREAD_FROM = 2_000;

export interface FeedPlan extends FeedOptions {
  /** Items and distinct topics, counted in the first pass: page 1 names the index shards before the rest is read. */
  items: number;
  topics: number;
  /** Searchable characters of every item (search-files.ts), so the search index is sized before it is built. */
  searchChars: number;
}

/**
 * Stages the whole feed through `stage`: pages 1 … N, then the index shards and people.json.
 * `people` has observed every item; here each is attached as it passes. An item comes with
 * its rendering when it was checked where it was made; one without, or one that attaching
 * changes, is checked and rendered here. Throws on anything the contract rejects or a
 * reference that points nowhere; the caller then abandons what it staged.
 */
export async function stageFeed(
  items: AsyncIterable<ReadyItem> | Iterable<ReadyItem>,
  plan: FeedPlan,
  people: PeopleIndex,
  stage: (file: FeedFile) => Promise<void>,
): Promise<{ files: string[]; people: Person[] }> {
  // A large feed's search index is built on a thread of its own, beside the pages.
  const search = SearchFilesBuilder.forFeed(plan.items, plan.searchChars, { thread: plan.items >= SEARCH_THREAD_FROM });
  try {
    return await stageThrough(items, plan, people, stage, search);
  } finally {
    await search.dispose();
  }
}

async function stageThrough(
  items: AsyncIterable<ReadyItem> | Iterable<ReadyItem>,
  plan: FeedPlan,
  people: PeopleIndex,
  stage: (file: FeedFile) => Promise<void>,
  search: SearchFilesBuilder,
): Promise<{ files: string[]; people: Person[] }> {
  const pageCount = Math.max(1, Math.ceil(plan.items / plan.pageSize));
  const index = ItemIndexBuilder.forItems(plan.items);
  const topics = TopicIndexBuilder.forTopics(plan.topics);
  const files: string[] = [];
  // Story shards of the search index fill as the items pass; they are listed after the pages.
  const searchFiles: string[] = [];
  const ids = new Set<string>();
  const namedPeople = new Set<string>();
  const authors = new AuthorList();
  let page: string[] = [];
  let pageIds: string[] = [];
  // What page 1 names is fixed before the first item: worked out once, not once a page.
  const names = { items: index.names(), topics: topics.names(), search: search.ref() };
  const stagePage = async () => {
    const file = feedPageFile(files.length + 1, pageCount, page, plan, names);
    for (const id of pageIds) index.add(routeKey(id), file.name);
    await stage(file);
    files.push(file.name);
    page = [];
    pageIds = [];
  };
  for await (const { item, text } of items) {
    const named = people.attach(item);
    topics.add(item);
    authors.add(item);
    const docs = search.add(item);
    if (docs) {
      await stage(docs);
      searchFiles.push(docs.name);
    }
    await search.caughtUp();
    ids.add(item.id);
    for (const id of peopleNamedBy(item)) namedPeople.add(id);
    page.push(text === undefined || named ? checkedItemText(item) : text);
    pageIds.push(item.id);
    if (page.length === plan.pageSize) await stagePage();
  }
  if (page.length > 0 || files.length === 0) await stagePage();
  const profiles = people.people();
  checkReferences(ids, profiles, namedPeople);
  files.push(...searchFiles);
  const stageNamed = async (file: FeedFile) => {
    await stage(file);
    files.push(file.name);
  };
  for (const file of [...index.files(), ...topics.files()]) await stageNamed(file);
  for await (const file of search.files()) await stageNamed(file);
  for (const file of peopleFiles(profiles, authors.list())) await stageNamed(file);
  return { files, people: profiles };
}
