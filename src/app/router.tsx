import { createBrowserRouter, type RouteObject } from "react-router";
import type { QueryClient } from "@tanstack/react-query";
import { RootLayout } from "./root-layout";
import { RouteError } from "./route-error";
import { NotFoundRoute } from "./routes/not-found";
import { homeRoute } from "./routes/home";
import { articleRoute } from "./routes/article";
import { postRoute } from "./routes/post";
import { peopleRoute } from "./routes/people";
import { personRoute } from "./routes/person";
import { topicRoute } from "./routes/topic";

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
            { index: true, ...homeRoute(queryClient) },
            { path: "articles/:id", ...articleRoute(queryClient) },
            { path: "posts/:id", ...postRoute(queryClient) },
            { path: "people", ...peopleRoute(queryClient) },
            { path: "people/:id", ...personRoute(queryClient) },
            { path: "topics/:name", ...topicRoute(queryClient) },
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
