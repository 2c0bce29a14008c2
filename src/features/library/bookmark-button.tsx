import { lazy, Suspense } from "react";
import type { Item } from "../../content/feed-schema";
import { BookmarkToggle } from "./bookmark-toggle";
import { useHydrated } from "../../lib/use-hydrated";

interface Props {
  item: Item;
  className?: string;
}

// The shelf's store (IndexedDB, the offline copies) is fetched once the page is up, not with it.
const LiveBookmarkButton = lazy(() => import("./live-bookmark-button"));

/**
 * 收藏: a toggle that keeps the story on the reader's shelf (and for offline reading). Until
 * the shelf has been read it is drawn unsaved; a tap then already saves the story.
 */
export function BookmarkButton({ item, className }: Props) {
  const hydrated = useHydrated();
  const waiting = (
    <BookmarkToggle saved={false} kept={false} className={className} onToggle={() => void import("./library-store").then((store) => store.addBookmark(item))} />
  );
  if (!hydrated) return waiting;
  return (
    <Suspense fallback={waiting}>
      <LiveBookmarkButton item={item} className={className} />
    </Suspense>
  );
}
