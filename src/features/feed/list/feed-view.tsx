// The home feed as the page first shows it: the pages held, as a plain list. That is what the
// server prerenders and the browser hydrates, so the first view needs none of the windowing
// code. The windowing (virtual-feed.tsx) and the controls that bring the reader back to a
// story load once the page is interactive; the windowing takes over when the reader starts to
// move through the feed (a scroll, a key), or when asked to bring a story into view. Until
// then a slow phone spends nothing on it. It places the same rows (feed-rows.tsx) rather than
// building them again.
import { useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useLocation, useNavigationType } from "react-router";
import { FeedStatus } from "./feed-status";
import { FeedRows, type RowLayout } from "./feed-rows";
import { useFeedWindow } from "./use-feed-window";
import { feedKey } from "./use-feed-keys";
import { placeFor } from "./feed-places";
import { useRememberStory } from "./use-remember-story";
import { useHydrated } from "../../../lib/use-hydrated";
import type { FeedRequest } from "./virtual-feed";

type Extras = typeof import("./feed-extras");
let extras: Extras | undefined;

/** Loads the windowing and the return controls. The home route awaits them when the app is already running. */
export async function loadWindowedFeed(): Promise<void> {
  extras ??= await import("./feed-extras");
}

/**
 * True from the reader's first scroll or key press on (or at once when the page is not at its
 * top): the windowing is wanted from then. The key press that asked, if it was j or k, is
 * passed on so that it is not lost.
 */
function useReaderMoves(watch: boolean, onKey: (request: FeedRequest) => void): boolean {
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (!watch || moved) return;
    const move = () => setMoved(true);
    const onKeyDown = (event: KeyboardEvent) => {
      const key = feedKey(event);
      if (key && "move" in key) {
        event.preventDefault();
        onKey({ move: key.move });
      }
      move();
    };
    if (window.scrollY > 0) move();
    window.addEventListener("scroll", move, { passive: true });
    document.addEventListener("keydown", onKeyDown);
    return () => {
      window.removeEventListener("scroll", move);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [watch, moved, onKey]);
  return moved;
}

export function FeedView({ labelledBy }: { labelledBy: string }) {
  const hydrated = useHydrated();
  const [loaded, setLoaded] = useState(() => extras);
  // The plain list was on the screen first (a prerendered page): the windowing places its rows.
  // Otherwise the windowing renders the rows itself from the start.
  const [plainFirst] = useState(() => !(hydrated && loaded));
  const [request, setRequest] = useState<FeedRequest>();
  const moved = useReaderMoves(hydrated && plainFirst, setRequest);
  const [layout, setLayout] = useState<RowLayout>();
  const listRef = useRef<HTMLDivElement>(null);
  const feedWindow = useFeedWindow();
  const remember = useRememberStory(feedWindow.slots);
  // Back or forward to a visit of the feed: its place is restored, so there is nothing to offer.
  const queryClient = useQueryClient();
  const { key } = useLocation();
  const pop = useNavigationType() === "POP";
  const [restoring] = useState(() => pop && placeFor(queryClient, key) !== undefined);
  useEffect(() => {
    if (!hydrated || loaded) return;
    let live = true;
    void loadWindowedFeed().then(() => {
      if (live) setLoaded(extras);
    });
    return () => {
      live = false;
    };
  }, [hydrated, loaded]);

  const { feed, slots, outline } = feedWindow;
  const Windowing = hydrated && loaded && (!plainFirst || moved || request) ? loaded.FeedWindowing : undefined;
  const windowing = Windowing ? (
    <Windowing
      labelledBy={labelledBy}
      listRef={listRef}
      feedWindow={feedWindow}
      remember={remember}
      request={request}
      {...(plainFirst ? { onLayout: setLayout } : {})}
    />
  ) : null;
  return (
    <>
      {Windowing && !plainFirst ? null : (
        <FeedRows labelledBy={labelledBy} listRef={listRef} slots={slots} busy={feed.isFetching} onOpen={remember} layout={Windowing ? layout : undefined} />
      )}
      {windowing ?? <FeedStatus feed={feed} slots={slots} outline={outline} />}
      {hydrated && loaded ? (
        <>
          <loaded.NewItemsButton outline={outline} onShown={(first) => setRequest({ slot: 0, scroll: "top", ...(first === undefined ? {} : { key: first }) })} />
          {restoring ? null : <loaded.LastReadOffer onFound={(slot) => setRequest({ slot, scroll: "start" })} />}
        </>
      ) : null}
    </>
  );
}
