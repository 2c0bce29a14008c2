import type { InfiniteQueryObserverResult } from "@tanstack/react-query";
import type { OutlineReader } from "../data/feed-outline";
import type { FeedSlots } from "./use-feed-window";
import type { FeedData } from "../data/feed-window";
import { droppedSummary } from "./dropped-summary";

interface StatusProps {
  feed: InfiniteQueryObserverResult<FeedData>;
  slots: FeedSlots;
  outline: OutlineReader;
}

/** What a screen reader hears as pages come and go: the visible footer is not a live region. */
function announcement({ feed, slots, outline }: StatusProps): string {
  if (feed.isFetchingNextPage && slots.atEnd) return "正在加载更多内容…";
  if (outline.complete) return `已经到底了，共 ${slots.count} 条`;
  return slots.count > 0 ? `已加载 ${slots.count} 条` : "";
}

/** Under the feed: loading, a failed page with its retry, the end, or why paging stopped. */
export function FeedStatus(props: StatusProps) {
  const { feed, slots, outline } = props;
  const last = outline.follow(outline.pageCount - 1);
  // A page that failed away from the end (held pages are let go and read again) is reported
  // where the reader is, not at the far end of the list.
  const failedHere = feed.isFetchPreviousPageError || (feed.isFetchNextPageError && !slots.atEnd);
  let footer = null;
  if (feed.isFetchNextPageError && slots.atEnd) {
    footer = (
      <div role="alert" data-feed-error>
        下一页没能加载，已经读到的内容都还在。
        <button type="button" onClick={() => void feed.fetchNextPage()} className="ml-2 rounded border border-line px-3 py-1 underline">
          重试
        </button>
      </div>
    );
  } else if (feed.isFetchingNextPage && slots.atEnd) {
    footer = <p>正在加载更多…</p>;
  } else if (slots.atEnd && feed.hasNextPage) {
    // Pages load ahead of the reader on their own; this is for whoever gets here first.
    footer = (
      <button type="button" data-needs-js onClick={() => void feed.fetchNextPage()} className="rounded border border-line px-4 py-2 hover:bg-ink/5">
        加载更多
      </button>
    );
  } else if (slots.count === 0 && outline.complete) {
    footer = <p>{droppedSummary(outline.dropped, 0) ?? "订阅源里还没有内容。"}</p>;
  } else if (last.kind === "refused") {
    footer = <p>{last.reason}</p>;
  } else if (outline.complete && slots.atEnd) {
    footer = <p data-feed-end>已经到底了 · 共 {slots.count} 条</p>;
  }
  return (
    <>
      <div className="min-h-16 py-4 text-center text-sm text-muted">{footer}</div>
      <p role="status" className="sr-only">
        {announcement(props)}
      </p>
      {failedHere ? (
        <div role="alert" className="fixed inset-x-0 top-4 z-40 mx-auto w-fit rounded-lg border border-line bg-card px-4 py-2 text-sm shadow-lg">
          这部分内容没能加载。
          <button
            type="button"
            onClick={() => void (feed.isFetchPreviousPageError ? feed.fetchPreviousPage() : feed.fetchNextPage())}
            className="ml-2 underline"
          >
            重试
          </button>
        </div>
      ) : null}
    </>
  );
}
