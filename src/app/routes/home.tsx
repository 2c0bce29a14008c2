import type { QueryClient } from "@tanstack/react-query";
import { feedWindowQuery } from "../../features/feed/data/feed-window";
import { VirtualFeed } from "../../features/feed/list/virtual-feed";

export function homeRoute(queryClient: QueryClient) {
  return {
    // Cached pages never go stale: Back to the feed fetches nothing and shows what was there.
    loader: async () => {
      await queryClient.ensureInfiniteQueryData(feedWindowQuery());
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
      <VirtualFeed labelledBy="home-title" />
    </section>
  );
}
