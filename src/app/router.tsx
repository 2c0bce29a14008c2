import { createBrowserRouter, matchRoutes, type RouteObject } from "react-router";
import type { QueryClient } from "@tanstack/react-query";
import { RootLayout } from "./root-layout";
import { RouteError } from "./route-error";
import { NotFoundRoute } from "./routes/not-found";

/** What a page module gives the router: its loader and its component. */
type RouteFactory = (queryClient: QueryClient) => Pick<RouteObject, "loader" | "Component">;

interface Page {
  path?: string;
  index?: true;
  load: () => Promise<RouteFactory>;
}

// Every page is its own chunk: the home page loads none of the reading views, and a story
// page none of the feed's windowing.
const PAGES: Page[] = [
  { index: true, load: async () => (await import("./routes/home")).homeRoute },
  { path: "articles/:id", load: async () => (await import("./routes/article")).articleRoute },
  { path: "posts/:id", load: async () => (await import("./routes/post")).postRoute },
  { path: "people", load: async () => (await import("./routes/people")).peopleRoute },
  { path: "people/:id", load: async () => (await import("./routes/person")).personRoute },
  { path: "topics/:name", load: async () => (await import("./routes/topic")).topicRoute },
  { path: "search", load: async () => (await import("./routes/search")).searchRoute },
  { path: "bookmarks", load: async () => (await import("./routes/shelf")).bookmarksRoute },
  { path: "history", load: async () => (await import("./routes/shelf")).historyRoute },
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
          // Pathless layout route: route errors render inside the site's chrome.
          ErrorBoundary: RouteError,
          children: [
            ...PAGES.map((page) => ({ ...pageRoute(page), lazy: async () => (await page.load())(queryClient) })),
            { path: "*", Component: NotFoundRoute },
          ],
        },
      ],
    },
  ];
}

/**
 * Loads (and so evaluates) the code of the page at `pathname`, if it is one of the app's
 * pages, so that starting the router later does not evaluate it in the same task.
 */
export async function preloadPage(pathname: string): Promise<void> {
  const routes = PAGES.map(pageRoute);
  const leaf = matchRoutes([{ path: "/", children: routes }], pathname)?.at(-1)?.route;
  const page = leaf ? PAGES[routes.indexOf(leaf)] : undefined;
  await page?.load();
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
