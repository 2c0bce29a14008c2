import { createBrowserRouter, matchRoutes, type RouteObject } from "react-router";
import type { QueryClient } from "@tanstack/react-query";
import { RootLayout } from "./root-layout";
import { RouteError } from "./route-error";
import { NotFoundRoute } from "./routes/not-found";
import { PageLoading } from "./routes/page-loading";

/** What a page module gives the router: its loader and its component. */
type RouteFactory = (queryClient: QueryClient) => Pick<RouteObject, "loader" | "Component">;

interface Page {
  path?: string;
  index?: true;
  /** The page's module, as the build names it: the prerendered HTML preloads its code. */
  source: string;
  load: () => Promise<RouteFactory>;
}

// Every page is its own chunk: the home page loads none of the reading views, and a story
// page none of the feed's windowing.
const PAGES: Page[] = [
  { index: true, source: "src/app/routes/home.tsx", load: async () => (await import("./routes/home")).homeRoute },
  { path: "articles/:id", source: "src/app/routes/article.tsx", load: async () => (await import("./routes/article")).articleRoute },
  { path: "posts/:id", source: "src/app/routes/post.tsx", load: async () => (await import("./routes/post")).postRoute },
  { path: "people", source: "src/app/routes/people.tsx", load: async () => (await import("./routes/people")).peopleRoute },
  { path: "people/:id", source: "src/app/routes/person.tsx", load: async () => (await import("./routes/person")).personRoute },
  { path: "topics/:name", source: "src/app/routes/topic.tsx", load: async () => (await import("./routes/topic")).topicRoute },
  { path: "about", source: "src/app/routes/about.tsx", load: async () => (await import("./routes/about")).aboutRoute },
  { path: "search", source: "src/app/routes/search.tsx", load: async () => (await import("./routes/search")).searchRoute },
  { path: "bookmarks", source: "src/app/routes/shelf.tsx", load: async () => (await import("./routes/shelf")).bookmarksRoute },
  { path: "history", source: "src/app/routes/shelf.tsx", load: async () => (await import("./routes/shelf")).historyRoute },
];

const pageRoute = ({ path, index }: Page): RouteObject => (index ? { index } : { path });

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: "/",
      Component: RootLayout,
      ErrorBoundary: RouteError,
      children: [
        {
          // Pathless layout route: route errors, and the first load of a page that was not
          // prerendered, render inside the site's chrome.
          ErrorBoundary: RouteError,
          HydrateFallback: PageLoading,
          children: [
            ...PAGES.map((page) => ({ ...pageRoute(page), lazy: async () => (await page.load())(queryClient) })),
            { path: "*", Component: NotFoundRoute },
          ],
        },
      ],
    },
  ];
}

function pageAt(pathname: string): Page | undefined {
  const routes = PAGES.map(pageRoute);
  const leaf = matchRoutes([{ path: "/", children: routes }], pathname)?.at(-1)?.route;
  return leaf ? PAGES[routes.indexOf(leaf)] : undefined;
}

/**
 * Loads (and so evaluates) the code of the page at `pathname`, if it is one of the app's
 * pages, so that starting the router later does not evaluate it in the same task.
 */
export async function preloadPage(pathname: string): Promise<void> {
  await pageAt(pathname)?.load();
}

/** The source module of the page at `pathname`, for the build's preload links. */
export function pageSource(pathname: string): string | undefined {
  return pageAt(pathname)?.source;
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
