// Server-side entry, built with `vite build --ssr` and run at build time by
// scripts/prerender.ts: renders a route to HTML with the same routes, loaders and
// components as the browser, so every story URL is a real page before any script runs.
import { renderToString } from "react-dom/server";
import { StaticRouter } from "react-router";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "./query-client";
import { AppRoutes, loadAt } from "./router";
import { createPageLoads } from "./page-loads";
import { PageLoadsProvider } from "./page-host";
export { pageSource } from "./router";
import { JSDOM } from "jsdom";
import { setSanitizerWindow } from "../lib/sanitize-html";
import { pageDataBlock } from "./page-data";

// Feed HTML is sanitized with the same DOMPurify rules here as in the browser.
setSanitizerWindow(new JSDOM("").window as unknown as Window & typeof globalThis);

export interface RenderedPage {
  status: number;
  /** <title>, <meta> and <link> tags the page's components asked for. */
  head: string;
  body: string;
  /** The data block: the cache the page was rendered from (see page-data.ts). */
  data: string;
}

// React emits hoistable tags (title, meta, link) ahead of the markup they came from.
const LEADING_HEAD_TAGS = /^(?:<title>[^<]*<\/title>|<meta\b[^>]*\/?>|<link\b[^>]*\/?>)+/;

export async function renderPath(path: string, origin: string): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  const loads = createPageLoads(queryClient);
  const url = new URL(path, origin);
  const href = url.pathname + url.search;
  // The page's load runs first; the render then reads it settled, as the browser's first render does.
  const outcome = (await loadAt(loads, url)) ?? { kind: "not-found" as const };
  if (outcome.kind === "moved") return { status: 302, head: "", body: "", data: "" };
  // No inline script (the CSP allows none): the data goes in a JSON block instead, and the
  // browser's first load finds it in the cache before it would fetch.
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <PageLoadsProvider value={loads}>
        <StaticRouter location={href}>
          <AppRoutes />
        </StaticRouter>
      </PageLoadsProvider>
    </QueryClientProvider>,
  );
  const head = LEADING_HEAD_TAGS.exec(html)?.[0] ?? "";
  return { status: outcome.kind === "not-found" ? 404 : 200, head, body: html.slice(head.length), data: pageDataBlock(queryClient) };
}
