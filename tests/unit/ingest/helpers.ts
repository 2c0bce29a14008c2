// Shared by the ingest tests: the pure pipeline for one page, and fixture paths.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Item, Person } from "../../../src/content/feed-schema";
import { pageItems } from "../../../src/ingest/build/items";
import type { DataEvent, StoryPage } from "../../../src/ingest/data-files";
import { PeopleIndex } from "../../../src/ingest/build/people-index";
import { parsePage } from "../../../src/ingest/parse/page";

export const ROOT = join(import.meta.dirname, "..", "..", "..");
export const SEED = join(ROOT, "data", "seed", "000_750350f1159c91f2.txt");
export const FIXTURES = join(ROOT, "tests", "fixtures", "pages");

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

/** Parse → items → people for one page, as the ingest does (without I/O). */
export function ingestText(text: string, baseUrl = ""): { items: Item[]; people: Person[] } {
  const items = pageItems(parsePage(text), { baseUrl });
  // The ingest's two passes over the same items: observe every one, then attach every one.
  const index = new PeopleIndex();
  for (const item of items) index.observe(item);
  for (const item of items) index.attach(item);
  return { items, people: index.people() };
}

export function byKind<K extends Item["_qingyue"]["kind"]>(items: readonly Item[], kind: K) {
  return items.filter((i): i is Item & { _qingyue: Extract<Item["_qingyue"], { kind: K }> } => i._qingyue.kind === kind);
}

/** A data file's event, never a story page: those come only from a JSON list of news records. */
export function dataOnly(event: DataEvent | StoryPage): DataEvent {
  if ("kind" in event) throw new Error(`${event.name} was read as a news story, not as data`);
  return event;
}
