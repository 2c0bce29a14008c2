import type { Item } from "../../content/feed-schema";
import { addBookmark, removeBookmark } from "./library-store";
import { useIsBookmarked } from "./use-shelf";
import { useKept } from "./use-kept";

/** 收藏: a toggle that keeps the story on the reader's shelf (and for offline reading). */
export function BookmarkButton({ item, className = "" }: { item: Item; className?: string }) {
  const saved = useIsBookmarked(item.id);
  const kept = useKept(item, saved);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        // Saving needs the app: hidden until it runs, like the other controls that need it.
        data-needs-js
        aria-pressed={saved}
        onClick={() => void (saved ? removeBookmark(item.id) : addBookmark(item))}
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
