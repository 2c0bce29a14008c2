import type { QueryClient } from "@tanstack/react-query";
import { feedQuery } from "../../features/feed/queries";
import { VirtualFeed } from "../../features/feed/virtual-feed";
import { StoryHead } from "./story-head";
import { FeedMasthead } from "../../features/feed/feed-masthead";

export function homeRoute(queryClient: QueryClient) {
  return {
    // Cached pages never go stale: Back to the feed fetches nothing and shows what was there.
    loader: async () => {
      await queryClient.ensureInfiniteQueryData(feedQuery(queryClient));
      return null;
    },
    Component: HomeRoute,
  };
}

function HomeRoute() {
  return (
    <section aria-labelledby="home-title" className="mx-auto max-w-2xl">
      <StoryHead
        title="轻阅"
        documentTitle="轻阅 · 首页"
        url="/"
        type="website"
        description="轻阅：安静地阅读中文长文与微博热门。"
      />
      <h1 id="home-title" className="mb-4 text-xl font-bold">
        今日阅读
      </h1>
      <FeedMasthead />
      <VirtualFeed labelledBy="home-title" />
    </section>
  );
}
