import { useInfiniteQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { feedQuery, followNext } from "../../features/feed/queries";
import { uniqueById } from "../../features/feed/paging";
import { FeedList } from "../../features/feed/feed-list";

export function homeRoute(queryClient: QueryClient) {
  return {
    loader: async () => {
      await queryClient.ensureInfiniteQueryData(feedQuery(queryClient));
      return null;
    },
    Component: HomeRoute,
  };
}

function HomeRoute() {
  const queryClient = useQueryClient();
  const feed = useInfiniteQuery(feedQuery(queryClient));
  const pages = feed.data?.pages ?? [];
  const items = uniqueById(pages.map((page) => page.items));
  const last = pages.at(-1);
  const next = last ? followNext(last, feed.data?.pageParams.slice(0, -1).map(String) ?? []) : undefined;

  return (
    <section aria-labelledby="home-title" className="mx-auto max-w-2xl space-y-4">
      <title>轻阅 · 首页</title>
      <h1 id="home-title" className="text-xl font-bold">
        今日阅读
      </h1>
      {items.length === 0 && feed.isSuccess ? <p className="text-muted">订阅源里还没有内容。</p> : null}
      <FeedList items={items} />
      <div className="py-4 text-center text-sm text-muted" aria-live="polite">
        {feed.isFetchNextPageError ? (
          <p role="alert">
            下一页没能加载。
            <button type="button" onClick={() => void feed.fetchNextPage()} className="ml-2 underline">
              重试
            </button>
          </p>
        ) : feed.isFetchingNextPage ? (
          <p>正在加载更多…</p>
        ) : feed.hasNextPage ? (
          <button
            type="button"
            onClick={() => void feed.fetchNextPage()}
            className="rounded border border-line px-4 py-2 hover:bg-ink/5"
          >
            加载更多
          </button>
        ) : next?.kind === "refused" ? (
          <p role="status">{next.reason}</p>
        ) : items.length > 0 ? (
          <p>已经到底了</p>
        ) : null}
      </div>
    </section>
  );
}
