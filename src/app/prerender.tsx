// Server-side entry, built with `vite build --ssr` and run at build time by
// scripts/prerender.ts: renders a route to HTML with the same routes, loaders and
// components as the browser, so every story URL is a real page before any script runs.
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "./query-client";
import { createRoutes } from "./router";
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
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(new Request(new URL(path, origin)));
  if (context instanceof Response) {
    return { status: context.status, head: "", body: "", data: "" };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  // hydrate={false}: no inline script (the CSP allows none). The data goes in a JSON block
  // instead, and the browser's loaders find it in the cache before they would fetch.
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </QueryClientProvider>,
  );
  const head = LEADING_HEAD_TAGS.exec(html)?.[0] ?? "";
  return { status: context.statusCode, head, body: html.slice(head.length), data: pageDataBlock(queryClient) };
}
