import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { server } from "../../../tests/utils/server";
import { renderApp } from "../../../tests/utils/render-app";
import { article, page, person } from "../../../tests/fixtures/feed-builders";

const long = "检".repeat(1500);

function serve() {
  const a = article("a1", "检察援疆三年", {
    url: "/articles/a1",
    _qingyue: {
      kind: "article",
      publisher: "最高人民检察院",
      source: "检察日报",
      sections: [
        { paragraphs: ["导语：郑严凯是检察官。", long] },
        { heading: "高位推动有力量", paragraphs: ["第一节正文。", long] },
        { heading: "真情援助有温度", paragraphs: ["第二节正文。"] },
      ],
      byline: { text: "(文字:何海燕 王晨 编辑:胡仲涛)" },
    },
  });
  server.use(
    http.get("/feed/feed.json", () => HttpResponse.json(page([a], { _qingyue: { people_url: "people.json" } }))),
    http.get("/feed/people.json", () =>
      HttpResponse.json({ version: 1, people: [{ ...person("u1", "郑严凯", "最美检察官", "a1"), organisation: "曲靖市检察院" }] }),
    ),
  );
}

describe("article route", () => {
  it("shows title, publisher, source, reading time, sections and byline", async () => {
    serve();
    renderApp("/articles/a1");
    expect(await screen.findByRole("heading", { level: 1, name: "检察援疆三年" })).toBeInTheDocument();
    const meta = screen.getByText("最高人民检察院").parentElement!;
    expect(meta).toHaveTextContent("来源：检察日报");
    // 3,000+ Han characters at 300–500 a minute.
    expect(meta).toHaveTextContent("阅读约需 7–11 分钟");
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining(["高位推动有力量", "真情援助有温度"]),
    );
    expect(screen.getByText("(文字:何海燕 王晨 编辑:胡仲涛)")).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("检察援疆三年 · 轻阅"));
    expect(document.querySelector('link[rel="canonical"]')).toHaveAttribute("href", "http://127.0.0.1:4173/articles/a1");
  });

  it("has a table of contents linking to each section's anchor", async () => {
    serve();
    renderApp("/articles/a1");
    const tocs = await screen.findAllByRole("navigation", { name: "目录" });
    const links = within(tocs[0]!).getAllByRole("link");
    expect(links.map((l) => [l.textContent, l.getAttribute("href")])).toEqual([
      ["高位推动有力量", "#s-2"],
      ["真情援助有温度", "#s-3"],
    ]);
    expect(document.getElementById("s-2")).toHaveTextContent("高位推动有力量");
  });

  it("numbers paragraphs through the article and copies a paragraph's link", async () => {
    serve();
    const user = userEvent.setup();
    renderApp("/articles/a1");
    expect(await screen.findByText("第一节正文。")).toHaveAttribute("id", "p-3");
    await user.click(screen.getByRole("button", { name: "复制第 3 段的链接" }));
    expect(await screen.findByText("已复制本段链接")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe("http://localhost:3000/articles/a1#p-3");
  });

  it("marks the paragraph a deep link points at", async () => {
    serve();
    renderApp("/articles/a1#p-5");
    expect(await screen.findByText("第二节正文。")).toHaveClass("paragraph-marked");
    expect(screen.getByText("第一节正文。")).not.toHaveClass("paragraph-marked");
  });

  it("links a person's name to the profile, with a card on keyboard focus", async () => {
    serve();
    const user = userEvent.setup();
    renderApp("/articles/a1");
    const name = await screen.findByRole("link", { name: "郑严凯" });
    expect(name).toHaveAttribute("href", "/people/u1");
    await user.tab();
    while (document.activeElement !== name) await user.tab();
    const card = await screen.findByRole("group", { name: "郑严凯的资料卡" });
    expect(card).toHaveTextContent("最美检察官");
    expect(card).toHaveTextContent("曲靖市检察院");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: "郑严凯的资料卡" })).not.toBeInTheDocument();
  });

  it("offers to resume where the reader stopped last time", async () => {
    window.localStorage.setItem("qingyue:position:a1", JSON.stringify({ paragraph: 4, at: 1 }));
    serve();
    const user = userEvent.setup();
    renderApp("/articles/a1");
    const prompt = await screen.findByRole("region", { name: "继续阅读" });
    expect(prompt).toHaveTextContent("上次读到第 4 段");
    await user.click(within(prompt).getByRole("button", { name: "从头开始" }));
    expect(screen.queryByRole("region", { name: "继续阅读" })).not.toBeInTheDocument();
    window.localStorage.clear();
  });
});

describe("an article in a language written right to left", () => {
  it("sets its lines right to left, and a Chinese one left to right", async () => {
    const arabic = article("ar1", "عودة الترام إلى المدينة", {
      url: "/articles/ar1",
      language: "ar",
      _qingyue: { kind: "article", sections: [{ paragraphs: ["عاد الترام اليوم إلى شوارع المدينة بعد أربعين عاما."] }] },
    });
    const chinese = article("zh1", "检察开放日", { url: "/articles/zh1", _qingyue: { kind: "article", sections: [{ paragraphs: ["检察院举办开放日活动。"] }] } });
    server.use(http.get("/feed/feed.json", () => HttpResponse.json(page([arabic, chinese]))));
    const { unmount } = renderApp("/articles/ar1");
    const heading = await screen.findByRole("heading", { level: 1, name: "عودة الترام إلى المدينة" });
    expect(heading.closest("article")).toHaveAttribute("dir", "rtl");
    expect(heading.closest("article")).toHaveAttribute("lang", "ar");
    unmount();
    renderApp("/articles/zh1");
    expect((await screen.findByRole("heading", { level: 1, name: "检察开放日" })).closest("article")).toHaveAttribute("dir", "ltr");
  });

  it("runs a paragraph the way its own words run: an English quote in a Hebrew story, a Hebrew paragraph in a story said to be English", async () => {
    const hebrew = article("he1", "הרכבת הקלה חוזרת", {
      url: "/articles/he1",
      language: "he",
      _qingyue: { kind: "article", sections: [{ heading: "Lessons from abroad", paragraphs: ["Google הודיעה היום על שיתוף פעולה עם עיריית ירושלים בנושא התחבורה", "“The tram changed how people see their city,” the mayor of Lyon said."] }] },
    });
    const mislabelled = article("en1", "A blog said to be English", {
      url: "/articles/en1",
      language: "en",
      content_html: "<p>The first paragraph is in English, as the page said.</p><blockquote><p>שלום לכולם, זה הבלוג שלי על רכבות</p></blockquote><p dir=\"ltr\">שלום again, set by the page itself.</p>",
      _qingyue: { kind: "article", sections: [{ paragraphs: ["The first paragraph is in English, as the page said.", "שלום לכולם, זה הבלוג שלי על רכבות", "שלום again, set by the page itself."] }] },
    });
    server.use(http.get("/feed/feed.json", () => HttpResponse.json(page([hebrew, mislabelled]))));
    const { unmount } = renderApp("/articles/he1");
    const opening = await screen.findByText("Google הודיעה היום על שיתוף פעולה עם עיריית ירושלים בנושא התחבורה");
    expect(opening.closest("p")).not.toHaveAttribute("dir");
    expect(screen.getByText("“The tram changed how people see their city,” the mayor of Lyon said.").closest("p")).toHaveAttribute("dir", "ltr");
    expect(screen.getByRole("heading", { level: 2, name: "Lessons from abroad" })).toHaveAttribute("dir", "ltr");
    unmount();
    renderApp("/articles/en1");
    expect((await screen.findByText("שלום לכולם, זה הבלוג שלי על רכבות")).closest("p")).toHaveAttribute("dir", "rtl");
    expect(screen.getByText("The first paragraph is in English, as the page said.").closest("p")).not.toHaveAttribute("dir");
    expect(screen.getByText("שלום again, set by the page itself.").closest("p")).toHaveAttribute("dir", "ltr");
  });
});

describe("an article's standfirst", () => {
  it("shows under the headline when the summary is not the story's opening, and not twice when it is", async () => {
    const story = (id: string, summary: string) =>
      article(id, `标题${id}`, { url: `/articles/${id}`, summary, _qingyue: { kind: "article", sections: [{ paragraphs: ["城市花园里的刺猬比乡下的多了。志愿者在一万多块草坪上做了记录。", long] }] } });
    server.use(http.get("/feed/feed.json", () => HttpResponse.json(page([story("s1", "调查发现，篱笆上的缺口让刺猬在城市里过得更好"), story("s2", "城市花园里的刺猬比乡下的多了。")]))));
    renderApp("/articles/s1");
    const header = (await screen.findByRole("heading", { level: 1, name: "标题s1" })).parentElement!;
    expect(within(header).getByText("调查发现，篱笆上的缺口让刺猬在城市里过得更好")).toBeInTheDocument();
  });

  it("is not shown when the summary is cut from the first paragraph", async () => {
    const story = article("s2", "标题s2", { url: "/articles/s2", summary: "城市花园里的刺猬比乡下的多了。", _qingyue: { kind: "article", sections: [{ paragraphs: ["城市花园里的刺猬比乡下的多了。志愿者在一万多块草坪上做了记录。", long] }] } });
    server.use(http.get("/feed/feed.json", () => HttpResponse.json(page([story]))));
    renderApp("/articles/s2");
    const header = (await screen.findByRole("heading", { level: 1, name: "标题s2" })).parentElement!;
    expect(within(header).queryByText("城市花园里的刺猬比乡下的多了。")).toBeNull();
  });
});

describe("an article shown as its HTML (a page's story with pictures or quotes)", () => {
  function serveHtml() {
    const story = article("h1", "检察开放日", {
      url: "/articles/h1",
      content_html: '<p>检察院举办开放日活动。</p><figure><img src="https://example.org/a.jpg" alt=""><figcaption>开放日现场</figcaption></figure><blockquote><p>“欢迎市民走进检察院。”</p></blockquote><p>活动持续一天。</p>',
      _qingyue: { kind: "article", sections: [{ paragraphs: ["检察院举办开放日活动。", "“欢迎市民走进检察院。”", "活动持续一天。"] }] },
    });
    server.use(http.get("/feed/feed.json", () => HttpResponse.json(page([story]))));
  }

  it("gives each paragraph, quoted ones too, its link to copy, as an article shown as paragraphs does", async () => {
    serveHtml();
    const user = userEvent.setup();
    renderApp("/articles/h1");
    expect(await screen.findByText("活动持续一天。")).toHaveAttribute("id", "p-3");
    expect(screen.getByRole("button", { name: "复制第 2 段的链接" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "复制第 3 段的链接" }));
    expect(await screen.findByText("已复制本段链接")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe("http://localhost:3000/articles/h1#p-3");
  });

  it("marks the paragraph a deep link points at", async () => {
    serveHtml();
    renderApp("/articles/h1#p-3");
    expect(await screen.findByText("活动持续一天。")).toHaveClass("paragraph-marked");
    expect(screen.getByText("检察院举办开放日活动。")).not.toHaveClass("paragraph-marked");
  });
});

describe("an article the source cut off", () => {
  it("says only its opening is here, and where the whole is", async () => {
    const cut = article("c1", "The quiet power of boring technology", {
      url: "/articles/c1",
      language: "en",
      external_url: "https://medium.com/@samlee/boring-technology-1a2b3c",
      _qingyue: { kind: "article", truncated: true, sections: [{ paragraphs: ["Every few years a new framework promises to change how we build software."] }] },
    });
    server.use(http.get("/feed/feed.json", () => HttpResponse.json(page([cut]))));
    renderApp("/articles/c1");
    expect(await screen.findByText("原网页只给出了这篇文章的开头，全文请点下面的“阅读原文”。")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /阅读原文/u })).toHaveAttribute("href", "https://medium.com/@samlee/boring-technology-1a2b3c");
  });
});
