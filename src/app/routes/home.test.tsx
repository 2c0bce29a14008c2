import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { server } from "../../../tests/utils/server";
import { renderApp } from "../../../tests/utils/render-app";
import { article, page, post, trending } from "../../../tests/fixtures/feed-builders";

describe("home route", () => {
  it("lists the first page's items, each linking to its own route", async () => {
    server.use(
      http.get("/feed/feed.json", () =>
        HttpResponse.json(page([article("a1", "检察援疆三年"), post("p1", "一条微博正文"), trending("t1", "被截断的热门")])),
      ),
    );
    renderApp("/");
    const list = await screen.findByRole("list", { name: "内容列表" });
    expect(within(list).getAllByRole("article")).toHaveLength(3);
    expect(screen.getByRole("link", { name: "检察援疆三年" })).toHaveAttribute("href", "/articles/a1");
    expect(screen.getByRole("link", { name: "一条微博正文" })).toHaveAttribute("href", "/posts/p1");
    // A cut-off snippet says so to assistive tech, not only with an ellipsis.
    expect(screen.getByRole("link", { name: /被截断的热门.*并非全文/ })).toHaveAttribute("href", "/posts/t1");
    expect(screen.getByText("已经到底了")).toBeInTheDocument();
  });

  it("follows next_url for more, and keeps page 1 when page 2 fails until retry works", async () => {
    let failures = 1;
    server.use(
      http.get("/feed/feed.json", () => HttpResponse.json(page([post("p1", "第一页的微博")], { next_url: "feed-2.json" }))),
      http.get("/feed/feed-2.json", () =>
        failures-- > 0
          ? new HttpResponse(null, { status: 503 })
          : HttpResponse.json(page([post("p2", "第二页的微博")])),
      ),
    );
    const user = userEvent.setup();
    renderApp("/");
    await user.click(await screen.findByRole("button", { name: "加载更多" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("下一页没能加载");
    expect(screen.getByRole("link", { name: "第一页的微博" })).toBeInTheDocument();
    await user.click(within(alert).getByRole("button", { name: "重试" }));
    expect(await screen.findByRole("link", { name: "第二页的微博" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "第一页的微博" })).toBeInTheDocument();
    expect(screen.getByText("已经到底了")).toBeInTheDocument();
  });

  it("refuses a next_url that loops back to an earlier page", async () => {
    server.use(
      http.get("/feed/feed.json", () => HttpResponse.json(page([post("p1", "第一页")], { next_url: "feed-2.json" }))),
      http.get("/feed/feed-2.json", () => HttpResponse.json(page([post("p2", "第二页")], { next_url: "feed.json" }))),
    );
    const user = userEvent.setup();
    renderApp("/");
    await user.click(await screen.findByRole("button", { name: "加载更多" }));
    expect(await screen.findByText(/循环/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "加载更多" })).not.toBeInTheDocument();
  });

  it("keeps the good items when one item is malformed", async () => {
    server.use(
      http.get("/feed/feed.json", () =>
        HttpResponse.json(page([{ title: "没有 id" }, post("p1", "好的微博"), { id: "x", _qingyue: { kind: "article" } }])),
      ),
    );
    renderApp("/");
    expect(await screen.findByRole("link", { name: "好的微博" })).toBeInTheDocument();
    expect(screen.getAllByRole("article")).toHaveLength(1);
  });

  it("shows a clear error with a retry when the feed is not a feed", async () => {
    server.use(http.get("/feed/feed.json", () => HttpResponse.json({ hello: "world" })));
    renderApp("/");
    expect(await screen.findByRole("heading", { name: "内容没能加载出来" })).toBeInTheDocument();
    expect(screen.getByText(/不是 JSON Feed 1\.1/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "重试" })).toBeInTheDocument();
    // The site chrome stays: the reader can still navigate.
    expect(screen.getByRole("navigation", { name: "主导航" })).toBeInTheDocument();
  });

  it("says so when the feed is empty", async () => {
    server.use(http.get("/feed/feed.json", () => HttpResponse.json(page([]))));
    renderApp("/");
    expect(await screen.findByText("订阅源里还没有内容。")).toBeInTheDocument();
  });
});
