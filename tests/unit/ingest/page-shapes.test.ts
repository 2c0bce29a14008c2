// @vitest-environment node
// Pages in the other shapes real scrapes take (tests/fixtures/pages): a date/source line under
// the title, navigation before it, other credit lines, other lists, other chrome.
import { describe, expect, it } from "vitest";
import { NOT_AN_ARTICLE } from "../../../src/ingest/page-reasons";
import { readPage } from "../../../src/ingest/read-page";
import { byKind, fixture, ingestText } from "./helpers";

/** Chrome and footer text of every fixture: none of it may reach an item. */
const CHROME = ["首页", "分享到", "Qzone", "写下你的评论", "发表评论", "网友甲", "Copyright", "版权所有", "ICP", "举报", "写留言", "👍", "当前位置"];

function expectNoChrome(items: unknown) {
  const json = JSON.stringify(items);
  for (const word of CHROME) expect(json, word).not.toContain(word);
}

describe("a news page with navigation bullets, a date/source line, share bar, comments and footer", () => {
  const { items, people } = ingestText(fixture("changjiang-dated.txt"));
  const [article] = byKind(items, "article");

  it("skips the menu and reads the title and the date/source line under it", () => {
    expect(article?.title).toBe("武汉长江大桥迎来建成通车63周年");
    expect(article?._qingyue.source).toBe("长江网");
    expect(article?._qingyue.publisher).toBeUndefined();
    expect(article?.date_published).toBe("2020-10-04T20:30:00+08:00");
    expect(article?._qingyue.date_precision).toBe("minute");
  });

  it("reads sections and the 【编辑：…】 credit", () => {
    expect(article?._qingyue.sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      [undefined, 2],
      ["桥头堡里的老照片", 2],
      ["夜景灯光更新", 2],
    ]);
    expect(article?._qingyue.byline).toEqual({ text: "【编辑：李明】", editors: ["李明"] });
  });

  it("reads a 热点推荐 list of headlines as the article's related headlines, not as posts", () => {
    expect(article?._qingyue.related).toEqual([
      { title: "武汉地铁5号线今年底开通试运营,沿线站点一览" },
      { title: "国庆假期武汉接待游客超千万人次!" },
      { title: "东湖绿道迎来客流高峰,游客请错峰出行……" },
    ]);
    expect(byKind(items, "trending")).toEqual([]);
    expect(byKind(items, "post")).toEqual([]);
    expect(people).toEqual([]);
  });

  it("drops the share bar, the comment box and the comment under it, and the footer", () => expectNoChrome(items));
});

describe("a page with a breadcrumb, an outlet-and-time line, numbered headings and two lists", () => {
  const { items } = ingestText(fixture("chinanet-two-lists.txt"));
  const [article] = byKind(items, "article");

  it("reads `中国网 2019-11-25 10:37:31` as source and time to the second", () => {
    expect(article?.title).toBe("我国新能源汽车产销量连续多年位居全球第一");
    expect(article?._qingyue.source).toBe("中国网");
    expect(article?.date_published).toBe("2019-11-25T10:37:31+08:00");
    expect(article?._qingyue.date_precision).toBe("second");
  });

  it("splits a (责编：…) credit off the last paragraph", () => {
    const sections = article?._qingyue.sections ?? [];
    expect(sections.map((s) => s.heading)).toEqual([undefined, "一、产业链日趋完善", "二、充电网络加快建设"]);
    expect(sections.at(-1)?.paragraphs.at(-1)).toBe("下一步,有关部门将推动居民小区充电设施建设,方便群众日常用车。");
    expect(article?._qingyue.byline).toEqual({ text: "(责编：王五)", editors: ["王五"] });
  });

  it("keeps the 相关阅读 headlines as related links and the list of posts as trending items", () => {
    expect(article?._qingyue.related).toEqual([{ title: "新能源汽车购置补贴政策解读" }, { title: "多地出台措施鼓励充电桩进小区" }]);
    const trending = byKind(items, "trending");
    expect(trending.map((t) => [t._qingyue.list, t._qingyue.text, t._qingyue.truncated])).toEqual([
      ["热点推荐", "#新能源汽车#十月销量出炉,这几款车型卖得最好[哇]", false],
      ["热点推荐", "今年冬天北方气温偏低,电动车续航要注意!", false],
    ]);
    expect(trending[0]?._qingyue.topics).toEqual(["新能源汽车"]);
    expectNoChrome(items);
  });
});

describe("a page of Weibo posts only", () => {
  const { items, people } = ingestText(fixture("weibo-posts-only.txt"));
  const posts = byKind(items, "post");

  it("has no article and no list; chrome lines separate the posts", () => {
    expect(items.map((i) => i._qingyue.kind)).toEqual(["post", "post", "post"]);
    expect(posts.map((p) => p._qingyue.paragraphs.length)).toEqual([1, 2, 4]);
    expect(posts[1]?._qingyue.paragraphs).toEqual(["今天去看了家门口新开的图书馆,环境很好,还有儿童阅读区[心]", "下周还要带孩子再去一次。"]);
    expect(posts[1]?.title).toBeUndefined();
    expect(posts.every((p) => p._qingyue.source_item === undefined)).toBe(true);
    expectNoChrome(items);
  });

  it("profiles the people presented with an honour, with their organisation", () => {
    expect(people.map((p) => [p.name, p.honours, p.organisation ?? null])).toEqual([
      ["李春华", ["全国优秀法官"], "青山县人民法院"],
      ["王建国", ["优秀人民警察"], null],
    ]);
    expect(people[1]?.facts.map((f) => f.paragraph)).toEqual([2, 3]);
  });
});

describe("a page that is only a numbered 相关阅读 list", () => {
  it("is a list page: no article, and its headlines are not posts", async () => {
    expect(await readPage({ kind: "text", text: fixture("list-only.txt"), baseUrl: "" })).toEqual({ reason: NOT_AN_ARTICLE });
  });
});

describe("a page with a masthead and a menu over the headline, and its date line under the first paragraph", () => {
  const { items } = ingestText(fixture("masthead-stray-date.txt"));
  const [article] = byKind(items, "article");

  it("takes the headline, not the site's name, and reads the date and source where the page put them", () => {
    expect(article?.title).toBe("青山县新建三座乡村图书馆");
    expect(article?.date_published).toBe("2019-09-26T12:11:00+08:00");
    expect(article?._qingyue.source).toBe("青山日报");
    expect(JSON.stringify(article)).not.toContain("青山新闻网");
  });

  it("reads a subhead with no blank line before it, and keeps the date line out of the paragraphs", () => {
    const sections = article?._qingyue.sections ?? [];
    expect(sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      [undefined, 2],
      ["让村民就近借书", 2],
    ]);
    expect(sections[0]?.paragraphs.join("")).not.toContain("2019-09-26");
  });

  it("keeps the 推荐阅读 list as related headlines", () => {
    expect(article?._qingyue.related).toEqual([{ title: "青山县农家书屋实现行政村全覆盖" }, { title: "南岭乡举办首届乡村读书节" }]);
    expect(items.map((i) => i._qingyue.kind)).toEqual(["article"]);
  });
});

describe("a page with full-width punctuation, CRLF line ends and indented paragraphs", () => {
  const { items } = ingestText(fixture("xinhua-fullwidth-crlf.txt"));
  const [article] = byKind(items, "article");

  it("reads 来源：, a date without a time, and a （责编：…） line", () => {
    expect(article?._qingyue.source).toBe("新华网");
    expect(article?.date_published).toBe("2021-03-05T00:00:00+08:00");
    expect(article?._qingyue.date_precision).toBe("day");
    expect(article?._qingyue.byline).toEqual({ text: "（责编：赵六）", editors: ["赵六"] });
    expect(article?._qingyue.sections[0]?.paragraphs[0]).toMatch(/^3月5日,/);
  });

  it("reads the post after the article, without a trending list", () => {
    expect(items.map((i) => i._qingyue.kind)).toEqual(["article", "post"]);
    expect(byKind(items, "post")[0]?._qingyue.links).toEqual(["https://t.cn/C9def56"]);
    expectNoChrome(items);
  });
});

describe("an article without a credit line, followed by a post", () => {
  it("ends the article where the post's #话题# block starts", () => {
    const { items } = ingestText(fixture("sina-no-byline.txt"));
    const [article] = byKind(items, "article");
    expect(article?._qingyue.sections).toHaveLength(1);
    expect(article?._qingyue.sections[0]?.paragraphs).toHaveLength(2);
    expect(article?._qingyue.byline).toBeUndefined();
    const [post] = byKind(items, "post");
    expect(post?._qingyue.headline).toBe("六连胜!");
    expect(post?._qingyue.topics).toEqual(["中国女排"]);
    expectNoChrome(items);
  });
});

describe("a post scraped as m.weibo.cn HTML", () => {
  const { items, people } = ingestText(fixture("weibo-html.txt"));
  const posts = byKind(items, "post");

  it("reads the post as Weibo shows it: topic, title, emoticon codes, mention, short link, paragraphs", () => {
    expect(posts).toHaveLength(1);
    expect(posts[0]?.title).toBe("“全国优秀法官”李春华");
    expect(posts[0]?._qingyue.paragraphs).toEqual([
      "#青山法院#【“全国优秀法官”李春华】李春华扎根基层法庭二十年，审结案件四千余件，无一错案。[赞]",
      "她常说：“把每一件小案办好，就是最大的公正。” @青山县人民法院 http://t.cn/A6xyz12",
    ]);
    expect(posts[0]?._qingyue.topics).toEqual(["青山法院"]);
    expect(posts[0]?._qingyue.links).toEqual(["http://t.cn/A6xyz12"]);
  });

  it("keeps no markup, script or toolbar, and profiles the person presented", () => {
    const json = JSON.stringify(items);
    for (const leftover of ["<", "surl-text", "$render_data", "&ldquo;", "&nbsp;", "转发", "sinaimg"]) expect(json, leftover).not.toContain(leftover);
    expect(people.map((p) => [p.name, p.honours])).toEqual([["李春华", ["全国优秀法官"]]]);
  });
});

describe("posts with their counts printed under them", () => {
  const page = [
    "#城市图书馆#【新馆开放】今天去看了新开的图书馆，环境很好。",
    "",
    "转发 12 评论 3 赞 45",
    "",
    "#春运#今年春运首日，全国铁路发送旅客超千万人次。",
    "转发(1.2万) | 评论(356) | 赞(2万+)",
    "",
    "#读书#没有计数的一条微博。",
    "",
    "转发 微博 Qzone 微信",
  ].join("\n");
  const posts = byKind(ingestText(page).items, "post");

  it("gives each post the counts under it, as printed, and none to a post without them", () => {
    expect(posts.map((p) => p._qingyue.counts ?? null)).toEqual([
      { reposts: "12", comments: "3", likes: "45" },
      { reposts: "1.2万", comments: "356", likes: "2万+" },
      null,
    ]);
    expect(posts.map((p) => p._qingyue.paragraphs.length)).toEqual([1, 1, 1]);
    expectNoChrome(posts);
  });
});
