import type { Item } from "../../content/feed-schema";
import { addBookmark, removeBookmark } from "./library-store";
import { useIsBookmarked } from "./use-shelf";
import { useKept } from "./use-kept";
import { BookmarkToggle } from "./bookmark-toggle";

/** The 收藏 toggle once the shelf's store has loaded: saved or not, and kept offline or not. */
export default function LiveBookmarkButton({ item, className }: { item: Item; className?: string | undefined }) {
  const saved = useIsBookmarked(item.id);
  const kept = useKept(item, saved);
  return <BookmarkToggle saved={saved} kept={kept} className={className} onToggle={() => void (saved ? removeBookmark(item.id) : addBookmark(item))} />;
}
