import { createBrowserRouter, type RouteObject } from "react-router";
import type { QueryClient } from "@tanstack/react-query";
import { RootLayout } from "./root-layout";
import { RouteError } from "./route-error";
import { NotFoundRoute } from "./routes/not-found";

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  // Every route is its own chunk: the home page loads none of the reading views, and a
  // story page none of the feed's windowing.
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
            { index: true, lazy: async () => (await import("./routes/home")).homeRoute(queryClient) },
            { path: "articles/:id", lazy: async () => (await import("./routes/article")).articleRoute(queryClient) },
            { path: "posts/:id", lazy: async () => (await import("./routes/post")).postRoute(queryClient) },
            { path: "people", lazy: async () => (await import("./routes/people")).peopleRoute(queryClient) },
            { path: "people/:id", lazy: async () => (await import("./routes/person")).personRoute(queryClient) },
            { path: "topics/:name", lazy: async () => (await import("./routes/topic")).topicRoute(queryClient) },
            { path: "*", Component: NotFoundRoute },
          ],
        },
      ],
    },
  ];
}

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
