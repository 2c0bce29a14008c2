import { useEffect, useState, useSyncExternalStore } from "react";
import type { Item } from "../../content/feed-schema";
import { useHydrated } from "../../lib/use-hydrated";
import { useKept } from "./use-kept";
import { loadedStore, loadStore } from "./store-loader";

const noSubscription = () => () => {};

/**
 * 收藏: a toggle that keeps the story on the reader's shelf (and for offline reading). It is
 * drawn unsaved until the shelf has been read; a tap before then already saves the story.
 */
export function BookmarkButton({ item, className = "" }: { item: Item; className?: string }) {
  const hydrated = useHydrated();
  const [loaded, setLoaded] = useState(loadedStore);
  useEffect(() => {
    if (!hydrated) return;
    let live = true;
    void loadStore().then((s) => {
      if (!live) return;
      setLoaded(s);
      void s.loadShelf("bookmarks");
    });
    return () => {
      live = false;
    };
  }, [hydrated]);
  const saved = useSyncExternalStore(
    loaded?.subscribe ?? noSubscription,
    () => loaded?.shelfSnapshot("bookmarks")?.some((e) => e.id === item.id) ?? false,
    () => false,
  );
  const kept = useKept(item, saved);
  const toggle = async () => {
    const s = await loadStore();
    await (saved ? s.removeBookmark(item.id) : s.addBookmark(item));
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        // Saving needs the app: hidden until it runs, like the other controls that need it.
        data-needs-js
        aria-pressed={saved}
        onClick={() => void toggle()}
        className={`no-print inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm ${
          saved ? "border-accent bg-accent text-on-accent" : "border-line text-muted hover:bg-ink/5"
        } ${className}`}
      >
        <span aria-hidden="true">{saved ? "★" : "☆"}</span>
        {saved ? "已收藏" : "收藏"}
      </button>
      {kept ? <span className="text-xs text-muted">已保存，可离线阅读</span> : null}
    </span>
  );
}
