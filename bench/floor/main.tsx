// The libraries' floor: the least app that uses what every page of ours uses — React,
// hydration, a data router with a loader, and a query read through the cache. Built like
// the site (bench/route-bytes.ts); its gzip size is what no amount of app code can go under.
import { hydrateRoot } from "react-dom/client";
import { createBrowserRouter, Link } from "react-router";
import { RouterProvider } from "react-router/dom";
import { QueryClient, QueryClientProvider, queryOptions, useSuspenseQuery } from "@tanstack/react-query";

const client = new QueryClient();
const words = queryOptions({ queryKey: ["words"], queryFn: async () => "words", staleTime: Infinity });

function Page() {
  const { data } = useSuspenseQuery(words);
  return <Link to="/">{data}</Link>;
}

const router = createBrowserRouter([{ path: "/", loader: () => client.ensureQueryData(words), Component: Page }]);
hydrateRoot(
  document.getElementById("root")!,
  <QueryClientProvider client={client}>
    <RouterProvider router={router} />
  </QueryClientProvider>,
);
