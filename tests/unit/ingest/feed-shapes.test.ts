// @vitest-environment node
// What a reader gets from feeds written the way lenient readers still take them: a JSON Feed
// without its version address, co-authors in one author field, an episode's length with a
// fraction of a second, a podcast's transcript, other publishers' JSON Feed extensions.
import { describe, expect, it } from "vitest";
import { feedEvents, feedItems, rssFeed } from "./helpers";

describe("JSON Feed versions", () => {
  const blog = (version: unknown) =>
    JSON.stringify({
      ...(version === undefined ? {} : { version }),
      title: "我的博客",
      home_page_url: "https://example.org/",
      items: [{ id: "1", title: "第一篇", content_text: "你好，世界。这是第一篇文章的正文。", date_published: "2024-05-01T10:00:00+08:00" }],
    });

  it.each([[undefined], ["1.1"], ["1"], [1]])("a feed whose version is %s is read by its shape, and the log says so", async (version) => {
    const events = await feedEvents(blog(version), "json");
    const items = events.flatMap((e) => (e.ok ? e.items : []));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ title: "第一篇", content_text: "你好，世界。这是第一篇文章的正文。", date_published: "2024-05-01T10:00:00+08:00" });
    expect(events.flatMap((e) => (e.ok ? e.notes : []))).toEqual([expect.stringContaining("当作 JSON Feed 读")]);
  });

  it("a feed that names its version's address is read without a word", async () => {
    const events = await feedEvents(blog("https://jsonfeed.org/version/1.1"), "json");
    expect(events.flatMap((e) => (e.ok ? e.items : []))).toHaveLength(1);
    expect(events.flatMap((e) => (e.ok ? e.notes : []))).toEqual([]);
  });

  it("JSON with a title and a list of other records is not taken for a feed", async () => {
    const events = await feedEvents(JSON.stringify({ title: "库存", items: [{ id: 1, name: "螺丝", count: 30 }] }), "json");
    expect(events.flatMap((e) => (e.ok ? e.items : []))).toEqual([]);
    expect(events.some((e) => !e.ok && /既不是订阅源/u.test(e.reason))).toBe(true);
  });
});

describe("co-authors in one field", () => {
  it.each([
    ["<author>张三, 王五</author>", ["张三", "王五"]],
    ["<author>bob@example.org (张三，王五)</author>", ["张三", "王五"]],
    ["<dc:creator>张三、王五</dc:creator>", ["张三", "王五"]],
    ["<dc:creator>Alice and Bob</dc:creator>", ["Alice", "Bob"]],
    ["<dc:creator>Alice Smith, Bob Jones and Carol King</dc:creator>", ["Alice Smith", "Bob Jones", "Carol King"]],
    ["<dc:creator>张三</dc:creator><dc:creator>王五</dc:creator>", ["张三", "王五"]],
    ["<itunes:author>主播甲、主播乙</itunes:author>", ["主播甲", "主播乙"]],
  ])("%s names each of them", async (field, names) => {
    const [item] = await feedItems(rssFeed(`<item><title>一</title><link>https://example.org/1</link>${field}<description>正文。</description></item>`));
    expect(item?.authors).toEqual(names.map((name) => ({ name })));
  });

  it.each([["Smith, John"], ["Johnson & Johnson"], ["欧阳·娜娜"], ["Department of Health and Human Services"]])("%s stays one name", async (name) => {
    const [item] = await feedItems(rssFeed(`<item><title>一</title><link>https://example.org/1</link><dc:creator>${name.replace("&", "&amp;")}</dc:creator><description>正文。</description></item>`));
    expect(item?.authors).toEqual([{ name }]);
  });
});

describe("an episode's length", () => {
  it.each([
    ["01:02:03.500", 3724],
    ["1:02:03", 3723],
    ["3723", 3723],
    ["62:03", 3723],
    [" 45:10 ", 2710],
    ["3723.4", 3723],
  ])("<itunes:duration>%s</itunes:duration> plays %i seconds", async (duration, seconds) => {
    const [item] = await feedItems(
      rssFeed(`<item><title>第一期</title><link>https://example.org/1</link><enclosure url="https://example.org/1.mp3" type="audio/mpeg" length="1000"/><itunes:duration>${duration}</itunes:duration><description>节目。</description></item>`),
    );
    expect(item?.attachments).toEqual([expect.objectContaining({ url: "https://example.org/1.mp3", duration_in_seconds: seconds })]);
  });

  it.each([[125], ["125"]])("a JSON Feed attachment's duration_in_seconds %j is kept", async (duration) => {
    const [item] = await feedItems(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "播客",
        items: [{ id: "2", title: "第二期", content_text: "节目二。", attachments: [{ url: "https://example.org/2.mp3", mime_type: "audio/mpeg", duration_in_seconds: duration }] }],
      }),
      "json",
    );
    expect(item?.attachments).toEqual([{ url: "https://example.org/2.mp3", mime_type: "audio/mpeg", duration_in_seconds: 125 }]);
  });
});

describe("a podcast episode's transcript and chapters", () => {
  const episode = (more: string) =>
    rssFeed(
      `<item xmlns:podcast="https://podcastindex.org/namespace/1.0"><title>第一期</title><link>https://example.org/5</link><description>节目五。</description><enclosure url="https://cdn.example.org/5.mp3" type="audio/mpeg" length="1000"/><podcast:chapters url="https://cdn.example.org/5-chapters.json" type="application/json+chapters"/>${more}</item>`,
    );

  it("gives the transcript in its most readable form after the episode, and not the chapters' data", async () => {
    const [item] = await feedItems(
      episode('<podcast:transcript url="https://cdn.example.org/5.json" type="application/json"/><podcast:transcript url="https://cdn.example.org/5.srt" type="application/x-subrip"/><podcast:transcript url="https://cdn.example.org/5.vtt" type="text/vtt" language="zh"/>'),
    );
    expect(item?.attachments).toEqual([
      { url: "https://cdn.example.org/5.mp3", mime_type: "audio/mpeg", size_in_bytes: 1000 },
      { url: "https://cdn.example.org/5.vtt", mime_type: "text/vtt", title: "文字稿" },
    ]);
  });

  it("an episode whose transcript is only for players gives the episode alone", async () => {
    const [item] = await feedItems(episode('<podcast:transcript url="https://cdn.example.org/5.json" type="application/json"/>'));
    expect(item?.attachments?.map((a) => a.url)).toEqual(["https://cdn.example.org/5.mp3"]);
  });
});

describe("a JSON Feed with other publishers' extensions", () => {
  it("reads the item as any other, its extensions (and a stranger's _qingyue) kept out of it", async () => {
    const [item] = await feedItems(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "微型博客",
        _microblog: { about: "https://micro.blog/about/", username: "someone" },
        items: [
          {
            id: "https://mb.example.org/2024/05/01/a.html",
            url: "https://mb.example.org/2024/05/01/a.html",
            content_html: "<p>今天去了公园。</p>",
            _microblog: { is_bookmark: false, thumbnail_url: "https://mb.example.org/t.jpg" },
            _qingyue: { kind: "trending", cut: true },
          },
        ],
      }),
      "json",
    );
    expect(item).toMatchObject({ content_text: "今天去了公园。", external_url: "https://mb.example.org/2024/05/01/a.html", _qingyue: { kind: "post" } });
    expect(JSON.stringify(item)).not.toMatch(/_microblog|micro\.blog|t\.jpg|"cut"/u);
  });
});
