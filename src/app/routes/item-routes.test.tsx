import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { server } from "../../../tests/utils/server";
import { renderApp } from "../../../tests/utils/render-app";
import { article, page, person, post, trending } from "../../../tests/fixtures/feed-builders";

function serveFeed() {
  server.use(
    http.get("/feed/feed.json", () =>
      HttpResponse.json(
        page([article("a1", "检察援疆三年"), post("p1", "第一条微博", { title: "标题" })], {
          next_url: "feed-2.json",
          _qingyue: { people_url: "people.json" },
        }),
      ),
    ),
    http.get("/feed/feed-2.json", () => HttpResponse.json(page([trending("t1", "热门的开头")]))),
    http.get("/feed/people.json", () =>
      HttpResponse.json({ version: 1, people: [person("u1", "郑严凯", "最美检察官", "p1"), { id: "bad" }] }),
    ),
  );
}

describe("item routes", () => {
  it("shows the site's chrome and says it is loading while a page not prerendered loads", async () => {
    serveFeed();
    renderApp("/articles/a1");
    expect(screen.getByRole("navigation", { name: "主导航" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("正在加载…");
    expect(await screen.findByRole("heading", { level: 1, name: "检察援疆三年" })).toBeInTheDocument();
    expect(screen.queryByText("正在加载…")).not.toBeInTheDocument();
  });

  it("finds an item on a later page, and marks a cut-off snippet as such", async () => {
    serveFeed();
    renderApp("/posts/t1");
    expect(await screen.findByText(/热门的开头/)).toBeInTheDocument();
    expect(screen.getByText("来源页面只列出了这条微博的开头，这里没有全文。")).toBeInTheDocument();
    expect(screen.getByText("（原文在此被截断，并非全文）")).toHaveClass("sr-only");
  });

  it("looks for a post while the people are still on their way", async () => {
    serveFeed();
    // people.json answers only once the post's page has been asked for: a loader that
    // waited for the people before looking for the post would never show it.
    let pageAsked = () => {};
    const asked = new Promise<void>((resolve) => {
      pageAsked = resolve;
    });
    server.use(
      http.get("/feed/feed-2.json", () => {
        pageAsked();
        return HttpResponse.json(page([trending("t1", "热门的开头")]));
      }),
      http.get("/feed/people.json", async () => {
        await asked;
        return HttpResponse.json({ version: 1, people: [] });
      }),
    );
    renderApp("/posts/t1");
    expect(await screen.findByText(/热门的开头/, {}, { timeout: 4000 })).toBeInTheDocument();
  });

  it("sends an item opened under the wrong kind's path to its own route", async () => {
    serveFeed();
    const { location } = renderApp("/articles/p1");
    expect(await screen.findByRole("heading", { level: 1, name: "标题" })).toBeInTheDocument();
    expect(location().pathname).toBe("/posts/p1");
  });

  it("shows the 404 page with a way home for an unknown id and an unknown path", async () => {
    serveFeed();
    const user = userEvent.setup();
    renderApp("/articles/nope");
    expect(await screen.findByRole("heading", { name: "页面不存在" })).toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "回到首页" }));
    expect(await screen.findByRole("link", { name: "检察援疆三年" })).toBeInTheDocument();
  });

  it("keeps the page the reader is on, under the busy bar, until the next one has loaded", async () => {
    serveFeed();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The people page gathers the feed's authors from every page: page 2 answers when released.
    server.use(
      http.get("/feed/feed-2.json", async () => {
        await held;
        return HttpResponse.json(page([trending("t1", "热门的开头")]));
      }),
    );
    const user = userEvent.setup();
    const { location } = renderApp("/articles/a1");
    expect(await screen.findByRole("heading", { level: 1, name: "检察援疆三年" })).toBeInTheDocument();
    // Hidden from assistive technology while idle: found by its label.
    const bar = document.querySelector('[role="progressbar"][aria-label="正在加载"]');
    expect(bar).toHaveAttribute("aria-hidden", "true");
    await user.click(screen.getByRole("link", { name: "人物" }));
    await waitFor(() => expect(bar).toHaveAttribute("aria-hidden", "false"));
    expect(screen.getByRole("heading", { level: 1, name: "检察援疆三年" })).toBeInTheDocument();
    expect(screen.queryByText("正在加载…")).not.toBeInTheDocument();
    release();
    expect(await screen.findByRole("heading", { level: 1, name: "人物" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "检察援疆三年" })).not.toBeInTheDocument();
    expect(bar).toHaveAttribute("aria-hidden", "true");
    expect(location().pathname).toBe("/people");
  });

  it("says what went wrong when a page cannot load, and loads it on 重试", async () => {
    serveFeed();
    let failing = true;
    server.use(http.get("/feed/people.json", () => (failing ? HttpResponse.error() : HttpResponse.json({ version: 1, people: [] }))));
    const user = userEvent.setup();
    renderApp("/people");
    expect(await screen.findByRole("heading", { name: "内容没能加载出来" }, { timeout: 4000 })).toBeInTheDocument();
    failing = false;
    await user.click(screen.getByRole("button", { name: "重试" }));
    expect(await screen.findByRole("heading", { level: 1, name: "人物" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows the 404 page for a path the site does not have", async () => {
    serveFeed();
    renderApp("/no/such/page");
    expect(await screen.findByRole("heading", { name: "页面不存在" })).toBeInTheDocument();
  });

  it("lists people, keeping good profiles beside a malformed one, and opens a profile", async () => {
    serveFeed();
    const user = userEvent.setup();
    renderApp("/people");
    await user.click(await screen.findByRole("link", { name: "郑严凯" }));
    expect(await screen.findByRole("heading", { level: 1, name: "郑严凯" })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "荣誉称号" })).toHaveTextContent("最美检察官");
    expect(screen.getByRole("link", { name: "出处：第 1 段" })).toHaveAttribute("href", "/posts/p1#p-1");
    // The stories that mention the person are listed with the profile.
    expect(screen.getByRole("link", { name: "标题" })).toHaveAttribute("href", "/posts/p1");
  });

  it("finds a topic's stories on every page of a feed that has no topic index", async () => {
    server.use(
      http.get("/feed/feed.json", () =>
        HttpResponse.json(page([{ ...trending("t1", "第一页的"), tags: ["话题甲"] }, trending("t2", "无话题")], { next_url: "feed-2.json" })),
      ),
      http.get("/feed/feed-2.json", () => HttpResponse.json(page([{ ...trending("t3", "第二页的"), tags: ["话题甲"] }]))),
    );
    renderApp(`/topics/${encodeURIComponent("话题甲")}`);
    expect(await screen.findByText("共 2 条")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /第二页的/ })).toBeInTheDocument();
    expect(screen.queryByText(/无话题/)).not.toBeInTheDocument();
  });

  describe("a feed with an item index", () => {
    /** A feed of 40 pages with one trending item each; returns the paths fetched. */
    function serveLongFeed(index: (shard: string) => Response | undefined) {
      const fetched: string[] = [];
      server.use(
        http.get("/feed/:file", ({ params }) => {
          const file = String(params.file);
          fetched.push(file);
          if (file.startsWith("index-")) return index(file) ?? new HttpResponse(null, { status: 404 });
          if (file === "topics-1.json") return HttpResponse.json({ version: 1, topics: { 逢十: ["t10", "t20", "t30", "t40"] } });
          if (file === "people.json") return HttpResponse.json({ version: 1, people: [person("u1", "周会明", "全国模范检察官", "t37")] });
          const n = file === "feed.json" ? 1 : Number(/^feed-(\d+)\.json$/.exec(file)?.[1]);
          if (!(n >= 1 && n <= 40)) return new HttpResponse(null, { status: 404 });
          return HttpResponse.json(
            page([{ ...trending(`t${n}`, `第${n}页的热门`), ...(n % 10 === 0 ? { tags: ["逢十"] } : {}) }], {
              ...(n < 40 ? { next_url: `feed-${n + 1}.json` } : {}),
              ...(n === 1 ? { _qingyue: { index_urls: ["index-1.json"], topic_index_urls: ["topics-1.json"], people_url: "people.json" } } : {}),
            }),
          );
        }),
      );
      return fetched;
    }
    const pageOf = (n: number) => (n === 1 ? "feed.json" : `feed-${n}.json`);
    const fullIndex = () =>
      HttpResponse.json({ version: 1, pages: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`t${i + 1}`, pageOf(i + 1)])) });

    it("opens a story on a far page with the index and that page alone", async () => {
      const fetched = serveLongFeed(fullIndex);
      renderApp("/posts/t37");
      expect(await screen.findByText(/第37页的热门/)).toBeInTheDocument();
      expect(fetched.filter((f) => f !== "people.json")).toEqual(["feed.json", "index-1.json", "feed-37.json"]);
    });

    it("shows 404 for an id the index does not list, without reading the other pages", async () => {
      const fetched = serveLongFeed(fullIndex);
      renderApp("/posts/t999");
      expect(await screen.findByRole("heading", { name: "页面不存在" })).toBeInTheDocument();
      expect(fetched.filter((f) => f !== "people.json")).toEqual(["feed.json", "index-1.json"]);
    });

    it("does not take an id such as constructor for an entry of the index", async () => {
      serveLongFeed(fullIndex);
      renderApp("/posts/constructor");
      expect(await screen.findByRole("heading", { name: "页面不存在" })).toBeInTheDocument();
    });

    it("opens a profile with only the pages of the stories it cites", async () => {
      const fetched = serveLongFeed(fullIndex);
      renderApp("/people/u1");
      expect(await screen.findByRole("heading", { level: 1, name: "周会明" })).toBeInTheDocument();
      expect(await screen.findByRole("link", { name: "出处：第 1 段" })).toHaveAttribute("href", "/posts/t37#p-1");
      expect([...new Set(fetched)].sort()).toEqual(["feed-37.json", "feed.json", "index-1.json", "people.json"]);
    });

    it("opens a topic with only the pages that hold its stories", async () => {
      const fetched = serveLongFeed(fullIndex);
      renderApp(`/topics/${encodeURIComponent("逢十")}`);
      expect(await screen.findByText("共 4 条")).toBeInTheDocument();
      expect(screen.getByRole("link", { name: /第40页的热门/ })).toBeInTheDocument();
      expect([...new Set(fetched)].filter((f) => f.startsWith("feed")).sort()).toEqual(["feed-10.json", "feed-20.json", "feed-30.json", "feed-40.json", "feed.json"]);
    });

    it("walks the pages when the index is malformed, missing or out of step", async () => {
      for (const index of [
        () => HttpResponse.json({ version: 1, pages: { t12: 42 } }),
        () => undefined,
        () => HttpResponse.json({ version: 1, pages: { t12: "feed-3.json" } }),
        () => HttpResponse.json({ version: 1, pages: { t12: "http://[broken" } }),
      ]) {
        const fetched = serveLongFeed(index);
        const { unmount } = renderApp("/posts/t12");
        expect(await screen.findByText(/第12页的热门/)).toBeInTheDocument();
        expect(fetched).toContain("feed-11.json");
        unmount();
      }
    });
  });
});
