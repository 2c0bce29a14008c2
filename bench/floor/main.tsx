// The libraries' floor: the least app that uses what every page of ours uses — React,
// hydration, a router that matches the address and links, and a query read through the
// cache. Built like the site (bench/route-bytes.ts); its gzip size is what no amount of app
// code can go under.
import { hydrateRoot } from "react-dom/client";
import { BrowserRouter, Link, Route, Routes } from "react-router";
import { QueryClient, QueryClientProvider, queryOptions, useSuspenseQuery } from "@tanstack/react-query";

const client = new QueryClient();
const words = queryOptions({ queryKey: ["words"], queryFn: async () => "words", staleTime: Infinity });

function Page() {
  const { data } = useSuspenseQuery(words);
  return <Link to="/">{data}</Link>;
}

hydrateRoot(
  document.getElementById("root")!,
  <QueryClientProvider client={client}>
    <BrowserRouter>
      <Routes>
        <Route path="/" element={<Page />} />
      </Routes>
    </BrowserRouter>
  </QueryClientProvider>,
);
