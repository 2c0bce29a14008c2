// The shelves as React reads them: loaded from IndexedDB once, kept in memory, and every
// change written through and announced to the components that show it.
import type { Item } from "../../content/feed-schema";
import { clearShelf, hasLibrary, listShelf, putEntries, recordRead, removeEntry, type Shelf, type ShelfEntry } from "./library-db";

type Listener = () => void;

const state: Record<Shelf, ShelfEntry[] | undefined> = { bookmarks: undefined, history: undefined };
const loading: Partial<Record<Shelf, Promise<void>>> = {};
const listeners = new Set<Listener>();
const saveListeners = new Set<(item: Item) => void>();

const notify = () => listeners.forEach((l) => l());

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A shelf as loaded so far (undefined until it is read). */
export const shelfSnapshot = (shelf: Shelf) => state[shelf];

/** Reads a shelf from IndexedDB, once. */
export function loadShelf(shelf: Shelf): Promise<void> {
  if (!hasLibrary()) return Promise.resolve();
  loading[shelf] ??= listShelf(shelf).then(
    (entries) => {
      state[shelf] = entries;
      notify();
    },
    () => {
      // A browser that refuses storage (some private modes) keeps an empty shelf for the visit.
      state[shelf] = [];
      notify();
    },
  );
  return loading[shelf];
}

function replace(shelf: Shelf, entries: ShelfEntry[]) {
  state[shelf] = entries;
  notify();
}

/** Something to do when the reader saves a story (e.g. keep it for offline reading). */
export function onSave(listener: (item: Item) => void): () => void {
  saveListeners.add(listener);
  return () => saveListeners.delete(listener);
}

export async function addBookmark(item: Item): Promise<void> {
  await loadShelf("bookmarks");
  const entry = { id: item.id, item, at: Date.now() };
  replace("bookmarks", [entry, ...(state.bookmarks ?? []).filter((e) => e.id !== item.id)]);
  await putEntries("bookmarks", [entry]);
  saveListeners.forEach((l) => l(item));
}

export async function removeBookmark(id: string): Promise<void> {
  replace("bookmarks", (state.bookmarks ?? []).filter((e) => e.id !== id));
  await removeEntry("bookmarks", id);
}

/** Adds entries (an import): newer than anything on the shelf, in the order given. */
export async function addEntries(shelf: Shelf, items: readonly Item[]): Promise<void> {
  await loadShelf(shelf);
  const now = Date.now();
  const entries = items.map((item, i) => ({ id: item.id, item, at: now + items.length - i }));
  const ids = new Set(entries.map((e) => e.id));
  replace(shelf, [...entries, ...(state[shelf] ?? []).filter((e) => !ids.has(e.id))]);
  await putEntries(shelf, entries);
  if (shelf === "bookmarks") items.forEach((item) => saveListeners.forEach((l) => l(item)));
}

export async function noteRead(item: Item): Promise<void> {
  if (!hasLibrary()) return;
  await recordRead(item);
  if (state.history !== undefined) {
    replace("history", [{ id: item.id, item, at: Date.now() }, ...state.history.filter((e) => e.id !== item.id)]);
  }
}

export async function clearHistory(): Promise<void> {
  replace("history", []);
  await clearShelf("history");
}

/** Forgets what was loaded, so each test starts from a fresh database. */
export function resetLibraryStore(): void {
  state.bookmarks = undefined;
  state.history = undefined;
  delete loading.bookmarks;
  delete loading.history;
}
