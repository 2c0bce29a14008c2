// The shelf's store (IndexedDB) as a module fetched on demand: pages load it once they are up,
// and once any part of the app has it, every other part gets it at once.
type Store = typeof import("./library-store");

let store: Store | undefined;

/** The store, if it has been loaded. */
export const loadedStore = (): Store | undefined => store;

export const loadStore = async (): Promise<Store> => (store ??= await import("./library-store"));
