// @vitest-environment node
// The text of a whole page, as a scraper that keeps everything the page shows gives it: the
// site's menus, channel lists and sidebars set one link a line, far above the story, and the
// app prompts, topic links and footers under it (tests/fixtures/pages/whole-page-*.txt). The
// story is found by its body, and its headline by the header that leads into that body.
import { describe, expect, it } from "vitest";
import { byKind, fixture, ingestText, paragraphs } from "./helpers";

describe("a city portal's page: login bar, channel list, breadcrumb and hot-news sidebar over the story", () => {
  const { items } = ingestText(fixture("whole-page-portal.txt"));
  const [article] = byKind(items, "article");

  it("takes the headline over the date and source line, not the site's name", () => {
    expect(article?.title).toBe("青山区今年将新增公共停车位两千个");
    expect(article?.date_published).toBe("2021-04-12T09:30:00+08:00");
    expect(article?._qingyue.source).toBe("青山日报");
  });

  it("reads the story's paragraphs alone: no menu, no font-size bar, nothing of the page under it", () => {
    const body = paragraphs(article!);
    expect(body[0]).toBe("图为青山区新建的立体停车库。（王明 摄）");
    expect(body.at(-1)).toBe("目前，首批五个停车场已开工建设，预计今年九月底前投入使用。");
    expect(body).toHaveLength(5);
    const all = JSON.stringify(items);
    for (const chrome of ["政务", "字体", "热点新闻", "扫一扫", "主办单位"]) expect(all).not.toContain(chrome);
  });

  it("makes no post of the story's paragraphs", () => {
    expect(byKind(items, "post")).toEqual([]);
  });
});

describe("a self-media page: the headline, then the writer's name and a run-together time, each after a blank line", () => {
  const { items } = ingestText(fixture("whole-page-selfmedia.txt"));
  const [article] = byKind(items, "article");

  it("takes the headline, not the login bar over it nor the writer's name under it", () => {
    expect(article?.title).toBe("山城老街的百年茶馆，为何一到周末就排起长队？");
  });

  it("starts the story at its first paragraph and ends it before the writer's other stories", () => {
    const body = paragraphs(article!);
    expect(body[0]).toMatch(/^在山城老街的拐角处/u);
    expect(body.at(-1)).toBe("周老板说，只要还有人愿意来，他就会一直把茶馆开下去。");
    expect(body).toHaveLength(4);
    expect(JSON.stringify(items)).not.toContain("作者最新文章");
  });
});

describe("a game site's page: channels and a hot-list over the story, a topic link, credits and an app prompt under it", () => {
  const { items } = ingestText(fixture("whole-page-game.txt"));
  const [article] = byKind(items, "article");

  it("takes the headline over the date line, with the editor from the credit line under the story", () => {
    expect(article?.title).toBe("《长河行》新版本曝光 玩家：这速度有点快！");
    expect(article?.date_published).toBe("2021-05-06T10:20:00+08:00");
    expect(article?._qingyue.byline?.editors).toEqual(["小鱼"]);
  });

  it("leaves the topic link, the pager and the app prompt out, and makes no post of them", () => {
    const body = paragraphs(article!);
    expect(body).toHaveLength(3);
    expect(body.at(-1)).toMatch(/^除了新地图/u);
    expect(byKind(items, "post")).toEqual([]);
    const all = JSON.stringify(items);
    for (const chrome of ["相关资讯请关注", "打开游侠APP", "游戏平台"]) expect(all).not.toContain(chrome);
  });
});

describe("a regulation on a government site: its articles' numbered clauses set as short lines between them", () => {
  const { items } = ingestText(fixture("whole-page-regulation.txt"));
  const [article] = byKind(items, "article");

  it("reads the regulation whole, from its preamble to its last article, under its own title", () => {
    expect(article?.title).toBe("青山市城市绿化管理条例");
    expect(article?.date_published).toBe("2021-03-01T00:00:00+08:00");
    const body = paragraphs(article!);
    expect(body[0]).toMatch(/^为了加强城市绿化管理/u);
    expect(body).toContain("（二）擅自占用城市绿地的；");
    expect(body.at(-1)).toMatch(/^第六条/u);
    expect(JSON.stringify(items)).not.toContain("森林防火");
  });
});

describe("a news aggregator's page: a topic bar over the story, and a time told as '昨天'", () => {
  const text = [
    "热门话题科技动态开发者资讯区块链快讯招聘行情",
    "",
    "运营商手机促销方式曝光，禁止提供购机补贴",
    "昨天",
    "据运营商内部人士透露，三家运营商此前的手机促销手段主要有三类：分期购买、预存话费购机直降以及购机赠送礼品，新规下购机补贴将被全面叫停。",
    "媒体报道",
    "订阅",
  ].join("\n");
  const [article] = byKind(ingestText(text).items, "article");

  it("takes the headline over the time line, and gives the story no date it cannot know", () => {
    expect(article?.title).toBe("运营商手机促销方式曝光，禁止提供购机补贴");
    expect(article?.date_published).toBeUndefined();
    expect(paragraphs(article!)).toEqual([expect.stringMatching(/^据运营商内部人士透露/u)]);
  });
});

describe("a county news site's page: the headline right under its channel list, its toolbar, credits and sidebars under the story", () => {
  const { items } = ingestText(fixture("whole-page-county.txt"));
  const [article] = byKind(items, "article");

  it("ends the story at its last paragraph, with the date and outlet printed under it", () => {
    expect(article?.title).toBe("青山县开展“金融知识进万家”宣传活动");
    expect(article?.date_published).toBe("2019-09-23T14:34:05+08:00");
    expect(article?._qingyue.source).toBe("青山商报");
    expect(paragraphs(article!).at(-1)).toBe("本次活动共发放宣传资料三千余份，现场解答市民咨询五百余人次，受到市民的欢迎。");
    for (const chrome of ["赏 分享", "查看评论", "隐藏边栏", "标签"]) expect(JSON.stringify(article)).not.toContain(chrome);
  });

  it("makes no posts of the sidebar's headlines and their counters", () => {
    expect(byKind(items, "post")).toEqual([]);
  });
});

describe("a provincial site's page: a breadcrumb set one step a line, a headline with its subtitle under it", () => {
  const text = [
    "省政府",
    "要闻",
    "政策",
    "服务",
    "互动",
    "首页",
    "> 要闻",
    "> 青山要闻",
    "青山品牌丝路行（南美站）正式启动",
    "成功举办中国（青山）－巴西双向经贸投资推介会",
    "时间：2019-09-18 06:23 来源： 青山日报",
    "打印 字体： 放大 正常 缩小 分享",
    "",
    "跨越千山万水，行程近两万公里，青山品牌丝路行首次登陆巴西，当地时间9月16日下午，推介会在巴西圣保罗举行，百余家企业参加。",
    "青山品牌丝路行主题为“走丝绸之路，促合作共赢”。南美站活动将先后在巴西、乌拉圭、阿根廷举行。",
    "扫一扫在手机打开当前页面",
    "领导动态",
  ].join("\n");
  const [article] = byKind(ingestText(text).items, "article");

  it("takes the headline, not its subtitle, and gives the subtitle as the story's summary", () => {
    expect(article?.title).toBe("青山品牌丝路行（南美站）正式启动");
    expect(article?.summary).toBe("成功举办中国（青山）－巴西双向经贸投资推介会");
    expect(article?._qingyue.source).toBe("青山日报");
    expect(paragraphs(article!)).toHaveLength(2);
  });
});

describe("a finance site's page: an icon font's glyph and a counter between the header and the story", () => {
  const text = [
    "上一篇 :",
    "今日股市行情分析--2021年8月19日",
    "下一篇 :",
    "没有了",
    "分享到",
    "当前位置：主页 > 股市消息 >",
    "最新出炉贸发报告：全年全球经济增长率降至2.3%",
    "发布时间： 2021-09-26 10:09:11",
    // U+E60E: the eye an icon font draws before the number of reads.
    "\uE60E4",
    "贸发会议发布了年度贸易和发展报告，即使忽略最坏的下行风险，全年全球经济增长率也将从3%降至2.3%，接近衰退的边缘。",
    "\uE602 \uE603 微信 微博",
  ].join("\n");
  const [article] = byKind(ingestText(text).items, "article");

  it("reads neither the glyph nor the counter as a subhead, nor the glyphs as text", () => {
    expect(article?.title).toBe("最新出炉贸发报告：全年全球经济增长率降至2.3%");
    expect(article?._qingyue.sections).toEqual([{ paragraphs: [expect.stringMatching(/^贸发会议发布了/u)] }]);
    expect(JSON.stringify(article)).not.toMatch(/[\uE000-\uF8FF]/u);
  });
});

describe("a trade magazine's page: a notice set in prose right over the headline", () => {
  const text = [
    "首页",
    "资讯",
    "技术",
    "社区",
    "杂志",
    "杂志声明",
    "本刊提供免费订阅，任何第三方平台的赠送或售卖行为均未获得本刊授权，本刊保留追究其法律责任的权利！",
    "广告",
    "青山发布新一代推理芯片：性能提升三倍",
    "时间：2021-09-25 作者：李明",
    "在今天的开发者大会上，青山科技发布了新一代云端推理芯片，这是该公司成立以来自主设计的第三款芯片产品。",
    "据介绍，新芯片采用自研架构，大幅减少了对内存的访问，在保证性能的同时降低了功耗，已在公司多个业务场景中使用。",
    "责编：Demi Xia",
  ].join("\n");
  const [article] = byKind(ingestText(text).items, "article");

  it("takes the headline under the notice, and starts the story under its header", () => {
    expect(article?.title).toBe("青山发布新一代推理芯片：性能提升三倍");
    expect(article?.date_published).toBe("2021-09-25T00:00:00+08:00");
    expect(paragraphs(article!)[0]).toMatch(/^在今天的开发者大会上/u);
    expect(JSON.stringify(article)).not.toContain("免费订阅");
  });
});
