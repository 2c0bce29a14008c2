// @vitest-environment node
// Page text copied from sites other than the seed's (tests/fixtures/pages): a portal's article
// under a ">>" breadcrumb, a WeChat article, a news agency's story. Each page's chrome differs;
// the reader must get the same clean article from each.
import { describe, expect, it } from "vitest";
import { byKind, fixture, ingestText } from "./helpers";

const paragraphsOf = (item: { _qingyue: { sections: { paragraphs: string[] }[] } } | undefined) =>
  item?._qingyue.sections.flatMap((s) => s.paragraphs) ?? [];

describe("a portal's article under a '人民网 >> 法治 >> 正文' breadcrumb", () => {
  const { items } = ingestText(fixture("portal-plain-related.txt"));
  const [article] = byKind(items, "article");

  it("takes the headline under the breadcrumb, and the date and source line under it", () => {
    expect(article?.title).toBe("最高检：去年起诉涉黑恶犯罪嫌疑人近十万人");
    expect(article?.date_published).toBe("2021-03-08T09:22:00+08:00");
    expect(article?._qingyue.source).toBe("人民网－法治频道");
  });

  it("leaves the font-size button and the audio player's prompt out of the story", () => {
    const paragraphs = paragraphsOf(article);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^本报北京3月8日电/u);
    expect(article?._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
  });

  it("reads the 推荐阅读 headlines set one a line, with no bullets, as related headlines, not as a post", () => {
    expect(article?._qingyue.related).toEqual([{ title: "最高检：检察机关去年共办理公益诉讼案件15万件" }, { title: "全国人大代表：建议加强未成年人保护" }]);
    expect(byKind(items, "post")).toEqual([]);
    expect(JSON.stringify(items)).not.toContain("分享让更多人看到");
  });
});

describe("a WeChat article as copied from its page", () => {
  const { items } = ingestText(fixture("wechat-article.txt"));
  const [article] = byKind(items, "article");

  it("reads the account as the source and the time from the '原创 … 2020-08-05 18:30' line", () => {
    expect(article?.title).toBe("最高检发布第二十批指导性案例");
    expect(article?._qingyue.source).toBe("最高人民检察院");
    expect(article?.date_published).toBe("2020-08-05T18:30:00+08:00");
  });

  it("starts the story after the 收录于话题 block and keeps its subheads", () => {
    const [first] = paragraphsOf(article);
    expect(first).toMatch(/^8月5日，最高人民检察院发布/u);
    expect(article?._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "一、案例的基本情况", "二、案例的主要特点"]);
  });

  it("makes no posts of the page's 阅读 / 在看 / 预览时标签不可点 lines", () => {
    expect(items).toHaveLength(1);
    const json = JSON.stringify(items);
    for (const chrome of ["收录于话题", "预览时标签不可点", "在看", "12个"]) expect(json, chrome).not.toContain(chrome);
  });
});

describe("a news agency's story with a channel menu, a 【纠错】 credit and a next-story link", () => {
  const { items } = ingestText(fixture("agency-next-link.txt"));
  const [article] = byKind(items, "article");

  it("takes the headline under the site's name and its channel menu", () => {
    expect(article?.title).toBe("《新时代的中国与世界》白皮书发表");
    expect(article?.date_published).toBe("2019-09-27T10:05:18+08:00");
  });

  it("reads the editor out of '【纠错】 【责任编辑：张三 】' and ends the story there", () => {
    expect(article?._qingyue.byline?.editors).toEqual(["张三"]);
    const paragraphs = paragraphsOf(article);
    expect(paragraphs.at(-1)).toBe("白皮书指出，中国的发展是世界的机遇。");
    expect(JSON.stringify(items)).not.toContain("携手构建人类命运共同体");
  });
});

describe("a portal page whose menu is set one channel a line right over the headline", () => {
  const { items } = ingestText(fixture("portal-menu-lines.txt"));
  const [article] = byKind(items, "article");

  it("takes the line over the date for the headline, not the portal's name", () => {
    expect(article?.title).toBe("这位检察官，把群众的事当成自己的事");
    expect(article?.date_published).toBe("2020-08-05T18:30:00+08:00");
    expect(article?._qingyue.source).toBe("青山检察");
  });

  it("keeps the 原标题 note, the link back to the portal, the empty credit and the platform's disclaimer out of the story", () => {
    expect(paragraphsOf(article)).toEqual(["她扎根基层检察院十五年，办理案件一千余件，无一错案。", "群众说，有事找她，心里踏实。", "她说：“群众的事，再小也是大事。”"]);
    expect(items).toHaveLength(1);
  });
});

describe("a procuratorate's page with 字号 and 【打印】【关闭】 on its date line", () => {
  const { items } = ingestText(fixture("procuratorate-font-size.txt"));
  const [article] = byKind(items, "article");

  it("reads the source without the buttons beside it", () => {
    expect(article?.title).toBe("青山市检察院召开党组会议传达学习全会精神");
    expect(article?._qingyue.source).toBe("青山市人民检察院");
    expect(article?.date_published).toBe("2020-08-05T00:00:00+08:00");
    expect(paragraphsOf(article)).toHaveLength(3);
  });
});

describe("a news site's story with its reporter under the headline and credits on two lines", () => {
  const { items } = ingestText(fixture("reporter-line-credits.txt"));
  const [article] = byKind(items, "article");

  it("takes the headline under the channel menu, and the reporter's line as part of the header", () => {
    expect(article?.title).toBe("青山一男子冒充检察官诈骗，被判刑三年");
    expect(article?._qingyue.source).toBe("澎湃新闻");
    expect(paragraphsOf(article)[0]).toMatch(/^据青山市中级人民法院消息/u);
  });

  it("credits the reporter and every editor, and makes no post of the 校对 line or the tip-off number", () => {
    expect(article?._qingyue.byline?.writers).toEqual(["张三"]);
    expect(article?._qingyue.byline?.editors).toEqual(["李四", "王五"]);
    expect(byKind(items, "post")).toEqual([]);
  });
});

describe("an English newspaper's story as page text", () => {
  const { items } = ingestText(fixture("english-news.txt"));
  const [article] = byKind(items, "article");

  it("takes the headline under the paper's name and its section menu, with its writer and day", () => {
    expect(article?.title).toBe("Prosecutors open their doors to the public");
    expect(article?._qingyue.byline?.writers).toEqual(["Jane Doe"]);
    expect(article?.date_published).toBe("2020-08-05T00:00:00+08:00");
    expect(article?._qingyue.date_precision).toBe("day");
  });

  it("keeps the share buttons and the 'Most popular' heading out of the story", () => {
    expect(paragraphsOf(article)).toHaveLength(3);
    expect(paragraphsOf(article).at(-1)).toBe('"We want people to see how we work," said the chief prosecutor.');
    expect(items).toHaveLength(1);
  });
});
