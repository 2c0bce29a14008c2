// The reader's own shelf in IndexedDB (through `idb`): bookmarked stories (收藏) and the
// stories read lately (最近阅读). Each entry keeps the whole item, so the lists show, export
// and open without the network.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { Item } from "../../content/feed-schema";

export type Shelf = "bookmarks" | "history";

/** What each shelf is called. */
export const SHELF_TITLE = { bookmarks: "收藏", history: "最近阅读" } as const satisfies Record<Shelf, string>;

export interface ShelfEntry {
  id: string;
  item: Item;
  /** When it was saved or last read (ms since the epoch); lists show the latest first. */
  at: number;
}

interface LibrarySchema extends DBSchema {
  bookmarks: { key: string; value: ShelfEntry; indexes: { at: number } };
  history: { key: string; value: ShelfEntry; indexes: { at: number } };
}

/** Stories kept in 最近阅读: older ones drop off. */
export const HISTORY_LIMIT = 500;

let opening: Promise<IDBPDatabase<LibrarySchema>> | undefined;

function db(): Promise<IDBPDatabase<LibrarySchema>> {
  opening ??= openDB<LibrarySchema>("qingyue-library", 1, {
    upgrade(database) {
      for (const shelf of ["bookmarks", "history"] as const) {
        database.createObjectStore(shelf, { keyPath: "id" }).createIndex("at", "at");
      }
    },
  });
  return opening;
}

/** Whether this browser keeps a shelf at all (not while prerendering, not in some private modes). */
export const hasLibrary = () => typeof indexedDB !== "undefined";

/** Every entry of a shelf, latest first. */
export async function listShelf(shelf: Shelf): Promise<ShelfEntry[]> {
  return (await (await db()).getAllFromIndex(shelf, "at")).reverse();
}

export async function putEntries(shelf: Shelf, entries: readonly ShelfEntry[]): Promise<void> {
  const tx = (await db()).transaction(shelf, "readwrite");
  await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
}

export async function removeEntry(shelf: Shelf, id: string): Promise<void> {
  await (await db()).delete(shelf, id);
}

export async function clearShelf(shelf: Shelf): Promise<void> {
  await (await db()).clear(shelf);
}

/** Notes a story as read now; the oldest beyond HISTORY_LIMIT are let go. */
export async function recordRead(item: Item, at = Date.now()): Promise<void> {
  const tx = (await db()).transaction("history", "readwrite");
  await tx.store.put({ id: item.id, item, at });
  const count = await tx.store.count();
  if (count > HISTORY_LIMIT) {
    let cursor = await tx.store.index("at").openCursor();
    for (let excess = count - HISTORY_LIMIT; cursor && excess > 0; excess -= 1) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
  }
  await tx.done;
}

/**
 * Closes the database (tests start each case with a fresh one).
 * @internal
 */
export async function closeLibrary(): Promise<void> {
  (await opening)?.close();
  opening = undefined;
}
