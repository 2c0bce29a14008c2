// The home feed as the page first shows it: the pages held, as a plain list. That is what the
// server prerenders and the browser hydrates, so the first view needs none of the windowing
// code; the windowed list (virtual-feed.tsx) loads once the page is interactive and takes over.
import { startTransition, useEffect, useState, type ComponentType } from "react";
import { FeedItemCard } from "../card/feed-item-card";
import { FeedStatus } from "./feed-status";
import { useFeedWindow } from "./use-feed-window";
import { useHydrated } from "../../../lib/use-hydrated";

type FeedProps = { labelledBy: string };

let Windowed: ComponentType<FeedProps> | undefined;

/** Loads the windowed list. The home route awaits it when the app is already running. */
export async function loadWindowedFeed(): Promise<void> {
  Windowed ??= (await import("./virtual-feed")).VirtualFeed;
}

export function FeedView({ labelledBy }: FeedProps) {
  const hydrated = useHydrated();
  const [Loaded, setLoaded] = useState(() => Windowed);
  useEffect(() => {
    if (!hydrated || Loaded) return;
    let live = true;
    void loadWindowedFeed().then(() => {
      // As a transition: the windowed list renders in slices that yield to the reader's
      // input, not in one long task on a slow phone.
      if (live) startTransition(() => setLoaded(() => Windowed));
    });
    return () => {
      live = false;
    };
  }, [hydrated, Loaded]);
  return hydrated && Loaded ? <Loaded labelledBy={labelledBy} /> : <PlainFeed labelledBy={labelledBy} />;
}

/** The pages held, in order, each story in its place in the feed. */
function PlainFeed({ labelledBy }: FeedProps) {
  const { feed, slots, outline } = useFeedWindow();
  const rows = Array.from({ length: slots.heldTo - slots.heldFrom }, (_, i) => slots.heldFrom + i);
  return (
    <>
      <div role="feed" aria-labelledby={labelledBy} aria-busy={feed.isFetching}>
        {rows.map((slot) => {
          const item = slots.itemAt(slot);
          return (
            // pb-3: the gap under each card, part of its row as in the windowed list. No inline
            // style here: the CSP forbids style attributes in the server's HTML.
            <div key={slots.keyAt(slot)} data-index={slot} data-key={slots.keyAt(slot)} className="pb-3">
              {item ? <FeedItemCard item={item} position={{ posinset: slot + 1, setsize: slots.setsize }} /> : null}
            </div>
          );
        })}
      </div>
      <FeedStatus feed={feed} slots={slots} outline={outline} />
    </>
  );
}
