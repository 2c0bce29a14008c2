import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { server } from "../../../tests/utils/server";
import { renderApp } from "../../../tests/utils/render-app";
import { page, post, trending } from "../../../tests/fixtures/feed-builders";
import { closeLibrary } from "../../features/library/library-db";
import { resetLibraryStore } from "../../features/library/library-store";

configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  server.use(
    http.get("/feed/feed.json", () => HttpResponse.json(page([post("p1", "第一条微博的正文"), trending("t1", "热门的开头")]))),
  );
});

afterEach(async () => {
  await closeLibrary();
  resetLibraryStore();
});

/** A new visit: what was in memory is gone, IndexedDB stays. */
async function reload() {
  await closeLibrary();
  resetLibraryStore();
}

describe("收藏 and 最近阅读", () => {
  it("bookmarks a story from its card and lists it on /bookmarks after a reload", async () => {
    const user = userEvent.setup();
    const view = renderApp("/");
    const card = (await screen.findByRole("link", { name: /第一条微博的正文/ })).closest("article")!;
    await user.click(within(card).getByRole("button", { name: "收藏" }));
    expect(await within(card).findByRole("button", { name: "已收藏" })).toHaveAttribute("aria-pressed", "true");
    view.unmount();
    await reload();
    renderApp("/bookmarks");
    const list = await screen.findByRole("list", { name: "收藏" });
    expect(within(list).getByRole("link", { name: /第一条微博的正文/ })).toHaveAttribute("href", "/posts/p1");
    expect(within(list).getByRole("button", { name: "已收藏" })).toBeInTheDocument();
  });

  it("takes a story off the shelf from the story page", async () => {
    const user = userEvent.setup();
    renderApp("/posts/p1");
    await user.click(await screen.findByRole("button", { name: "收藏" }));
    await user.click(await screen.findByRole("button", { name: "已收藏" }));
    expect(screen.getByRole("button", { name: "收藏" })).toHaveAttribute("aria-pressed", "false");
    await user.click(screen.getByRole("link", { name: "收藏" }));
    expect(await screen.findByText(/还没有收藏/)).toBeInTheDocument();
  });

  it("lists the stories read lately, the latest first", async () => {
    const user = userEvent.setup();
    renderApp("/posts/t1");
    await screen.findByRole("heading", { level: 1, name: "热门微博摘录" });
    await user.click(screen.getByRole("link", { name: "首页" }));
    await user.click(await screen.findByRole("link", { name: /第一条微博的正文/ }));
    await screen.findByRole("heading", { level: 1 });
    await user.click(screen.getByRole("link", { name: "最近阅读" }));
    const list = await screen.findByRole("list", { name: "最近阅读" });
    // Each card links to its story (from its heading and its time): the stories, in order.
    const stories = () => [...new Set(within(list).getAllByRole("link").map((l) => l.getAttribute("href")))];
    await waitFor(() => expect(stories()).toEqual(["/posts/p1", "/posts/t1"]));
  });

  it("imports a JSON Feed file, keeping the good stories and naming the bad ones", async () => {
    const user = userEvent.setup();
    renderApp("/bookmarks");
    const feed = page([post("x1", "导入的一条"), { id: "broken", title: 7 }]);
    const file = new File([JSON.stringify(feed)], "shelf.json", { type: "application/json" });
    await user.upload(await screen.findByLabelText("从文件导入"), file);
    const status = await screen.findByRole("status");
    expect(status).toHaveTextContent("已导入 1 条，跳过 1 条。");
    expect(status).toHaveTextContent("第 2 条（broken）缺少必要内容或格式不对，已跳过。");
    expect(within(screen.getByRole("list", { name: "收藏" })).getByRole("link", { name: /导入的一条/ })).toBeInTheDocument();
  });

  it("refuses a file that is not a feed, and imports nothing", async () => {
    const user = userEvent.setup();
    renderApp("/bookmarks");
    await user.upload(await screen.findByLabelText("从文件导入"), new File(["not json"], "x.json", { type: "application/json" }));
    expect(await screen.findByRole("status")).toHaveTextContent("这个文件不是有效的 JSON，没有导入任何内容。");
    expect(screen.getByText(/还没有收藏/)).toBeInTheDocument();
  });
});
