import { describe, expect, it } from "vitest";
import { QueryClient } from "@tanstack/react-query";
import { hydrateFromPage, pageDataBlock } from "./page-data";
import { feedKeys } from "../lib/feed-keys";

function pageWith(block: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body><div id="root"></div>${block}</body>`, "text/html");
}

describe("the data a prerendered page carries", () => {
  it("gives the browser's cache exactly what the page was rendered from, a hostile story included", () => {
    const server = new QueryClient();
    const story = { id: "p1", title: "</script><script>alert(1)</script><!-- $& $' \u2028" };
    server.setQueryData(feedKeys.item("p1"), story);
    server.setQueryData(["people"], [{ id: "u1" }]);
    const block = pageDataBlock(server);
    // Nothing in the data can end the block early.
    expect(block.match(/<\/script/gi)).toHaveLength(1);
    const doc = pageWith(block);
    expect(doc.querySelectorAll("script")).toHaveLength(1);

    const browser = new QueryClient();
    expect(hydrateFromPage(browser, doc)).toBe(true);
    expect(browser.getQueryData(feedKeys.item("p1"))).toEqual(story);
    expect(browser.getQueryData(["people"])).toEqual([{ id: "u1" }]);
  });

  it("leaves out the pages and index shards the data was found through", () => {
    const server = new QueryClient();
    server.setQueryData(feedKeys.page("http://site.test/feed/feed.json"), { items: [] });
    server.setQueryData(feedKeys.itemIndexShard("http://site.test/feed/index-1.json"), { pages: {} });
    server.setQueryData(feedKeys.item("p1"), { id: "p1" });
    const browser = new QueryClient();
    hydrateFromPage(browser, pageWith(pageDataBlock(server)));
    expect(browser.getQueryCache().getAll().map((query) => query.queryKey)).toEqual([feedKeys.item("p1")]);
  });

  it("moves the site's page addresses to where the page is served from", () => {
    const server = new QueryClient();
    const built = "http://127.0.0.1:4173";
    server.setQueryData(feedKeys.window(), { pages: [{ url: `${built}/feed/feed.json`, next: `${built}/feed/feed-2.json`, other: "https://elsewhere.test/x" }] });
    const browser = new QueryClient();
    hydrateFromPage(browser, pageWith(pageDataBlock(server, built)), "http://preview.test:8080");
    expect(browser.getQueryData(feedKeys.window())).toEqual({
      pages: [{ url: "http://preview.test:8080/feed/feed.json", next: "http://preview.test:8080/feed/feed-2.json", other: "https://elsewhere.test/x" }],
    });
  });

  it("is ignored when damaged or absent: the loaders fetch as they would", () => {
    const browser = new QueryClient();
    expect(hydrateFromPage(browser, pageWith('<script type="application/json" id="qingyue-data">{"queries": [</script>'))).toBe(false);
    expect(hydrateFromPage(browser, pageWith(""))).toBe(false);
    expect(browser.getQueryCache().getAll()).toEqual([]);
  });
});
