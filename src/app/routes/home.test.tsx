import { describe, expect, it, vi } from "vitest";
import { http, HttpResponse } from "msw";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { focusManager } from "@tanstack/react-query";
import { server } from "../../../tests/utils/server";
import { renderApp } from "../../../tests/utils/render-app";
import { article, page, post, trending } from "../../../tests/fixtures/feed-builders";

/** A response the test releases when it wants: the page is "loading" until then. */
function gate() {
  let release = () => {};
  const opened = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { opened, release };
}

const feed = () => screen.findByRole("feed", { name: "今日阅读" });

describe("home route", () => {
  it("shows the lead article, the posts, then trending, each in its place in the feed", async () => {
    server.use(
      http.get("/feed/feed.json", () =>
        HttpResponse.json(page([article("a1", "检察援疆三年"), post("p1", "一条微博正文"), trending("t1", "被截断的热门")])),
      ),
    );
    renderApp("/");
    const stories = within(await feed()).getAllByRole("article");
    expect(stories.map((s) => s.getAttribute("aria-posinset"))).toEqual(["1", "2", "3"]);
    // The end is known: every story says how many there are.
    expect(stories.map((s) => s.getAttribute("aria-setsize"))).toEqual(["3", "3", "3"]);
    expect(screen.getByRole("link", { name: "检察援疆三年" })).toHaveAttribute("href", "/articles/a1");
    expect(screen.getByRole("link", { name: "一条微博正文" })).toHaveAttribute("href", "/posts/p1");
    // A cut-off snippet says so to assistive tech, not only with an ellipsis.
    expect(screen.getByRole("link", { name: /被截断的热门.*并非全文/ })).toHaveAttribute("href", "/posts/t1");
    expect(screen.getByText("已经到底了 · 共 3 条")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("已经到底了，共 3 条");
  });

  it("loads the next page by itself, with skeletons and an announcement while it loads", async () => {
    const page2 = gate();
    server.use(
      http.get("/feed/feed.json", () => HttpResponse.json(page([post("p1", "第一页的微博")], { next_url: "feed-2.json" }))),
      http.get("/feed/feed-2.json", async () => {
        await page2.opened;
        return HttpResponse.json(page([post("p2", "第二页的微博")]));
      }),
    );
    renderApp("/");
    const list = await feed();
    expect(await screen.findByText("正在加载更多…")).toBeInTheDocument();
    expect(list).toHaveAttribute("aria-busy", "true");
    expect(screen.getByRole("status")).toHaveTextContent("正在加载更多内容");
    // While more pages remain the length is unknown: -1, as ARIA asks.
    expect(within(list).getByRole("article")).toHaveAttribute("aria-setsize", "-1");
    expect(screen.queryByText(/已经到底了/)).not.toBeInTheDocument();
    page2.release();
    expect(await screen.findByRole("link", { name: "第二页的微博" })).toBeInTheDocument();
    expect(within(list).getAllByRole("article").map((s) => s.getAttribute("aria-setsize"))).toEqual(["2", "2"]);
    expect(list).toHaveAttribute("aria-busy", "false");
    expect(screen.getByText("已经到底了 · 共 2 条")).toBeInTheDocument();
  });

  it("keeps every story loaded when the next page fails, and retries on request", async () => {
    let failures = 1;
    server.use(
      http.get("/feed/feed.json", () => HttpResponse.json(page([post("p1", "第一页的微博")], { next_url: "feed-2.json" }))),
      http.get("/feed/feed-2.json", () =>
        failures-- > 0 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(page([post("p2", "第二页的微博")])),
      ),
    );
    const user = userEvent.setup();
    renderApp("/");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("下一页没能加载");
    expect(screen.getByRole("link", { name: "第一页的微博" })).toBeInTheDocument();
    await user.click(within(alert).getByRole("button", { name: "重试" }));
    expect(await screen.findByRole("link", { name: "第二页的微博" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "第一页的微博" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByText("已经到底了 · 共 2 条")).toBeInTheDocument();
  });

  it("shows a story repeated on a later page once", async () => {
    server.use(
      http.get("/feed/feed.json", () => HttpResponse.json(page([post("p1", "第一条"), post("p2", "第二条")], { next_url: "feed-2.json" }))),
      http.get("/feed/feed-2.json", () => HttpResponse.json(page([post("p2", "第二条"), post("p3", "第三条")]))),
    );
    renderApp("/");
    expect(await screen.findByText("已经到底了 · 共 3 条")).toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: "第二条" })).toHaveLength(1);
    expect(screen.getByRole("link", { name: "第三条" }).closest("article")).toHaveAttribute("aria-posinset", "3");
  });

  it("refuses a next_url that loops back to an earlier page", async () => {
    server.use(
      http.get("/feed/feed.json", () => HttpResponse.json(page([post("p1", "第一页")], { next_url: "feed-2.json" }))),
      http.get("/feed/feed-2.json", () => HttpResponse.json(page([post("p2", "第二页")], { next_url: "feed.json" }))),
    );
    renderApp("/");
    expect(await screen.findByText(/循环/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "加载更多" })).not.toBeInTheDocument();
    expect(screen.getAllByRole("article")).toHaveLength(2);
  });

  it("shows the first page when its next_url cannot be used, and says why the feed stops there", async () => {
    server.use(http.get("/feed/feed.json", () => HttpResponse.json(page([post("p1", "第一页的微博")], { next_url: "javascript:alert(1)" }))));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    renderApp("/");
    expect(await screen.findByRole("link", { name: "第一页的微博" })).toBeInTheDocument();
    expect(screen.getByText("下一页地址无效")).toBeInTheDocument();
    expect(screen.queryByText("已经到底了 · 共 1 条")).not.toBeInTheDocument();
    warn.mockRestore();
  });

  it("keeps the good items when one item is malformed", async () => {
    server.use(
      http.get("/feed/feed.json", () =>
        HttpResponse.json(page([{ title: "没有 id" }, post("p1", "好的微博"), { id: "x", _qingyue: { kind: "article" } }])),
      ),
    );
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    renderApp("/");
    expect(await screen.findByRole("link", { name: "好的微博" })).toBeInTheDocument();
    expect(screen.getAllByRole("article")).toHaveLength(1);
    // Each dropped item is reported for the feed's publisher, with where it was and why.
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("2 条内容无效"), [
      expect.objectContaining({ index: 0, reason: "item has no id" }),
      expect.objectContaining({ index: 2, id: "x" }),
    ]);
  });

  it("shows a clear error with a retry when the feed is not a feed", async () => {
    server.use(http.get("/feed/feed.json", () => HttpResponse.json({ hello: "world" })));
    renderApp("/");
    expect(await screen.findByRole("heading", { name: "内容没能加载出来" })).toBeInTheDocument();
    expect(screen.getByText(/不是 JSON Feed 1 或 1\.1/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "重试" })).toBeInTheDocument();
    // The site chrome stays: the reader can still navigate.
    expect(screen.getByRole("navigation", { name: "主导航" })).toBeInTheDocument();
  });

  it("offers a retry that works, and no link to the page itself, when the first page fails", async () => {
    let fail = true;
    server.use(
      http.get("/feed/feed.json", () => (fail ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(page([article("a-retry", "重试后的文章")])))),
    );
    renderApp("/");
    expect(await screen.findByRole("heading", { name: "内容没能加载出来" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "回到首页" })).not.toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole("button", { name: "重试" }));
    expect(await screen.findByRole("link", { name: "重试后的文章" })).toBeInTheDocument();
  });

  it("reads another publisher's item that has only HTML, entities and all", async () => {
    server.use(
      http.get("/feed/feed.json", () =>
        HttpResponse.json(page([{ id: "x1", content_html: '<p><a title="1 > 0" href="https://example.org/1">售价 &yen;12 &laquo;好书&raquo;</a></p>' }])),
      ),
    );
    renderApp("/");
    const stories = await feed();
    // The card's words, and its heading for screen readers, read the entities as a browser would.
    const shown = await within(stories).findAllByText(/售价 ¥12 «好书»/);
    expect(shown.map((el) => el.tagName)).toEqual(["A", "P"]);
    expect(within(stories).queryByText(/0">/)).not.toBeInTheDocument();
  });

  it("says so when the feed is empty", async () => {
    server.use(http.get("/feed/feed.json", () => HttpResponse.json(page([]))));
    renderApp("/");
    expect(await screen.findByText("订阅源里还没有内容。")).toBeInTheDocument();
  });

  it("keeps new stories behind a control until the reader asks for them", async () => {
    let items = [post("p1", "原来的第一条"), post("p2", "原来的第二条")];
    server.use(http.get("/feed/feed.json", () => HttpResponse.json(page(items))));
    const user = userEvent.setup();
    renderApp("/");
    expect(await screen.findByRole("link", { name: "原来的第一条" })).toBeInTheDocument();
    items = [post("n1", "刚发的微博"), ...items];
    // The tab comes back into view: page 1 is read again.
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    const button = await screen.findByRole("button", { name: "1 条新内容" });
    expect(screen.queryByRole("link", { name: "刚发的微博" })).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "原来的第一条" }).closest("article")).toHaveAttribute("aria-posinset", "1");
    await user.click(button);
    const first = await screen.findByRole("link", { name: "刚发的微博" });
    expect(first.closest("article")).toHaveAttribute("aria-posinset", "1");
    expect(first.closest("article")).toHaveFocus();
    expect(screen.getByRole("link", { name: "原来的第一条" }).closest("article")).toHaveAttribute("aria-posinset", "2");
    expect(screen.queryByRole("button", { name: /条新内容/ })).not.toBeInTheDocument();
    act(() => focusManager.setFocused(undefined));
  });

  it("offers to go back to the story last opened, and takes the reader there", async () => {
    localStorage.setItem("qingyue:feed:last-read", JSON.stringify({ id: "p5", title: "第五条微博", slot: 4 }));
    server.use(
      http.get("/feed/feed.json", () =>
        HttpResponse.json(page([1, 2, 3].map((n) => post(`p${n}`, `第${n}条微博`)), { next_url: "feed-2.json" })),
      ),
      http.get("/feed/feed-2.json", () => HttpResponse.json(page([4, 5, 6].map((n) => post(`p${n}`, `第${n}条微博`))))),
    );
    const user = userEvent.setup();
    renderApp("/");
    const offer = await screen.findByRole("region", { name: "上次读到" });
    expect(offer).toHaveTextContent("上次读到：第五条微博");
    await user.click(within(offer).getByRole("button", { name: "回到那里" }));
    const story = (await screen.findByRole("link", { name: "第5条微博" })).closest("article");
    await vi.waitFor(() => expect(story).toHaveFocus());
    expect(screen.queryByRole("region", { name: "上次读到" })).not.toBeInTheDocument();
    localStorage.clear();
  });
});
