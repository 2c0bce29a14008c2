import { describe, expect, it } from "vitest";
import { parseFeedPage } from "./parse-feed-page";
import { FeedFormatError } from "./feed-format-error";
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
      ]),
    );
    expect(parsed.items.map((i) => i.id)).toEqual(["p1", "p4"]);
    expect(dropped.map((d) => d.index)).toEqual([0, 2, 3, 4, 6, 7, 8]);
    expect(dropped[0]?.reason).toBe("item has no id");
    expect(dropped[2]).toMatchObject({ id: "p1", reason: "duplicate id" });
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

  it("keeps a post's counts as printed, and drops malformed counts but not the post", () => {
    const withCounts = (id: string, counts: unknown) => ({ ...post(id, "正文"), _qingyue: { ...post(id, "正文")._qingyue, counts } });
    const { page: parsed, dropped, repaired } = parseFeedPage(
      page([withCounts("p1", { reposts: "12", likes: "1.2万" }), withCounts("p2", { likes: -3 }), withCounts("p3", "很多"), withCounts("p4", { likes: "<b>9</b>" })]),
    );
    expect(dropped).toEqual([]);
    expect(parsed.items.map((i) => (i._qingyue.kind === "post" ? (i._qingyue.counts ?? null) : "?"))).toEqual([{ reposts: "12", likes: "1.2万" }, null, null, null]);
    expect(repaired.map((r) => r.reason)).toEqual(Array(3).fill(expect.stringMatching(/counts removed/)));
  });

  it("reads a plain JSON Feed item from another publisher as a whole post", () => {
    const { page: parsed } = parseFeedPage(
      page([
        { id: "x1", title: "外来标题", content_text: "第一段\n\n第二段" },
        { id: "x2", content_html: "<p>一段<b>HTML</b></p><p>另一段 &amp; 更多</p>" },
      ]),
    );
    expect(parsed.items.map((i) => i._qingyue)).toEqual([
      { kind: "post", paragraphs: ["第一段", "第二段"], headline: "外来标题" },
      { kind: "post", paragraphs: ["一段HTML", "另一段 & 更多"] },
    ]);
  });

  it("refuses ids that are not URL-safe (lone surrogates, slashes, huge)", () => {
    const bad = ["a\uD800b", "../etc", "x".repeat(200), ""];
    const { page: parsed, dropped } = parseFeedPage(page(bad.map((id) => post(id, "t"))));
    expect(parsed.items).toEqual([]);
    expect(dropped).toHaveLength(4);
  });

  it.each([
    ["not an object", "hello"],
    ["no version", { title: "t", items: [] }],
    ["wrong version", { version: "https://jsonfeed.org/version/1", title: "t", items: [] }],
    ["items not an array", { version: "https://jsonfeed.org/version/1.1", title: "t", items: {} }],
  ])("throws a clear error for a document that is not a feed: %s", (_name, doc) => {
    expect(() => parseFeedPage(doc)).toThrow(FeedFormatError);
    expect(() => parseFeedPage(doc)).toThrow(/不是 JSON Feed 1\.1/);
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
