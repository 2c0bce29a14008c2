// The home feed as the page first shows it: the pages held, as a plain list. That is what the
// server prerenders and the browser hydrates, so the first view needs none of the windowing
// code; the windowing (virtual-feed.tsx) loads once the page is interactive and takes over,
// placing the same rows (feed-rows.tsx) rather than building them again.
import { startTransition, useEffect, useRef, useState, type ComponentType } from "react";
import { FeedStatus } from "./feed-status";
import { FeedRows, type RowLayout } from "./feed-rows";
import { useFeedWindow } from "./use-feed-window";
import { useHydrated } from "../../../lib/use-hydrated";
import type { WindowingProps } from "./virtual-feed";

let Windowing: ComponentType<WindowingProps> | undefined;

/** Loads the windowing. The home route awaits it when the app is already running. */
export async function loadWindowedFeed(): Promise<void> {
  Windowing ??= (await import("./virtual-feed")).FeedWindowing;
}

export function FeedView({ labelledBy }: { labelledBy: string }) {
  const hydrated = useHydrated();
  const [Loaded, setLoaded] = useState(() => Windowing);
  // The plain list was on the screen first (a prerendered page): the windowing places its rows.
  // Otherwise the windowing renders the rows itself from the start.
  const [plainFirst] = useState(() => !(hydrated && Loaded));
  const [layout, setLayout] = useState<RowLayout>();
  const listRef = useRef<HTMLDivElement>(null);
  const feedWindow = useFeedWindow();
  useEffect(() => {
    if (!hydrated || Loaded) return;
    let live = true;
    void loadWindowedFeed().then(() => {
      // As a transition: the windowing renders in slices that yield to the reader's input.
      if (live) startTransition(() => setLoaded(() => Windowing));
    });
    return () => {
      live = false;
    };
  }, [hydrated, Loaded]);

  const Windowed = hydrated && Loaded ? Loaded : undefined;
  if (Windowed && !plainFirst) return <Windowed labelledBy={labelledBy} listRef={listRef} feedWindow={feedWindow} />;
  const { feed, slots, outline } = feedWindow;
  return (
    <>
      <FeedRows labelledBy={labelledBy} listRef={listRef} slots={slots} busy={feed.isFetching} layout={Windowed ? layout : undefined} />
      {Windowed ? (
        <Windowed labelledBy={labelledBy} listRef={listRef} feedWindow={feedWindow} onLayout={setLayout} />
      ) : (
        <FeedStatus feed={feed} slots={slots} outline={outline} />
      )}
    </>
  );
}
