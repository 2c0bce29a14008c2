// New stories at the top of the feed never push the reader's place down: they wait behind
// this control until asked for. The first page is re-read now and then (and when the tab is
// shown again); pages after it never change.
import { useQuery, type QueryClient } from "@tanstack/react-query";
import { fetchFeedPage, feedUrl } from "./feed-api";
import { feedPageQuery, type FeedData } from "./queries";
import type { FeedLedger } from "./feed-ledger";

const CHECK_EVERY_MS = 2 * 60_000;

interface NewItemsProps {
  queryClient: QueryClient;
  ledger: FeedLedger;
  /** Called with the first story once the new ones are in: focus it and go to the top. */
  onShown: (firstKey: string | undefined) => void;
}

export function NewItemsButton({ queryClient, ledger, onShown }: NewItemsProps) {
  const url = feedUrl();
  const pageKey = feedPageQuery(url).queryKey;
  const head = useQuery({
    queryKey: ["feed-head", url],
    queryFn: ({ signal }) => fetchFeedPage(url, signal),
    // Starts from the page 1 the feed shows, so mounting (Back included) fetches nothing.
    initialData: () => queryClient.getQueryData(pageKey),
    initialDataUpdatedAt: () => queryClient.getQueryState(pageKey)?.dataUpdatedAt,
    refetchOnMount: false,
    refetchOnWindowFocus: true,
    refetchInterval: CHECK_EVERY_MS,
  });
  const fresh = head.data?.items.filter((item) => ledger.slotOf(item.id) === undefined) ?? [];
  if (!head.data || fresh.length === 0) return <div aria-live="polite" className="sr-only" />;

  const show = async () => {
    const loaded = head.data;
    // The feed starts again from the new page 1; sizes measured so far are kept by id.
    await queryClient.cancelQueries({ queryKey: ["feed"] });
    ledger.reset();
    const items = ledger.record(0, url, loaded.items, loaded.page.next_url);
    queryClient.setQueryData(pageKey, loaded);
    queryClient.setQueryData<FeedData>(["feed"], { pages: [{ url, index: 0, items }], pageParams: [{ url, index: 0 }] });
    onShown(items[0]?.id);
  };
  return (
    <div aria-live="polite" className="fixed inset-x-0 top-4 z-30 flex justify-center">
      <button type="button" onClick={() => void show()} className="rounded-full bg-accent px-4 py-2 text-sm text-on-accent shadow-lg">
        {fresh.length} 条新内容
      </button>
    </div>
  );
}
