import type { PageModule } from "../page-loads";
import { feedWindowQuery } from "../../features/feed/data/feed-window";
import { FeedView, loadWindowedFeed } from "../../features/feed/list/feed-view";
import { StoryHead } from "./story-head";
import { FeedMasthead } from "../../features/feed/list/feed-masthead";

export const homePage: PageModule = {
  // Cached pages never go stale: Back to the feed fetches nothing and shows what was there.
  load: async ({ queryClient }) => {
      // A prerendered home page about to be hydrated shows its plain list first and loads the
      // windowing after; anywhere else (the app shell, a later visit) the feed opens windowed
      // at once, so a long page 1 is never all in the document, and Back restores its place.
    await Promise.all([queryClient.ensureInfiniteQueryData(feedWindowQuery()), aboutToHydrate() ? undefined : loadWindowedFeed()]);
  },
  Component: HomeRoute,
};

function aboutToHydrate(): boolean {
  if (typeof document === "undefined") return true; // prerendering: the plain list is the page
  if (document.documentElement.dataset.app === "ready") return false;
  return document.getElementById("root")?.dataset.route === window.location.pathname;
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
      <FeedView labelledBy="home-title" />
    </section>
  );
}
