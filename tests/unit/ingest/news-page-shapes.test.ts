// @vitest-environment node
// Chinese news pages in the shapes portals, government sites, WeChat and blogs give them:
// the headline, the date in China time, the author and source, and the story's paragraphs.
import { describe, expect, it } from "vitest";
import { NOT_AN_ARTICLE } from "../../../src/ingest/page-reasons";
import { readPage } from "../../../src/ingest/read-page";
import { paragraphs, HARVEST_STORY as STORY, htmlArticle as article, paragraphsHtml as ps } from "./helpers";

describe("a WeChat article page", async () => {
  const item = await article(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>秋收时节走进青山县</title></head><body id="activity-detail">
<div id="js_article" class="rich_media"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">
      秋收时节走进青山县
</h1>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_nickname"><a href="javascript:void(0);" id="js_name">青山县融媒体中心</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<section>${STORY.map((p) => `<p><span style="font-size:15px;">${p}</span></p>`).join("")}
<p><br></p><p><span style="font-size:12px;">来源：青山县农业农村局</span></p></section></div>
</div></div>
<script nonce="1">var nickname = "青山县融媒体中心";
var ct = "1569470400";
var publish_time = "2019-09-26" || "";</script>
</body></html>`);

  it("reads the story the page hides until its script shows it", () => {
    expect(item.title).toBe("秋收时节走进青山县");
    expect(paragraphs(item)).toEqual(STORY);
    expect(item._qingyue.source).toBe("青山县农业农村局");
  });

  it("has no author where it names none", () => {
    expect(item.authors).toBeUndefined();
  });

  it("names the account its script names as the publisher", () => {
    expect(item._qingyue.publisher).toBe("青山县融媒体中心");
  });

  it("takes the date from the instant its script holds, in China time", () => {
    expect(item.date_published).toBe("2019-09-26T12:00:00+08:00");
    expect(item._qingyue.date_precision).toBe("second");
  });

  it("takes the day its script prints when it gives no instant", async () => {
    const page = `<html><head><title>秋收</title></head><body><h1>秋收</h1><div id="js_content">${ps(STORY)}</div><script>var publish_time = "2019-09-26 12:11" || "";</script></body></html>`;
    expect((await article(page)).date_published).toBe("2019-09-26T12:11:00+08:00");
  });
});

describe("a hidden block", () => {
  it("stays out when it is a line or a list, even hidden by visibility alone", async () => {
    const item = await article(
      `<html><head><title>秋收</title></head><body><h1>秋收</h1><div class="content">${ps(STORY)}<div style="visibility:hidden">这段隐藏的文字不应出现。</div><div style="display:none">${ps(STORY.map((p) => p.replace("青山县", "白水县")))}</div></div></body></html>`,
    );
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("the line under a headline, with its counters and controls", () => {
  it("keeps a blog's word count and reads count out of the source", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>秋收 - 简书</title><meta name="author" content="书虫小王"></head><body>
<h1 class="title">秋收</h1>
<div class="author"><span class="name"><a href="/u/1">书虫小王</a></span><div class="meta"><span class="publish-time">2019.09.26 12:11:00</span><span class="wordage">字数 1234</span><span class="views-count">阅读 5678</span></div></div>
<div class="show-content">${ps(STORY)}</div></body></html>`);
    expect(item._qingyue.source).toBeUndefined();
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
    expect(item.authors).toEqual([{ name: "书虫小王" }]);
  });

  it("keeps a government page's font-size control out of the source", async () => {
    const item = await article(`<html><head><title>秋收_要闻_青山政府网</title></head><body>
<div class="article-head"><h1>秋收</h1></div>
<div class="attr">日期：2019-09-26  来源：县农业农村局  【字体：大 中 小】 【打印】</div>
<div class="article-content" id="zoom">${ps(STORY)}</div></body></html>`);
    expect(item._qingyue.source).toBe("县农业农村局");
    expect(item.date_published).toBe("2019-09-26T00:00:00+08:00");
  });
});

describe("the story's credit line", () => {
  const page = (header: string, top: string, end = "") =>
    `<html><head><title>秋收_青山新闻网</title></head><body><h1>秋收</h1>${header}<div class="article">${top}${ps(STORY)}${end}</div></body></html>`;

  it("names the reporter of \"（记者 王小明 通讯员 赵刚）\" as the author, not the correspondent", async () => {
    const item = await article(page("", "<p>（记者 王小明 通讯员 赵刚）</p>"));
    expect(item.authors).toEqual([{ name: "王小明" }]);
    expect(item._qingyue.byline).toEqual({ text: "（记者 王小明 通讯员 赵刚）", writers: ["王小明", "赵刚"] });
    expect(paragraphs(item)).toEqual(STORY);
  });

  it.each([
    ["（新华社记者 张三 李四）", ["张三", "李四"]],
    ["（央视记者 张三）", ["张三"]],
    ["本站讯（职工通讯员 李琴雯 刘会）为深入推进党建与业务工作紧密结合，医院举办技能大赛。", ["李琴雯", "刘会"]],
  ])("names the writers of \"%s\"", async (line, names) => {
    expect((await article(page("", `<p>${line}</p>`))).authors).toEqual(names.map((name) => ({ name })));
  });

  it("names the correspondent of \"（通讯员 赵刚）\" when no reporter is credited", async () => {
    expect((await article(page("", "<p>（通讯员 赵刚）</p>"))).authors).toEqual([{ name: "赵刚" }]);
  });

  it("names the writer of \"文/陈晓\" as the author", async () => {
    const item = await article(page("", "<p>文/陈晓</p>"));
    expect(item.authors).toEqual([{ name: "陈晓" }]);
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("reads a photo credit \"记者 王小明 通讯员 赵刚 摄\" under a header's 记者 line without making authors of 通讯员 and 摄", async () => {
    const item = await article(
      page('<div class="sub-info"><span>2019-09-23 10:05</span> <span>来源：青山日报</span> <span>记者 王小明</span></div>', "", "<p>记者 王小明 通讯员 赵刚 摄</p>"),
    );
    expect(item.authors).toEqual([{ name: "王小明" }]);
    expect(item._qingyue.byline?.text).toBe("记者 王小明");
    expect(item._qingyue.source).toBe("青山日报");
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("a portal's source and author lines", () => {
  const page = (head: string, header: string) =>
    `<html><head><meta charset="utf-8"><title>秋收_新闻_示例网</title>${head}</head><body><h1>秋收</h1>${header}<div class="post_body">${ps(STORY)}</div></body></html>`;

  it("keeps a 举报 link after the source out of it", async () => {
    const item = await article(page("", '<div class="post_info">2019-09-26 11:05:00　来源: <a href="#">新华网</a> <a class="post_jubao">举报</a></div>'));
    expect(item._qingyue.source).toBe("新华网");
  });

  it("reads \"澎湃新闻记者 张三\" as the reporter", async () => {
    const item = await article(page("", '<div class="news_about"><p>澎湃新闻记者 张三</p><p>2019-09-26 11:05 来源：澎湃新闻</p></div>'));
    expect(item.authors).toEqual([{ name: "张三" }]);
    expect(item._qingyue.source).toBe("澎湃新闻");
  });

  it("takes no login (kf_fm) for an author, and the metadata's source without its 来源 label", async () => {
    const item = await article(page('<meta name="author" content="kf_fm"><meta name="source" content="来源：新华网">', ""));
    expect(item.authors).toBeUndefined();
    expect(item._qingyue.source).toBe("新华网");
  });

  it("still takes a real name from the metadata", async () => {
    expect((await article(page('<meta name="author" content="Jane Smith">', ""))).authors).toEqual([{ name: "Jane Smith" }]);
    expect((await article(page('<meta name="author" content="陈晓">', ""))).authors).toEqual([{ name: "陈晓" }]);
  });
});

describe("a gallery page (图集): pictures with their captions, and no paragraphs", () => {
  const caption = (n: number, text: string) =>
    `<div class="pic"><img src="https://img.example.cn/p/${n}.jpg" width="800" height="533"><p class="caption">${text}</p></div>`;
  const captions = [
    "9月25日，东河镇农民在稻田里收割晚稻，金黄的稻田一望无际。青山网记者 李华 摄",
    "9月25日，收割机在南岭乡的稻田里作业，稻谷脱粒后直接装车。青山网记者 李华 摄",
    "9月25日，村民在晒谷场上翻晒稻谷，预计今年晚稻产量比去年增长。青山网记者 李华 摄",
  ];

  it("is an article of its pictures, each with its caption", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>组图：青山县秋收图景_图片频道_青山网</title></head><body>
<nav><a href="/">首页</a><a href="/pic/">图片</a></nav><h1>组图：青山县秋收图景</h1>
<div class="info">2019-09-26 12:11 来源：青山网</div>
<div class="pics">${captions.map((c, i) => caption(i + 1, c)).join("")}</div></body></html>`);
    expect(item.title).toBe("组图：青山县秋收图景");
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
    const figures = item._qingyue.sections.flatMap((s) => s.figures ?? []);
    expect(figures.map((f) => [f.url, f.caption])).toEqual(captions.map((c, i) => [`https://img.example.cn/p/${i + 1}.jpg`, c]));
  });
});

describe("a picture channel's list page", () => {
  it("is named a list, not read as an article of its linked headlines", async () => {
    const entry = (n: number, title: string) =>
      `<li><a href="/a/${n}.html"><img src="https://img.example.cn/p/${n}.jpg" width="300" height="200"></a><p><a href="/a/${n}.html">${title}</a></p><span>2019-09-2${n}</span></li>`;
    const titles = ["9月25日，东河镇农民在稻田里收割晚稻，金黄的稻田一望无际", "9月25日，收割机在南岭乡的稻田里作业，稻谷脱粒后直接装车", "9月25日，村民在晒谷场上翻晒稻谷，预计今年晚稻产量增长", "9月24日，青山县举行农民丰收节，村民们载歌载舞庆祝丰收"];
    const page = `<html><head><meta charset="utf-8"><title>图片新闻_青山网</title></head><body><h1>图片新闻</h1><ul class="piclist">${titles.map((t, i) => entry(i + 1, t)).join("")}</ul></body></html>`;
    expect(await readPage({ kind: "html", text: page, baseUrl: "" })).toEqual({ reason: NOT_AN_ARTICLE });
  });
});

describe("more lines around the story", () => {
  it("names the reporter credited in the story's first sentence, and keeps the sentence whole", async () => {
    const lead = "本报讯（记者 王小明 通讯员 赵刚）9月23日，青山县首届中国农民丰收节在东河镇开幕，来自全县各乡镇的两千多名农民群众参加了活动。";
    const item = await article(`<html><head><title>丰收节开幕_青山新闻网</title></head><body><h1>丰收节开幕</h1><div class="info">2019-09-23 10:05 来源：青山日报</div>
<div class="content"><p>\u3000\u3000${lead}</p>${ps(STORY)}<p>（责编：周丽）</p></div></body></html>`);
    expect(item.authors).toEqual([{ name: "王小明" }]);
    expect(paragraphs(item)).toEqual([lead, ...STORY]);
    expect(item._qingyue.byline).toEqual({ text: "（责编：周丽）", editors: ["周丽"] });
  });

  it("reads a bracketed 发布时间 and 来源 line without its brackets", async () => {
    const item = await article(`<html><head><title>秋收_青山县人民政府</title></head><body><table><tr><td class="title">秋粮收购工作会议</td></tr>
<tr><td class="time">【发布时间：2019年9月26日 12:11】【来源：县粮食局】【字号：大 中 小】</td></tr><tr><td id="zoom"><div class="TRS_Editor">${ps(STORY)}</div></td></tr></table></body></html>`);
    expect(item._qingyue.source).toBe("县粮食局");
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
    const own = await article(`<html><head><title>秋收_游戏网</title></head><body><h1>秋粮收购工作会议</h1><div class="info">2019-09-26 来源：示例网[整理]</div><div class="content">${ps(STORY)}</div></body></html>`);
    expect(own._qingyue.source).toBe("示例网[整理]");
  });

  it("leaves out a comment list under a 网友评论 heading, whatever its block is named, and the comments' times", async () => {
    const comments = [
      "太好了，以后在家门口就能看到丰收节了，希望能多办一些适合孩子参加的活动，孩子们放学后也有个好去处。",
      "我们村什么时候也能办一个？离镇上太远了，老人和孩子去看都不方便，希望县里能考虑一下偏远的村子。",
      "丰收节办起来只是第一步，关键是要让农民真正得实惠，希望不要办成了走过场的形式，那就太可惜了。",
      "支持！农业是根本，农村更需要关注，希望每年都能办下去，让大家都知道种粮的辛苦，懂得珍惜粮食。",
    ];
    const item = await article(`<html><head><title>丰收节开幕_青山新闻网</title></head><body><h1>丰收节开幕</h1><div class="info"><span id="pubtime">2019-09-26 12:11</span> <span>来源：青山日报</span></div>
<div class="content">${ps(STORY)}</div>
<div class="pl-box"><h3>网友评论</h3><ul>${comments.map((c, i) => `<li><span class="user">网友${i}</span><p>${c}</p><span>2019-09-26 1${i + 3}:40</span></li>`).join("")}</ul></div></body></html>`);
    expect(paragraphs(item)).toEqual(STORY);
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
  });
});

describe("portals and blogs that print less", () => {
  it("leaves a 返回搜狐，查看更多 link and an empty 责任编辑： line out of the story", async () => {
    const item = await article(`<html><head><title>秋收_农民</title><meta property="og:release_date" content="2019-09-26 12:11"></head><body>
<div class="text-title"><h1>秋收</h1><div class="article-info"><span class="time">2019-09-26 12:11</span><span>来源: <a href="#">青山发布</a></span></div></div>
<article class="article" id="mp-editor">${ps(STORY)}<p><a href="//www.sohu.com/?strategyid=00001" title="点击进入搜狐首页" id="backsohucom">返回搜狐，查看更多</a></p><p data-role="editor-name">责任编辑：<span></span></p></article></body></html>`);
    expect(paragraphs(item)).toEqual(STORY);
    expect(item._qingyue.byline).toBeUndefined();
  });

  it("takes the date from the page's data in its script when the markup prints none", async () => {
    const item = await article(`<html><head><title>秋收_腾讯新闻</title></head><body><h1>秋收</h1><div class="content-article">${ps(STORY)}</div>
<script>window.DATA = {"article_id":"20190926A0ABCD00","media":"青山发布","pubtime":"2019-09-26 12:11:00"}</script></body></html>`);
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
  });

  it("takes the date printed in <span id=\"pubtime\"> under the story, in a block that is otherwise chrome", async () => {
    const item = await article(`<html><head><title>秋收_青山新闻网</title></head><body><h1>秋收</h1><div class="content">${ps(STORY)}</div>
<div class="foot-info"><span id="pubtime">2019-09-26 12:11</span> <span>编辑：李娜</span></div></body></html>`);
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
  });

  it("takes no date from a list of other stories' times", async () => {
    const item = await article(`<html><head><title>青山县秋收时节_青山新闻网</title></head><body><ul class="latest"><li><a href="/a/1">南岭乡修复古桥</a><span class="news-time">2019-09-20 08:00</span></li></ul>
<h1>青山县秋收时节</h1><div class="content">${ps(STORY)}</div></body></html>`);
    expect(item.date_published).toBeUndefined();
  });

  it("names the writer linked to their page beside the date as the author, not as the source", async () => {
    const item = await article(`<html><head><title>无人机生意-36氪</title></head><body><div class="kr-header"><a href="/">36氪</a> <a href="/user/login">登录</a></div>
<h1 class="article-title">无人机生意</h1><div class="article-title-icon"><a class="title-icon-item item-a" href="/user/5713">王小明</a><span class="title-icon-item item-time">·2019-09-26 12:11</span></div>
<div class="content articleDetailContent">${ps(STORY)}</div></body></html>`);
    expect(item.authors).toEqual([{ name: "王小明" }]);
    expect(item._qingyue.source).toBeUndefined();
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
  });

  it("but a platform account's page (/c/user/token/…/) names the account, the story's source", async () => {
    const item = await article(`<html><head><title>无人机生意 - 今日头条</title></head><body><h1>无人机生意</h1>
<div class="article-meta"><span class="time">2019-09-26 12:11</span><span class="name"><a href="/c/user/token/MS4wLjABAAAA/">青山农业观察</a></span></div>
<article class="syl-article-base">${ps(STORY)}</article></body></html>`);
    expect(item._qingyue.source).toBe("青山农业观察");
    expect(item.authors).toBeUndefined();
  });
});

describe("a short story beside a column of headlines with summaries", () => {
  it("is the story alone, not the column's headlines as subheads", async () => {
    const story = ["青山县文化和旅游局26日介绍，全县新建的三座乡村图书馆已完成主体施工，预计今年年底前全部向村民开放。", "每座图书馆藏书五千册，设有儿童阅读区和自习区。"];
    const side = [
      ["青山县启动秋粮收购", "今年全县秋粮收购价格稳中有升，农民售粮积极性高。收储企业敞开收购。"],
      ["南岭乡修复古桥", "这座有三百年历史的石拱桥经过修缮，重新向行人开放。村民们拍手称好。"],
      ["东河镇举办农民运动会", "来自全镇的两百多名农民参加了拔河、挑担等比赛。现场气氛热烈。"],
      ["县医院新大楼投入使用", "新大楼设有床位五百张，将大大缓解群众住院难的问题。医护人员已全部到位。"],
    ];
    const item = await article(`<html><head><title>图书馆开放_青山新闻网</title></head><body><div class="wrap"><div class="main"><h1>图书馆开放</h1><div class="info">2019-09-26 12:11 来源：青山日报</div>
<div class="content">${ps(story)}</div></div>
<div class="right"><div class="box"><div class="box-title">要闻</div>${side.map(([h, p], i) => `<div class="item"><a href="/a/${i}.html">${h}</a><p>${p}</p></div>`).join("")}</div></div></div></body></html>`);
    expect(paragraphs(item)).toEqual(story);
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
  });
});

describe("a WeChat article written in <section>s", async () => {
  const item = await article(`<html><head><title>秋收时节走进青山县</title></head><body><h1 class="rich_media_title" id="activity-name">秋收时节走进青山县</h1>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;"><section>
<section><span style="font-size:15px;">${STORY[0]}</span></section><section><br></section>
<section><span style="font-size:15px;">${STORY[1]}</span></section>
<section><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg" data-ratio="0.6667" data-w="1080"></section>
<section style="text-align:center;"><span style="font-size:12px;color:#888;">▲东河镇示范基地</span></section>
<section><span style="font-size:15px;">${STORY[2]}</span></section>
<section><span style="font-size:12px;color:#888;">文字｜李娜 图片｜王强</span></section>
</section></div><script>var ct = "1569470400";</script></body></html>`);

  it("keeps its pictures (class \"rich_pages\"), each with its caption", () => {
    expect(paragraphs(item)).toEqual(STORY);
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? [])).toEqual([
      expect.objectContaining({ before: 2, url: "https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg", caption: "▲东河镇示范基地" }),
    ]);
  });

  it("reads the credit line \"文字｜李娜 图片｜王强\": 李娜 wrote it", () => {
    expect(item._qingyue.byline).toEqual({ text: "文字｜李娜 图片｜王强", writers: ["李娜"] });
    expect(item.authors).toEqual([{ name: "李娜" }]);
  });
});

describe("the names in a credit", () => {
  const page = (header: string, top = "") =>
    `<html><head><title>秋收_青山新闻网</title></head><body><h1>秋收</h1>${header}<div class="article">${top}${ps(STORY)}</div></body></html>`;

  it.each([
    ["记者：张三 实习生 李四", ["张三", "李四"]],
    ["2019-09-26 作者：张三 / 摄影：李四", ["张三"]],
    ["本报记者 王小明 张丽 报道", ["王小明", "张丽"]],
    ["记者 王小明摄", ["王小明"]],
  ])("under the headline, \"%s\" names %j", async (line, names) => {
    const item = await article(page(`<div class="info">${line}</div>`));
    expect(item.authors).toEqual(names.map((name) => ({ name })));
  });

  it("over the story, \"文/图 李华\" names 李华", async () => {
    expect((await article(page("", "<p>文/图 李华</p>"))).authors).toEqual([{ name: "李华" }]);
  });
});

describe("a government portal's article", async () => {
  const item = await article(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>部署秋粮收购工作_滚动新闻_中国政府网</title></head><body>
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/xinwen/">新闻</a> &gt; <a href="/xinwen/gundong.htm">滚动新闻</a></div>
<div class="article oneColumn pub_border"><h1>部署秋粮收购工作</h1>
<div class="pages-date">2019-09-26 12:11 <span class="font">来源： 新华社</span> <span class="font index_switchsize">【字体：<span>大</span><span>中</span><span>小</span>】</span></div>
<div class="pages_content" id="UCAP-CONTENT">${ps(STORY)}</div>
<div class="editor">【我要纠错】 责任编辑：张三</div></div></body></html>`);

  it("reads the date and source in its \"pages-date\" line, which is no pager", () => {
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
    expect(item._qingyue.source).toBe("新华社");
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("reads the editor line without its 【我要纠错】 button", () => {
    expect(item._qingyue.byline).toEqual({ text: "责任编辑：张三", editors: ["张三"] });
  });
});

describe("a story in a block whose class names read like chrome", () => {
  it.each(["relative overflow-hidden", "wrap hide-scrollbar", "news_txt index_side__x"])("class=\"%s\" still holds the story", async (names) => {
    const item = await article(`<html><head><title>秋收_澎湃新闻</title></head><body><h1>秋收</h1><div class="${names}"><div>${ps(STORY)}</div></div><div class="side"><p>侧栏</p></div></body></html>`);
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("a footer's statement of sentences stays out", async () => {
    const statement = ["本网站所载内容均为青山新闻网原创，版权归青山新闻网所有。", "未经书面授权，任何单位和个人均不得使用。", "联系电话：0000-1234567。", "地址：青山县人民路一号。"];
    const item = await article(`<html><head><title>秋收_青山新闻网</title></head><body><h1>秋收</h1><div class="main">${ps(STORY.slice(0, 2))}</div><div class="foot">${ps(statement)}</div></body></html>`);
    expect(paragraphs(item)).toEqual(STORY.slice(0, 2));
  });

  it("a side column, a menu and a hidden block stay out", async () => {
    const item = await article(`<html><head><title>秋收_澎湃新闻</title></head><body><h1>秋收</h1><div class="main">${ps(STORY)}</div>
<div class="side"><a href="/1">青山县启动秋粮收购</a><a href="/2">南岭乡修复古桥</a><a href="/3">东河镇举办农民运动会</a></div>
<div class="hidden">${ps(STORY.map((p) => p.replace("青山县", "白水县")))}</div></body></html>`);
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("an editor line with the portal's code for its editor", () => {
  it.each(["责任编辑：张三_NN1234", "责任编辑：张三 SN225"])("\"%s\" names 张三", async (line) => {
    const item = await article(`<html><head><title>秋收_示例新闻</title></head><body><h1>秋收</h1><div class="post_body">${ps(STORY)}<p class="article-editor">${line}</p></div></body></html>`);
    expect(item._qingyue.byline?.editors).toEqual(["张三"]);
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("a code standing alone (\"（责任编辑： HN666）\") is the editor as the page names them", async () => {
    const item = await article(`<html><head><title>秋收_示例新闻</title></head><body><h1>秋收</h1><div class="art_contextBox">${ps(STORY)}<p>（责任编辑： HN666）</p></div></body></html>`);
    expect(item._qingyue.byline).toEqual({ text: "（责任编辑： HN666）", editors: ["HN666"] });
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("a credit that names no one", () => {
  it.each(["作者：佚名 来源：青山日报", "2019-09-26 作者：未知", "来源：本站 作者：管理员", "作者：网络 2019-09-26"])("\"%s\" gives no author", async (line) => {
    const item = await article(`<html><head><title>青山县秋收时节_青山新闻网</title></head><body><h1>青山县秋收时节</h1><div class="info">${line}</div><div class="content">${ps(STORY)}</div></body></html>`);
    expect(item.authors).toBeUndefined();
  });

  it("nor does <meta name=\"author\" content=\"佚名\">", async () => {
    const item = await article(`<html><head><title>青山县秋收时节_青山新闻网</title><meta name="author" content="佚名"></head><body><h1>青山县秋收时节</h1><div class="content">${ps(STORY)}</div></body></html>`);
    expect(item.authors).toBeUndefined();
  });
});

describe("a site whose <title> is its own name on every page", () => {
  it("takes the heading over the story as the headline, not the masthead repeating the <title>", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县人民政府</title></head><body>
<div class="top"><h1 class="logo">青山县人民政府</h1></div><div class="lm"><h2>工作动态</h2></div>
<div class="detail"><div class="detail-title">县政府召开秋粮收购工作会议</div><div class="detail-info">发布时间：2019-09-26 12:11\u3000来源：县粮食局</div>
<div class="detail-con">${ps(STORY)}</div></div></body></html>`);
    expect(item.title).toBe("县政府召开秋粮收购工作会议");
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
    expect(item._qingyue.source).toBe("县粮食局");
  });
});

describe("what a portal sets under the story, inside its block", () => {
  const page = (tail: string) =>
    `<html><head><title>青山县秋收时节_青山新闻网</title></head><body><h1>青山县秋收时节</h1><div class="content">${ps(STORY)}${tail}</div></body></html>`;
  const links = ["青山县启动秋粮收购工作", "南岭乡修复三百年古桥", "东河镇举办农民运动会"].map((t, i) => [t, `/a/${i}.html`] as const);

  it.each([
    ["a list", `<ul>${links.map(([t, u]) => `<li><a href="${u}">${t}</a></li>`).join("")}</ul>`],
    ["paragraphs", links.map(([t, u]) => `<p><a href="${u}">${t}</a></p>`).join("")],
  ])("leaves out headlines linking to other stories, set as %s", async (_, tail) => {
    expect(paragraphs(await article(page(tail)))).toEqual(STORY);
  });

  it("keeps the linked files a story announces (附件：)", async () => {
    const item = await article(page(`<p>附件：</p><p><a href="/f/1.doc">1.秋粮收购实施方案</a></p><p><a href="/f/2.xls">2.收购网点一览表</a></p>`));
    expect(paragraphs(item).slice(3)).toEqual(["附件：", "1.秋粮收购实施方案", "2.收购网点一览表"]);
  });

  it("leaves out a reprint disclaimer and a pointer to a special page, and reads \"（本文来源：…）\"", async () => {
    const item = await article(page("<p>（本文来源：青山日报）</p><p>点击进入专题：<a href=\"/zt/\">青山秋收</a></p><p>声明：本文转载自青山日报，如有侵权请联系删除。</p>"));
    expect(paragraphs(item)).toEqual(STORY);
    expect(item._qingyue.source).toBe("青山日报");
  });
});

describe("replies under the story with no heading", () => {
  it("are left out, by the name of their block", async () => {
    const replies = [
      "太好了，以后在家门口就能看到丰收节了，希望能多办一些适合孩子参加的活动，孩子们放学后也有个好去处，这样的活动越多越好。",
      "我们村什么时候也能办一个？离镇上太远了，老人和孩子去看都不方便，希望县里能考虑一下偏远的村子，让大家都能参加进来。",
      "支持！农业是根本，农村更需要关注，希望每年都能办下去，让大家都知道种粮的辛苦，懂得珍惜粮食，也让孩子们了解农业。",
    ];
    const item = await article(`<html><head><title>青山县秋收时节_青山新闻网</title></head><body><h1>青山县秋收时节</h1><div class="content">${ps(STORY)}</div>
<div class="reply-list">${replies.map((r, i) => `<div class="item"><span>网友${i}</span><p>${r}</p></div>`).join("")}</div></body></html>`);
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("a date and source line away from the headline", () => {
  const page = (body: string) => `<html><head><title>青山县秋收时节_青山新闻网</title></head><body>${body}</body></html>`;

  it("is read above the headline", async () => {
    const item = await article(page(`<div class="crumb"><a href="/">首页</a> &gt; <a href="/n/">新闻</a></div><div class="info">2019-09-26 12:11 来源：青山日报</div><h1>青山县秋收时节</h1><div class="content">${ps(STORY)}</div>`));
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
    expect(item._qingyue.source).toBe("青山日报");
  });

  it("is read under the story, with its writer", async () => {
    const item = await article(page(`<h1>青山县秋收时节</h1><div class="content">${ps(STORY)}</div><div class="info">2019-09-26 12:11 来源：青山日报 作者：王小明</div>`));
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
    expect(item._qingyue.source).toBe("青山日报");
    expect(item.authors).toEqual([{ name: "王小明" }]);
  });

  it("but a bare date over the headline (the day the page was viewed) is not the story's", async () => {
    const item = await article(page(`<div class="top">2024年5月1日 星期三</div><h1>青山县秋收时节</h1><div class="content">${ps(STORY)}</div>`));
    expect(item.date_published).toBeUndefined();
  });
});

describe("the credit lines closing a WeChat article", () => {
  const page = (tail: string) => `<html><head><title>青山县秋收时节</title></head><body><h1>青山县秋收时节</h1><div id="js_content">${ps(STORY)}${tail}</div></body></html>`;

  it("reads \"来源 | 青山日报\" as the source", async () => {
    const item = await article(page("<p>来源 | 青山日报</p>"));
    expect(item._qingyue.source).toBe("青山日报");
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("reads the editor and the reviewer on lines of their own as one byline", async () => {
    const item = await article(page("<p>来源：青山日报</p><p>编辑：张三</p><p>审核：李四</p>"));
    expect(item._qingyue.byline).toEqual({ text: "编辑：张三 审核：李四", editors: ["张三"] });
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("a video's page", () => {
  it("is an article of the words about the video, which it plays, and not the ad's video", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县秋收现场_视频_青山网</title></head><body>
<h1>青山县秋收现场</h1><div class="info">2019年09月26日 12:11 来源：青山网</div>
<div class="video-box"><video src="https://v.example.cn/a.mp4" poster="https://p.example.cn/a.jpg" controls>您的浏览器不支持视频播放</video>
<p class="desc">九月下旬，青山县的稻田进入收割期，农民们抢抓晴好天气收割晚稻。</p></div>
<div class="ad"><video src="https://ad.example.cn/ad.mp4" autoplay></video></div></body></html>`);
    expect(item.title).toBe("青山县秋收现场");
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
    expect(paragraphs(item)).toEqual(["九月下旬，青山县的稻田进入收割期，农民们抢抓晴好天气收割晚稻。"]);
    expect(item.attachments).toEqual([{ url: "https://v.example.cn/a.mp4", mime_type: "video/mp4", _qingyue: { poster: "https://p.example.cn/a.jpg" } }]);
  });

  it("plays the file a browser plays as a video, its address read against the page", async () => {
    const result = await readPage({
      kind: "html",
      text: `<html><head><title>青山县秋收现场_视频_青山网</title></head><body><h1>青山县秋收现场</h1><div class="player"><video controls><source src="/v/a.m3u8" type="application/x-mpegURL"><source src="/v/a.mp4" type="video/mp4"></video></div>
<div class="content">${ps(STORY)}</div></body></html>`,
      baseUrl: "",
      externalUrl: "https://www.example.cn/v/2019/0926/1.html",
    });
    if ("reason" in result) throw new Error(result.reason);
    expect(result.items[0]?.item.attachments).toEqual([{ url: "https://www.example.cn/v/a.mp4", mime_type: "video/mp4" }]);
  });
});

describe("a date the metadata gives as an instant", () => {
  it.each(["1569470400", "1569470400000"])("<meta name=\"publishdate\" content=\"%s\"> is 2019-09-26 12:00 in China", async (instant) => {
    const item = await article(`<html><head><title>青山县秋收时节_青山新闻网</title><meta name="publishdate" content="${instant}"></head><body><h1>青山县秋收时节</h1><div class="content">${ps(STORY)}</div></body></html>`);
    expect(item.date_published).toBe("2019-09-26T12:00:00+08:00");
  });
});

describe("a line saying where a chart's figures came from", () => {
  it("is the story's line, not its source", async () => {
    const item = await article(`<html><head><title>青山县秋收时节_青山新闻网</title></head><body><h1>青山县秋收时节</h1><div class="info">2019-09-26 来源：青山日报</div>
<div class="content">${ps(STORY)}<p>数据来源：县统计局</p></div></body></html>`);
    expect(paragraphs(item).at(-1)).toBe("数据来源：县统计局");
    expect(item._qingyue.source).toBe("青山日报");
    const bare = await article(`<html><head><title>青山县秋收时节_青山新闻网</title></head><body><h1>青山县秋收时节</h1><div class="content">${ps(STORY)}<p>图片来源：县农业农村局</p></div></body></html>`);
    expect(bare._qingyue.source).toBeUndefined();
  });
});

describe("a date set in elements of its own over the headline", () => {
  it("\"2019 09/26 11:05:00\" is read, with the source beside it", async () => {
    const item = await article(`<html><head><title>青山县秋收时节-新华网</title></head><body><div class="header"><div class="header-time left"><span class="year"><em> 2019</em></span><span class="day"><em> 09</em>/<em>26</em></span><span class="time"> 11:05:00</span></div>
<div class="source">来源：新华网</div><h1><span class="title">青山县秋收时节</span></h1></div><div id="detail">${ps(STORY)}</div></body></html>`);
    expect(item.date_published).toBe("2019-09-26T11:05:00+08:00");
    expect(item._qingyue.source).toBe("新华网");
  });
});

describe("the writer printed by name alone under the headline", () => {
  it.each([
    ['<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">李娜</span><span class="rich_media_meta rich_media_meta_nickname"><a href="javascript:void(0);" id="js_name">青山县融媒体中心</a></span></div>', "李娜"],
    ['<div class="author-txt"><p class="author-name">青山农业观察</p><span class="date">发布时间：09-26 12:11</span></div>', "青山农业观察"],
  ])("%s names %s", async (header, name) => {
    const item = await article(`<html><head><title>青山县秋收时节</title></head><body><h1>青山县秋收时节</h1>${header}<div class="article-content">${ps(STORY)}</div></body></html>`);
    expect(item.authors).toEqual([{ name }]);
  });

  it("but a class named author holding a rank names no one", async () => {
    const item = await article(`<html><head><title>青山县秋收时节</title></head><body><h1>青山县秋收时节</h1><span class="author">本报记者</span><div class="article-content">${ps(STORY)}</div></body></html>`);
    expect(item.authors).toBeUndefined();
  });
});

describe("a 相关阅读 box inside the story", () => {
  const more = "县农业农村局还表示，将继续做好秋粮收购的服务工作，确保农民种粮收益稳定增长，不让一粒粮食烂在地里。";
  const page = (content: string) => `<html><head><title>青山县秋收时节_青山新闻网</title></head><body><h1>青山县秋收时节</h1><div class="content">${content}</div></body></html>`;
  const box = '<div class="box"><p><strong>相关阅读：</strong></p><p><a href="/a/1.html">青山县启动秋粮收购工作</a></p><p><a href="/a/2.html">南岭乡修复三百年古桥</a></p></div>';

  it("does not end it: the story goes on under the box", async () => {
    const item = await article(page(`${ps(STORY.slice(0, 2))}${box}${ps([STORY[2] as string, more])}`));
    expect(paragraphs(item)).toEqual([...STORY, more]);
  });

  it("but a related list with summaries under the story does", async () => {
    const item = await article(page(`${ps([...STORY, more])}<p>相关新闻</p><p><a href="/a/1.html">青山县启动秋粮收购工作</a></p><p>今年全县秋粮收购价格稳中有升，农民售粮积极性很高，收储企业已经敞开收购。</p><p><a href="/a/2.html">南岭乡修复三百年古桥</a></p><p>这座有三百年历史的石拱桥经过修缮，重新向行人开放，村民们纷纷拍手称好。</p>`));
    expect(paragraphs(item)).toEqual([...STORY, more]);
  });
});
