import { describe, expect, it } from "vitest";
import { parseFeedPage } from "./parse-feed-page";
import { nextPage } from "./paging";
import { FeedFormatError } from "./feed-format-error";
import { htmlToText } from "./html-text";
import { article, page, post, trending } from "../../tests/fixtures/feed-builders";

describe("parseFeedPage", () => {
  it("accepts a valid page of every kind", () => {
    const { page: parsed, dropped } = parseFeedPage(
      page([article("a1", "标题"), post("p1", "微博"), trending("t1", "热门")], { next_url: "feed-2.json" }),
    );
    expect(parsed.items.map((i) => i._qingyue.kind)).toEqual(["article", "post", "trending"]);
    expect(parsed.next_url).toBe("feed-2.json");
    expect(dropped).toEqual([]);
  });

  it("keeps a page whose next_url cannot be used, and no walk follows that address", () => {
    for (const next_url of ["javascript:alert(1)", "file:///etc/passwd", "x".repeat(5000), 42]) {
      const { page: parsed, envelopeNotes } = parseFeedPage(page([post("p1", "微博")], { next_url }), { url: "https://a.example/feed/feed.json" });
      expect(parsed.items.map((i) => i.id)).toEqual(["p1"]);
      expect(envelopeNotes).toContain("next_url not followed: not an http(s) address or a relative path");
      expect(nextPage(parsed.next_url, "https://a.example/feed/feed.json", [])).toEqual({ kind: "refused", reason: "下一页地址无效" });
    }
  });

  it("drops each bad item with its reason and keeps the rest", () => {
    const { page: parsed, dropped } = parseFeedPage(
      page([
        { content_text: "没有 id", _qingyue: { kind: "post", paragraphs: ["x"] } },
        post("p1", "好"),
        { ...post("p2", "类型错"), content_text: 42 },
        post("p1", "重复"),
        { ...post("p3", "坏日期"), date_published: "2024-02-30T00:00:00Z" },
        { ...post("p4", "坏链接"), url: "javascript:alert(1)" },
        { ...article("a9", "缺章节"), _qingyue: { kind: "article", sections: [] } },
        null,
        "string item",
        { id: "p5", title: "只有标题" },
      ]),
    );
    expect(parsed.items.map((i) => i.id)).toEqual(["p1", "p3", "p4"]);
    expect(dropped.map((d) => d.index)).toEqual([0, 2, 3, 6, 7, 8, 9]);
    expect(dropped.map((d) => d.cause)).toEqual(["no-id", "malformed", "duplicate", "malformed", "no-id", "no-id", "no-text"]);
    expect(dropped[0]?.reason).toBe("item has no id");
    expect(dropped[2]).toMatchObject({ id: "p1", reason: "duplicate id" });
  });

  it("costs an impossible date or a wrong-typed standard field only that field", () => {
    const { page: parsed, dropped, repaired } = parseFeedPage(
      page([{ ...post("p1", "正文"), date_published: "2024-02-30T00:00:00Z", tags: "不是列表", title: { a: 1 }, summary: 3 }]),
    );
    expect(dropped).toEqual([]);
    const item = parsed.items[0]!;
    expect([item.date_published, item.tags, item.title, item.summary]).toEqual([undefined, undefined, undefined, undefined]);
    expect(repaired[0]?.reason).toMatch(/date_published removed/);
  });

  it("removes unsafe links from an item but keeps the item, and says so", () => {
    const { page: parsed, repaired } = parseFeedPage(
      page([
        {
          ...post("p1", "正文"),
          url: "javascript:alert(1)",
          external_url: "data:text/html,x",
          image: "//evil.test/a.png",
          authors: [{ name: "作者", url: "vbscript:x", avatar: "javascript:y" }],
        },
      ]),
    );
    const item = parsed.items[0]!;
    expect(item.url).toBeUndefined();
    expect(item.external_url).toBeUndefined();
    expect(item.image).toBeUndefined();
    expect(item.authors).toEqual([{ name: "作者" }]);
    expect(repaired[0]?.reason).toMatch(/url removed/);
  });

  it("shows authors' names without bidi overrides or zero-width characters, and leaves out a name with nothing else", () => {
    const { page: parsed } = parseFeedPage(page([{ ...post("p1", "正文"), authors: [{ name: " 作\u202e者\u200b " }, { name: "\u202e\u200b" }] }]));
    expect(parsed.items[0]?.authors).toEqual([{ name: "作者" }]);
  });

  it("keeps a post's counts as printed, and drops malformed counts but not the post", () => {
    const withCounts = (id: string, counts: unknown) => ({ ...post(id, "正文"), _qingyue: { ...post(id, "正文")._qingyue, counts } });
    const { page: parsed, dropped, repaired } = parseFeedPage(
      page([withCounts("p1", { reposts: "12", likes: "1.2万" }), withCounts("p2", { likes: -3 }), withCounts("p3", "很多"), withCounts("p4", { likes: "<b>9</b>" })]),
    );
    expect(dropped).toEqual([]);
    expect(parsed.items.map((i) => (i._qingyue.kind === "post" ? (i._qingyue.counts ?? null) : "?"))).toEqual([{ reposts: "12", likes: "1.2万" }, null, null, null]);
    expect(repaired.map((r) => r.reason)).toEqual(Array(3).fill(expect.stringMatching(/counts removed/)));
  });

  it("reads a short plain JSON Feed item from another publisher as a post, marked as inferred", () => {
    const { page: parsed } = parseFeedPage(
      page([
        { id: "x1", title: "外来标题", content_text: "第一段\n\n第二段" },
        { id: "x2", content_html: "<p>一段<b>HTML</b></p><p>另一段 &amp; 更多</p>" },
      ]),
      { htmlToText },
    );
    expect(parsed.items.map((i) => i._qingyue)).toEqual([
      { kind: "post", inferred: true, paragraphs: ["第一段", "第二段"], headline: "外来标题" },
      { kind: "post", inferred: true, paragraphs: ["一段HTML", "另一段 & 更多"] },
    ]);
  });

  it("reads a titled plain item with a long body as an article", () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>${"读".repeat(90)}${i}</p>`).join("");
    const { page: parsed } = parseFeedPage(page([{ id: "https://example.org/a", title: "长文", content_html: `<h2>一</h2>${body}` }]), { htmlToText });
    expect(parsed.items[0]?._qingyue).toMatchObject({ kind: "article", inferred: true });
  });

  it("reads any non-empty id: URLs, tag: URIs, numbers as their string form, NFC and NFD apart", () => {
    const nfc = "caf\u00e9";
    const nfd = "cafe\u0301";
    const ids = ["https://example.org/2024/01/post", "tag:example.org,2024:post/3", 42, nfc, nfd, "x".repeat(200)];
    const { page: parsed, dropped } = parseFeedPage(page(ids.map((id) => ({ id, content_text: "正文" }))));
    expect(dropped).toEqual([]);
    expect(parsed.items.map((i) => i.id)).toEqual(["https://example.org/2024/01/post", "tag:example.org,2024:post/3", "42", nfc, nfd, "x".repeat(200)]);
  });

  it("refuses only ids it cannot tell apart or use: empty, lone surrogates, objects", () => {
    const bad: unknown[] = ["a\uD800b", "", { a: 1 }, null];
    const { page: parsed, dropped } = parseFeedPage(page(bad.map((id) => ({ ...post("x", "t"), id }))));
    expect(parsed.items).toEqual([]);
    expect(dropped.map((d) => d.cause)).toEqual(["bad-id", "no-id", "bad-id", "no-id"]);
  });

  it("reads JSON Feed 1 (http and https) with its single author, and costs a bad title only the title", () => {
    for (const version of ["https://jsonfeed.org/version/1", "http://jsonfeed.org/version/1"]) {
      const { page: parsed } = parseFeedPage({
        version,
        title: 7,
        home_page_url: "not a url",
        author: { name: "Jane", url: "https://jane.example/" },
        items: [{ id: "1", content_text: "Hello", author: { name: "Jane" } }],
      });
      expect(parsed.title).toBeUndefined();
      expect(parsed.home_page_url).toBeUndefined();
      expect(parsed.authors).toEqual([{ name: "Jane", url: "https://jane.example/" }]);
      expect(parsed.items[0]?.authors).toEqual([{ name: "Jane" }]);
    }
  });

  it("reads relative links in items against the feed's home page, else the page's own URL", () => {
    const item = { id: "r1", content_text: "正文", image: "img/a.png", attachments: [{ url: "../files/b.pdf", mime_type: "application/pdf" }], authors: [{ name: "甲", avatar: "me.png" }] };
    const onHome = parseFeedPage(page([item], { home_page_url: "https://blog.example/notes/" }), { url: "https://reader.example/feed/feed.json" }).page.items[0]!;
    expect(onHome.image).toBe("https://blog.example/notes/img/a.png");
    expect(onHome.attachments?.[0]?.url).toBe("https://blog.example/files/b.pdf");
    expect(onHome.authors?.[0]?.avatar).toBe("https://blog.example/notes/me.png");
    const onPage = parseFeedPage(page([item]), { url: "https://reader.example/feed/feed.json" }).page.items[0]!;
    expect(onPage.image).toBe("https://reader.example/feed/img/a.png");
    // A dangerous scheme is never read as a relative link.
    const bad = parseFeedPage(page([{ ...item, image: "javascript:alert(1)" }]), { url: "https://reader.example/feed/feed.json" }).page.items[0]!;
    expect(bad.image).toBeUndefined();
  });

  it.each([
    ["not an object", "hello", /不是一个 JSON Feed/],
    ["no version", { title: "t", items: [] }, /不是 JSON Feed 1 或 1\.1/],
    ["wrong version", { version: "https://jsonfeed.org/version/2", title: "t", items: [] }, /不是 JSON Feed 1 或 1\.1/],
    ["items not an array", { version: "https://jsonfeed.org/version/1.1", title: "t", items: {} }, /没有内容列表/],
  ])("throws a clear error in Chinese for a document that is not a feed: %s", (_name, doc, words) => {
    expect(() => parseFeedPage(doc)).toThrow(FeedFormatError);
    expect(() => parseFeedPage(doc)).toThrow(words);
  });
});

describe("pictures, authors and reposts in the contract", () => {
  it("keeps a post's authors with avatar, its pictures with sizes and a repost's original", () => {
    const weibo = {
      ...post("p1", "转发微博"),
      authors: [{ name: "检察日报", avatar: "https://tvax1.sinaimg.cn/a.jpg", _qingyue: { id: "1234", verified: "检察日报官方微博", followers: "1.2万" } }],
      attachments: [{ url: "https://wx1.sinaimg.cn/large/a.jpg", mime_type: "image/jpeg", _qingyue: { width: 690, height: 2400, long: true } }],
      _qingyue: {
        kind: "post",
        paragraphs: ["转发微博"],
        truncated: true,
        repost: { authors: [{ name: "最高人民检察院" }], paragraphs: ["原文"], attachments: [{ url: "https://wx2.sinaimg.cn/large/b.jpg", mime_type: "image/jpeg" }] },
      },
    };
    const deleted = { ...post("p2", "转发"), _qingyue: { kind: "post", paragraphs: ["转发"], repost: { deleted: true } } };
    const { page: parsed, dropped } = parseFeedPage(page([weibo, deleted]));
    expect(dropped).toEqual([]);
    expect(parsed.items[0]).toMatchObject({
      authors: [{ name: "检察日报", avatar: "https://tvax1.sinaimg.cn/a.jpg", _qingyue: { verified: "检察日报官方微博" } }],
      attachments: [{ _qingyue: { width: 690, height: 2400, long: true } }],
      _qingyue: { truncated: true, repost: { authors: [{ name: "最高人民检察院" }] } },
    });
    expect(parsed.items[1]?._qingyue).toMatchObject({ repost: { deleted: true } });
  });

  it("leaves out an attachment with an unusable link and keeps the post", () => {
    const { page: parsed, repaired } = parseFeedPage(
      page([{ ...post("p1", "图"), attachments: [{ url: "javascript:alert(1)", mime_type: "image/png" }, { url: "https://example.org/a.png", mime_type: "image/png" }] }]),
    );
    expect(parsed.items[0]?.attachments?.map((a) => a.url)).toEqual(["https://example.org/a.png"]);
    expect(repaired[0]?.reason).toMatch(/attachment/);
  });

  it("keeps an article's figures and related headlines", () => {
    const withFigure = article("a1", "标题");
    const ext = withFigure._qingyue as { sections: { paragraphs: string[] }[] };
    const item = {
      ...withFigure,
      _qingyue: {
        ...withFigure._qingyue,
        sections: [{ ...ext.sections[0], figures: [{ before: 0, url: "https://example.org/f.jpg", caption: "图为现场", width: 800, height: 600 }] }],
        related: [{ title: "另一篇报道", url: "https://example.org/2" }],
      },
    };
    const { page: parsed, dropped } = parseFeedPage(page([item]));
    expect(dropped).toEqual([]);
    expect(parsed.items[0]?._qingyue).toMatchObject({ sections: [{ figures: [{ caption: "图为现场" }] }], related: [{ title: "另一篇报道" }] });
  });
});
