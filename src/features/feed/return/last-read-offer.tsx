import { useEffect, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { readLastRead } from "./last-read";
import { holdPage, locateItem } from "../data/locate";
import { readOutline } from "../data/feed-outline";

type OfferState = "offer" | "finding" | "gone" | "closed";

/**
 * On a new visit, an offer to go back to the last story opened from the feed. It floats
 * over the page, so showing it moves nothing.
 */
export function LastReadOffer({ onFound }: { onFound: (slot: number) => void }) {
  const queryClient = useQueryClient();
  // Rendered only after hydration, so reading the browser's storage here cannot mismatch the server's HTML.
  const [entry] = useState(readLastRead);
  const [state, setState] = useState<OfferState>("offer");
  // A reader who scrolls on by a screen has answered: the offer would only cover what they
  // read. Only their own scrolling counts (wheel, touch, keys), not a scroll the page restores.
  useEffect(() => {
    if (state !== "offer") return;
    let from: number | undefined;
    const onInput = () => {
      from ??= window.scrollY;
    };
    const onScroll = () => {
      if (from !== undefined && Math.abs(window.scrollY - from) > window.innerHeight) setState("closed");
    };
    const inputs = ["wheel", "touchstart", "keydown"] as const;
    for (const type of inputs) window.addEventListener(type, onInput, { passive: true });
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      for (const type of inputs) window.removeEventListener(type, onInput);
      window.removeEventListener("scroll", onScroll);
    };
  }, [state]);
  // Near the top it is on screen already: nothing to offer.
  if (!entry || entry.slot < 3 || state === "closed") return null;

  const go = async () => {
    setState("finding");
    try {
      const found = await locateItem(queryClient, entry.id);
      if (found === undefined) {
        setState("gone");
        return;
      }
      const { slot, outline } = found;
      await holdPage(queryClient, readOutline(outline).pageOf(slot), outline);
      setState("closed");
      onFound(slot);
    } catch {
      setState("offer");
    }
  };
  return (
    <div role="region" aria-label="上次读到" className="fixed inset-x-0 bottom-4 z-30 mx-auto flex w-fit max-w-[calc(100%-2rem)] flex-wrap items-center gap-3 rounded-lg border border-line bg-card px-4 py-3 text-sm shadow-lg">
      {state === "gone" ? (
        <span>上次读到的内容已不在订阅源中。</span>
      ) : (
        <>
          <span className="min-w-0 truncate">上次读到：{entry.title}</span>
          <button type="button" onClick={() => void go()} disabled={state === "finding"} className="rounded bg-accent px-3 py-1 text-on-accent">
            {state === "finding" ? "正在前往…" : "回到那里"}
          </button>
        </>
      )}
      <button type="button" onClick={() => setState("closed")} aria-label="关闭" className="rounded px-2 py-1 underline">
        ×
      </button>
    </div>
  );
}
