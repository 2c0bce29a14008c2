import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { server } from "../../../tests/utils/server";
import { renderApp } from "../../../tests/utils/render-app";
import { page, person } from "../../../tests/fixtures/feed-builders";
import { author, peoplesDaily, weiboPost } from "../../../tests/fixtures/weibo-items";

function serveFeed(peopleDoc: Record<string, unknown> = { version: 1, people: [person("u-1", "郑严凯", "最美检察官", "p1")] }) {
  server.use(
    http.get("/feed/feed.json", () =>
      HttpResponse.json(
        page([weiboPost("p1", ["第一条"]), weiboPost("p2", ["第二条"], { authors: [author("小明")] })], {
          next_url: "feed-2.json",
          _qingyue: { people_url: "people.json" },
        }),
      ),
    ),
    http.get("/feed/feed-2.json", () => HttpResponse.json(page([weiboPost("p3", ["第三条"])]))),
    http.get("/feed/people.json", () => HttpResponse.json(peopleDoc)),
  );
}

describe("people", () => {
  it("lists the authors found in every page of the feed beside the people the stories are about", async () => {
    serveFeed();
    renderApp("/people");
    const authors = await screen.findByRole("region", { name: "作者" });
    const names = within(authors).getAllByRole("heading", { level: 3 });
    expect(names).toHaveLength(2);
    expect(names[0]).toHaveAccessibleName("人民日报已认证：人民日报法人微博");
    expect(names[1]).toHaveAccessibleName("小明");
    expect(within(authors).getByText("粉丝 1.6亿")).toBeInTheDocument();
    const subjects = screen.getByRole("region", { name: "报道中的人物" });
    expect(within(subjects).getByRole("link", { name: "郑严凯" })).toHaveAttribute("href", "/people/u-1");
  });

  it("opens an author's page with their card and their posts", async () => {
    serveFeed();
    const user = userEvent.setup();
    renderApp("/people");
    await user.click(await screen.findByRole("link", { name: /^人民日报/ }));
    expect(await screen.findByRole("heading", { level: 1, name: /人民日报/ })).toBeInTheDocument();
    expect(screen.getByText("人民日报社官方微博")).toBeInTheDocument();
    const posts = screen.getByRole("region", { name: "人民日报的微博" });
    expect(within(posts).getAllByRole("article").map((a) => a.getAttribute("aria-labelledby"))).toEqual(["item-p1-title", "item-p3-title"]);
  });

  it("takes the authors from the people document when it lists them", async () => {
    serveFeed({
      version: 1,
      people: [],
      authors: [{ ...peoplesDaily, id: "au-2803301701", items: ["p3"] }, { name: "坏的" }],
    });
    renderApp("/people/au-2803301701");
    const posts = await screen.findByRole("region", { name: "人民日报的微博" });
    expect(within(posts).getAllByRole("article")).toHaveLength(1);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("人民日报");
  });

  it("says an unknown person is not there", async () => {
    serveFeed();
    renderApp("/people/au-nobody");
    expect(await screen.findByRole("heading", { name: "页面不存在" })).toBeInTheDocument();
  });
});

describe("an author's card", () => {
  it("shows a description typed on a Latin keyboard with Chinese punctuation", async () => {
    serveFeed({
      version: 1,
      people: [],
      authors: [{ name: "人民日报", _qingyue: { id: "2803301701", description: "参与,沟通,记录时代" }, id: "au-2803301701", items: ["p1"] }],
    });
    renderApp("/people/au-2803301701");
    expect(await screen.findByText("参与，沟通，记录时代")).toBeInTheDocument();
  });
});

describe("a feed whose people document names an authors file", () => {
  it("lists the authors from that file, without reading the feed's other pages", async () => {
    const read: string[] = [];
    serveFeed({ version: 1, people: [], authors_url: "authors.json" });
    server.use(
      http.get("/feed/authors.json", () =>
        HttpResponse.json({ version: 1, authors: [{ name: "湖畔日报", _qingyue: { id: "1087770692" }, id: "au-1087770692", items: ["p1"] }, { name: 7 }] }),
      ),
      http.get("/feed/feed-2.json", ({ request }) => {
        read.push(request.url);
        return HttpResponse.json(page([]));
      }),
    );
    renderApp("/people");
    const authors = await screen.findByRole("region", { name: "作者" });
    expect(within(authors).getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["湖畔日报"]);
    expect(read).toEqual([]);
  });
});
