import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { configure, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as v from "valibot";
import { server } from "../../../tests/utils/server";
import { renderApp } from "../../../tests/utils/render-app";
import { article, page, post, trending } from "../../../tests/fixtures/feed-builders";
import { ItemSchema } from "../../content/feed-schema";
import { renderFeed } from "../../../tests/utils/feed-files";

const ITEMS = [
  article("a1", "最美检察官的故事", { _qingyue: { kind: "article", sections: [{ paragraphs: ["她是一名检察官，扎根基层二十年。"] }] } }),
  post("p1", "今天读了一本书，书里写检察官办案的日常。"),
  post("p2", "周末去公园散步，天气很好。"),
  trending("t1", "#最美检察官#评选结果公布了"),
  post("p3", "用ＩＰｈｏｎｅ拍的晚霞"),
];

/** The status line with these words (a page still loading its code has a status line too). */
const findStatus = (words: string | RegExp) => screen.findByText(words, { selector: '[role="status"], [role="status"] *' });

type FeedFile = { _qingyue?: { search?: { packing?: number; token_urls?: string[] } } };

/**
 * The feed as the ingest writes it (pages, indexes, search shards), served at /feed/, each
 * file through `edit` if given; returns the files asked for.
 */
async function serveIndexedFeed(edit: (file: FeedFile) => FeedFile = (file) => file): Promise<string[]> {
  const items = ITEMS.map((item) => v.parse(ItemSchema, item));
  const files = await renderFeed(items, { pageSize: 2, baseUrl: "" });
  const asked: string[] = [];
  server.use(
    http.get("/feed/:name", ({ params }) => {
      const name = String(params.name);
      asked.push(name);
      const body = files.get(name);
      return body === undefined ? new HttpResponse(null, { status: 404 }) : HttpResponse.json(edit(JSON.parse(body) as FeedFile));
    }),
  );
  return asked;
}

// The first search loads the route's code and the shards: give it time on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

const marks = (list: HTMLElement) => [...list.querySelectorAll("mark")].map((m) => m.textContent);

describe("search", () => {
  it("lists the stories that hold the query, title matches first, with the query marked", async () => {
    const asked = await serveIndexedFeed();
    renderApp("/search?q=检察官");
    expect(await findStatus("找到 3 条结果")).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "搜索结果" });
    const links = within(list).getAllByRole("link");
    expect(links[0]).toHaveAccessibleName("最美检察官的故事");
    expect(links[0]).toHaveAttribute("href", "/articles/a1");
    expect(links.map((l) => l.getAttribute("href")).sort()).toEqual(["/articles/a1", "/posts/p1", "/posts/t1"]);
    expect(new Set(marks(list))).toEqual(new Set(["检察官"]));
    // Only the token shards the query needs, never the feed's later pages.
    expect(asked.filter((n) => n.startsWith("feed-"))).toEqual([]);
    expect(asked.filter((n) => /^search-\d+\.json$/.test(n)).length).toBeGreaterThan(0);
  });

  it("filters by kind, with a count for each", async () => {
    await serveIndexedFeed();
    const user = userEvent.setup();
    renderApp("/search?q=检察官");
    const filters = await screen.findByRole("navigation", { name: "按类型筛选" });
    await user.click(within(filters).getByRole("link", { name: "热门 1" }));
    expect(await screen.findByRole("link", { name: "热门 1", current: "page" })).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "搜索结果" });
    expect(within(list).getAllByRole("link").map((l) => l.getAttribute("href"))).toEqual(["/posts/t1"]);
  });

  it("folds full-width and case, marking the words as written", async () => {
    await serveIndexedFeed();
    renderApp("/search?q=iphone");
    expect(await screen.findByRole("link", { name: /拍的晚霞/ })).toHaveAttribute("href", "/posts/p3");
    expect(new Set(marks(screen.getByRole("list", { name: "搜索结果" })))).toEqual(new Set(["ＩＰｈｏｎｅ"]));
  });

  it("says when nothing matches", async () => {
    await serveIndexedFeed();
    renderApp("/search?q=不存在的词");
    expect(await findStatus(/没有找到包含“不存在的词”的内容/)).toBeInTheDocument();
  });

  it("searches a feed without a search index by reading its pages", async () => {
    server.use(
      http.get("/feed/feed.json", () => HttpResponse.json(page([post("x1", "第一页的内容")], { next_url: "feed-2.json" }))),
      http.get("/feed/feed-2.json", () => HttpResponse.json(page([post("x2", "第二页提到了检察官")]))),
    );
    renderApp("/search?q=检察官");
    expect(await screen.findByRole("link", { name: /第二页提到了检察官/ })).toHaveAttribute("href", "/posts/x2");
    expect(screen.getByText("这个订阅源没有搜索索引，已读取它的全部页面来搜索。")).toBeInTheDocument();
  });

  it("searches a feed whose index is packed the older way by reading its pages, not its shards", async () => {
    // An older feed's page 1 names its index without saying how it is packed.
    const asked = await serveIndexedFeed((file) => {
      delete file._qingyue?.search?.packing;
      return file;
    });
    renderApp("/search?q=检察官");
    expect(await findStatus("找到 3 条结果")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "最美检察官的故事" })).toHaveAttribute("href", "/articles/a1");
    expect(asked.filter((n) => n.startsWith("search-"))).toEqual([]);
    expect(screen.getByText("这个订阅源的搜索索引是旧版格式，已改为读取它的全部页面来搜索。重新导入后搜索会更快。")).toBeInTheDocument();
  });

  it("does not read an index whose shards are on another site, and says so", async () => {
    const asked = await serveIndexedFeed((file) => {
      const search = file._qingyue?.search;
      if (search?.token_urls) search.token_urls = search.token_urls.map((url) => `https://elsewhere.example/${url}`);
      return file;
    });
    renderApp("/search?q=检察官");
    expect(await findStatus("找到 3 条结果")).toBeInTheDocument();
    expect(asked.filter((n) => n.startsWith("search-"))).toEqual([]);
    expect(screen.getByText("这个订阅源的搜索索引不在它自己的网站上，没有使用；已读取它的全部页面来搜索。")).toBeInTheDocument();
  });

  it("searches from the header box, and / focuses it unless the reader is typing", async () => {
    await serveIndexedFeed();
    const user = userEvent.setup();
    const { location } = renderApp("/search");
    const box = await screen.findByRole("searchbox", { name: "搜索" });
    expect(box).not.toHaveFocus();
    await user.keyboard("/");
    expect(box).toHaveFocus();
    await user.type(box, "书/{Enter}");
    expect(await screen.findByRole("heading", { level: 1, name: "搜索：书/" })).toBeInTheDocument();
    expect(location().search).toBe(`?q=${encodeURIComponent("书/")}`);
    expect(await findStatus("找到 1 条结果")).toBeInTheDocument();
  });
});
