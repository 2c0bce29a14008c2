// New stories at the top of the feed never push the reader's place down: they wait behind
// this control until asked for. Page 1 is re-read now and then (and when the tab is shown
// again, or at once when the page was built from older data); pages after it never change.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { firstPageQuery } from "../../../lib/feed-pages";
import { useHydrated } from "../../../lib/use-hydrated";
import type { OutlineReader } from "../data/feed-outline";
import { EMPTY_OUTLINE } from "../data/feed-outline";
import { replaceWindow, windowOf } from "../data/feed-window";

const CHECK_EVERY_MS = 2 * 60_000;

interface NewItemsProps {
  /** The feed as the list shows it. */
  outline: OutlineReader;
  /** Called with the first story once the new ones are in: focus it and go to the top. */
  onShown: (firstKey: string | undefined) => void;
}

export function NewItemsButton({ outline, onShown }: NewItemsProps) {
  const client = useQueryClient();
  // The page 1 the feed was read from: read again when the tab is shown, every
  // CHECK_EVERY_MS, and on showing the feed once it is older than that (Back to the feed
  // soon after fetches nothing; a page built from older data checks at once).
  // Not while the page hydrates: reading page 1 again loads the feed's contract, which the
  // first view does not need (the page hydrates from its own data).
  const hydrated = useHydrated();
  const head = useQuery({
    ...firstPageQuery(),
    enabled: hydrated,
    staleTime: CHECK_EVERY_MS,
    refetchOnWindowFocus: "always",
    refetchInterval: CHECK_EVERY_MS,
  });
  if (!head.data && head.isError) {
    // Page 1 could not be read again since the page opened: the stories shown are the ones
    // the page was built with. They stay readable; the reader is told, and can try again.
    return (
      <div role="alert" className="fixed inset-x-0 top-4 z-30 mx-auto w-fit max-w-[calc(100%-2rem)] rounded-lg border border-line bg-card px-4 py-2 text-center text-sm shadow-lg">
        {head.errorUpdateCount > 1 ? "还是没能连上，" : "内容没能更新，"}下面是之前的版本，都能打开阅读。
        <button
          type="button"
          disabled={head.isFetching}
          onClick={() => void head.refetch()}
          className="ml-2 rounded border border-line px-3 py-1 underline"
        >
          {head.isFetching ? "正在重试…" : "重试"}
        </button>
      </div>
    );
  }
  const fresh = head.data?.items.filter((item) => outline.slotOf(item.id) === undefined) ?? [];
  if (!head.data || fresh.length === 0) return <div aria-live="polite" className="sr-only" />;

  const show = async () => {
    // The feed starts again from the new page 1; sizes measured so far are kept by id.
    const data = windowOf(EMPTY_OUTLINE, 0, head.data);
    await replaceWindow(client, data);
    onShown(data.pages[0]!.items[0]?.id);
  };
  return (
    <div aria-live="polite" className="fixed inset-x-0 top-4 z-30 flex justify-center">
      <button type="button" onClick={() => void show()} className="rounded-full bg-accent px-4 py-2 text-sm text-on-accent shadow-lg">
        {fresh.length} 条新内容
      </button>
    </div>
  );
}
