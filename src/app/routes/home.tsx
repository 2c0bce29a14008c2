import type { QueryClient } from "@tanstack/react-query";
import { feedWindowQuery } from "../../features/feed/data/feed-window";
import { FeedView, loadWindowedFeed } from "../../features/feed/list/feed-view";

export function homeRoute(queryClient: QueryClient) {
  return {
    // Cached pages never go stale: Back to the feed fetches nothing and shows what was there.
    loader: async () => {
      // Once the app is running, the feed opens windowed at once (Back restores its place);
      // a page being loaded shows the plain list first and loads the windowing after.
      const running = typeof document !== "undefined" && document.documentElement.dataset.app === "ready";
      await Promise.all([queryClient.ensureInfiniteQueryData(feedWindowQuery()), running ? loadWindowedFeed() : undefined]);
      return null;
    },
    Component: HomeRoute,
  };
}

function HomeRoute() {
  return (
    <section aria-labelledby="home-title" className="mx-auto max-w-2xl">
      <title>轻阅 · 首页</title>
      <h1 id="home-title" className="mb-4 text-xl font-bold">
        今日阅读
      </h1>
      <FeedView labelledBy="home-title" />
    </section>
  );
}
