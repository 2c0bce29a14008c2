// @vitest-environment node
// Chinese portal, government and newspaper pages as they are saved: a story split over pages,
// laid out in tables with <font>, its date and source line, its pictures and its footers.
import { describe, expect, it } from "vitest";
import type { ArticleItem } from "../../../src/content/feed-schema";
import { readPage } from "../../../src/ingest/read-page";
import { paragraphs, HARVEST_STORY as STORY } from "./helpers";

async function article(html: string, url = "https://news.example.cn/2019/0926/c1008.html"): Promise<ArticleItem> {
  const result = await readPage({ kind: "html", text: html, baseUrl: "", externalUrl: url });
  if ("reason" in result) throw new Error(result.reason);
  expect(result.items).toHaveLength(1);
  return result.items[0]?.item as ArticleItem;
}


const ps = (lines: readonly string[]) => lines.map((p) => `<p>\u3000\u3000${p}</p>`).join("\n");

const page = (inStory: string, after = "") => `<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收_新闻中心</title></head><body>
<div class="main"><h1>青山县晚稻喜获丰收</h1><div class="info">2019-09-26 12:11 来源：青山日报</div>
<div class="article-content">
${ps(STORY)}
${inStory}
</div>${after}</div></body></html>`;

describe("the pager of a story split over pages", () => {
  it.each([
    ["page numbers packed against 下一页", '<div class="page"><span>1</span><a href="a_2.html">2</a><a href="a_3.html">3</a><a href="a_2.html">下一页 &gt;</a></div>'],
    ["首页 上页 … 末页 with no space between", '<div class="pagebox"><a href="a.html">首页</a><a href="a.html">上页</a><a href="a.html">1</a><a href="a_2.html">2</a><a href="a_2.html">下页</a><a href="a_2.html">末页</a></div>'],
    ["bracketed numbers", '<div class="zdfy"><a href="a.html">【1】</a><a href="a_2.html">【2】</a><a href="a_2.html">【下一页】</a></div>'],
    ["the pages by their titles", '<p>本文共3页 <a href="a_2.html">第2页：收割机进村</a> <a href="a_3.html">第3页：烘干中心</a></p>'],
    ["a link to read it on one page", '<p><a href="a_2.html">下一页</a></p><p>\u3000\u3000<a href="a_all.html">单页阅读</a></p>'],
  ])("keeps %s out of the story", async (_, pager) => {
    const item = await article(page(pager));
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("keeps sentences that speak of pages", async () => {
    const item = await article(page("<p>\u3000\u3000第2页的内容更精彩。</p><p>\u3000\u3000下一页就是答案。</p>"));
    expect(paragraphs(item).slice(3)).toEqual(["第2页的内容更精彩。", "下一页就是答案。"]);
  });
});

describe("a government site's page laid out in a table", () => {
  it("leaves no brackets of its print and close links behind", async () => {
    const html = `<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收_青山县人民政府</title></head><body>
<table width="1000" align="center"><tr><td><a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bmdt/">部门动态</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td height="50" align="center" class="bt"><font color="#c00000" size="5"><b>青山县晚稻喜获丰收</b></font></td></tr>
<tr><td height="30" align="center" bgcolor="#f5f5f5"><font color="#666666">发布时间：2019-09-26 &nbsp;&nbsp;来源：县农业农村局&nbsp;&nbsp;浏览次数：<script>document.write(123)</script>&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</font></td></tr>
<tr><td id="zoom" class="content" style="font-size:14px;line-height:28px;"><font face="宋体" size="3">${ps(STORY)}</font></td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
<table><tr><td align="center">主办：青山县人民政府办公室 版权所有 备案号：湘ICP备12345678号</td></tr></table></body></html>`;
    const item = await article(html);
    expect(item.title).toBe("青山县晚稻喜获丰收");
    expect(item.date_published).toBe("2019-09-26T00:00:00+08:00");
    expect(item._qingyue.source).toBe("县农业农村局");
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("a newspaper's e-paper page", () => {
  const epaper = (list: string) => `<html><head><meta charset="utf-8"><title>青山日报数字报-青山县晚稻喜获丰收</title></head><body>
<table width="1000"><tr><td class="px12">第A01版：要闻</td></tr></table>
<table width="100%"><tr>${list === "left" ? LIST : ""}<td valign="top">
<table width="100%"><tr><td align="center" class="font01">晚稻喜获丰收</td></tr>
<tr><td align="center" class="font02"><founder-title>青山县晚稻喜获丰收</founder-title></td></tr>
<tr><td align="center" class="font6"><founder-author>本报记者 王小明</founder-author></td></tr>
<tr><td><div id="ozoom"><founder-content>${ps(STORY)}</founder-content></div></td></tr></table>
</td>${list === "right" ? LIST : ""}</tr></table></body></html>`;
  const LIST = '<td width="300" valign="top"><table><tr><td><a href="content_1.htm">青山县晚稻喜获丰收</a></td></tr><tr><td><a href="content_2.htm">白水县举办农民丰收节</a></td></tr><tr><td><a href="content_3.htm">东河镇新建烘干中心</a></td></tr></table></td>';

  it.each(["right", "left"])("reads the reporter under the headline, with the page's list of stories on the %s", async (side) => {
    const item = await article(epaper(side));
    expect(item.title).toBe("青山县晚稻喜获丰收");
    expect(item.authors).toEqual([{ name: "王小明" }]);
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("the lines under a story", () => {
  it("keeps the words it is filed under out of it", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收_澎湃新闻-The Paper</title></head><body>
<div class="newscontent"><h1 class="news_title">青山县晚稻喜获丰收</h1>
<div class="news_about"><p>澎湃新闻记者 王小明</p><p>2019-09-26 12:11 来源：澎湃新闻</p></div>
<div class="news_txt">${STORY.join("<br/><br/>")}<br/><br/></div>
<div class="news_editor">责任编辑：赵六</div><div class="news_keyword">关键词 &gt;&gt; 晚稻，丰收</div>
</div></body></html>`);
    expect(paragraphs(item)).toEqual(STORY);
    expect(item._qingyue.byline?.editors).toEqual(["赵六"]);
  });
});

describe("a picture page", () => {
  it("is a story told by the caption under its picture, the pager kept out", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收-中新网图片</title></head><body>
<div class="content"><h1>青山县晚稻喜获丰收</h1><div class="left-t">2019年09月26日 12:11\u3000来源：中国新闻网</div>
<div class="t3"><a href="1.shtml">上一页</a><span>1/3</span><a href="1_2.shtml">下一页</a></div>
<div id="cont_1_1_2"><a href="1_2.shtml"><img src="https://image.example.cn/big/2019/09-26/abc.jpg" alt="" border="0"></a></div>
<div class="t3" id="showtext"><p>\u3000\u30009月25日，青山县东河镇，农民驾驶收割机收割晚稻。当日，全县晚稻陆续开镰收割。 记者 王小明 摄</p></div>
<div class="page"><a href="1.shtml">上一页</a><a href="1.shtml">1</a><a href="1_2.shtml">2</a><a href="1_3.shtml">3</a><a href="1_2.shtml">下一页</a></div>
</div></body></html>`);
    expect(item.title).toBe("青山县晚稻喜获丰收");
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
    expect(item._qingyue.sections[0]?.figures?.map((f) => f.url)).toEqual(["https://image.example.cn/big/2019/09-26/abc.jpg"]);
    expect(paragraphs(item)).toEqual(["9月25日，青山县东河镇，农民驾驶收割机收割晚稻。当日，全县晚稻陆续开镰收割。 记者 王小明 摄"]);
  });
});

describe("a column's writer box", () => {
  it("names the writer, not the writer and the line under the name", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>秋收时节走进青山县 - 知乎</title></head><body>
<article class="Post-Main"><header class="Post-Header"><h1 class="Post-Title">秋收时节走进青山县</h1>
<div class="Post-Author"><div class="AuthorInfo"><a href="//www.zhihu.com/people/wang"><img class="Avatar" src="https://pic1.zhimg.com/a.jpg"></a><div class="AuthorInfo-content"><div class="AuthorInfo-head"><a class="UserLink-link" href="//www.zhihu.com/people/wang">王小明</a></div><div class="AuthorInfo-detail">农业工程师</div></div></div></div></header>
<div class="RichText ztext Post-RichText">${ps(STORY)}</div>
<div class="ContentItem-time">发布于 2019-09-26 12:11</div></article></body></html>`);
    expect(item.authors).toEqual([{ name: "王小明" }]);
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("the date and source line under the headline", () => {
  const under = (line: string) => `<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收_青山网</title></head><body><div class="wrap"><h1>青山县晚稻喜获丰收</h1><div class="info">${line}</div><div class="article-body">${ps(STORY)}</div></div></body></html>`;

  it("names the reporter of 作者：本报记者 王小明, and no 本报", async () => {
    const item = await article(under("作者：本报记者 王小明\u3000\u3000来源：青山日报\u3000\u3000发布时间：2019-09-26"));
    expect(item.authors).toEqual([{ name: "王小明" }]);
    expect(item._qingyue.source).toBe("青山日报");
  });

  it("gives no source where the line prints only the day, its weekday and its lunar date", async () => {
    const item = await article(under("2019年9月26日\u3000星期四\u3000农历八月廿八"));
    expect(item.date_published).toBe("2019-09-26T00:00:00+08:00");
    expect(item._qingyue.source).toBeUndefined();
  });

  it("keeps the photographer's credit out of the source", async () => {
    const item = await article(under("时间：2019-09-26 12:11 &nbsp; 来源：青山日报 &nbsp; 撰稿：王小明 &nbsp; 摄影：李华"));
    expect(item._qingyue.source).toBe("青山日报");
    expect(item.authors).toEqual([{ name: "王小明" }]);
  });
});

describe("the lines a portal prints at a story's end", () => {
  it.each([
    ["a prompt to open the page on a phone", "<p>扫一扫在手机打开当前页</p>"],
    ["a QR code's prompt", "<p>长按识别二维码关注我们</p>"],
    ["an app's prompt", "<p>下载青山日报客户端，看更多新闻</p>"],
    ["the address it was copied from", '<p>原文链接：<a href="http://www.qsrb.cn/a.html">http://www.qsrb.cn/a.html</a></p>'],
    ["the end mark", "<p>（完）</p>"],
    ["a link to more", "<p>点击查看更多&gt;&gt;</p>"],
  ])("keeps %s out of the story", async (_, line) => {
    expect(paragraphs(await article(page(line)))).toEqual(STORY);
  });

  it("keeps a sentence that speaks of a QR code", async () => {
    const line = "市民可以扫码预约，也可以到窗口现场办理。";
    expect(paragraphs(await article(page(`<p>\u3000\u3000${line}</p>`))).at(-1)).toBe(line);
  });

  it("reads the credits set in brackets side by side, and the three reviews", async () => {
    const editor = await article(page("<p>【责任编辑：王五】【来源：青山日报】</p>"));
    expect(editor._qingyue.byline?.editors).toEqual(["王五"]);
    expect(paragraphs(editor)).toEqual(STORY);
    const reviews = await article(page("<p>【一审：王五 二审：李四 三审：赵六】</p>"));
    expect(reviews._qingyue.byline?.text).toBe("【一审：王五 二审：李四 三审：赵六】");
    expect(paragraphs(reviews)).toEqual(STORY);
  });
});

describe("a portal's author tag", () => {
  it("names no author where it holds the outlet the story came from", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收|晚稻|丰收_新浪新闻</title><meta property="article:author" content="新华网"></head><body>
<div class="main-content"><h1 class="main-title">青山县晚稻喜获丰收</h1>
<div class="date-source"><span class="date">2019年09月26日 12:11</span><a href="#" class="source">新华网</a></div>
<div class="article" id="article">${ps(STORY)}<p class="article-editor">责任编辑：张三 </p></div></div></body></html>`);
    expect(item._qingyue.source).toBe("新华网");
    expect(item.authors).toBeUndefined();
    expect(item._qingyue.byline?.editors).toEqual(["张三"]);
  });
});

describe("lists of other stories under a story", () => {
  it.each([
    ["往期回顾 and its headlines", '<p><b>往期回顾</b></p><p><a href="/1.html">白水县举办农民丰收节</a></p><p><a href="/2.html">东河镇新建烘干中心</a></p>'],
    ["往期精彩 and one headline", '<p>往期精彩：</p><p><a href="/1.html">白水县举办农民丰收节</a></p>'],
    ["a link to the topic's page", '<p>相关专题：<a href="/zt/">2019农民丰收节</a></p>'],
  ])("keeps %s out of the story", async (_, list) => {
    expect(paragraphs(await article(page(list)))).toEqual(STORY);
  });

  it("gives the related headlines without the days printed after them", async () => {
    const item = await article(page('<p><strong>推荐阅读</strong></p><p><a href="/1.html">白水县举办农民丰收节（2019-09-20）</a></p><p><a href="/2.html">东河镇新建烘干中心 [09-21]</a></p>'));
    expect(item._qingyue.related?.map((r) => r.title)).toEqual(["白水县举办农民丰收节", "东河镇新建烘干中心"]);
  });

  it("gives the related headlines without the list's bullets", async () => {
    const item = await article(page('<p>【相关阅读】</p><p><a href="/1.html">·白水县举办农民丰收节</a></p><p><a href="/2.html">·东河镇新建烘干中心</a></p>'));
    expect(item._qingyue.related?.map((r) => r.title)).toEqual(["白水县举办农民丰收节", "东河镇新建烘干中心"]);
  });
});

describe("a headline set on two lines", () => {
  it("keeps a space where the line breaks", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收 全县预计增产百分之五_青山网</title></head><body><div class="wrap"><h1>青山县晚稻喜获丰收<br>全县预计增产百分之五</h1><div class="info">2019-09-26 12:11 来源：青山日报</div><div class="article-body">${ps(STORY)}</div></div></body></html>`);
    expect(item.title).toBe("青山县晚稻喜获丰收 全县预计增产百分之五");
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("a video page", () => {
  it("keeps what the player prints until it plays out of the story", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收_凤凰网视频_凤凰网</title></head><body>
<div class="videoBox"><h1 class="title">青山县晚稻喜获丰收</h1><div class="info"><span>2019-09-26 12:11:02</span><span>来源：青山日报</span></div>
<div class="player"><video src="https://v.example.cn/a.mp4" poster="https://img.example.cn/p.jpg"></video><div class="loading">视频加载中...</div><div class="ctrl">00:00 / 03:25</div>
<div>您的浏览器不支持播放此视频，请升级浏览器或安装Flash插件</div></div>
<div class="desc"><p>9月25日，青山县东河镇的十二万亩晚稻陆续开镰收割，农民们抢抓晴好天气，田间地头一片繁忙。</p></div></div></body></html>`);
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
    expect(paragraphs(item)).toEqual(["9月25日，青山县东河镇的十二万亩晚稻陆续开镰收割，农民们抢抓晴好天气，田间地头一片繁忙。"]);
    expect(item.attachments?.map((a) => a.url)).toEqual(["https://v.example.cn/a.mp4"]);
  });
});

describe("a story a tech site republishes", () => {
  const republished = (top: string, end: string) => `<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收-虎嗅网</title></head><body>
<div class="article-wrap"><h1 class="t-h1">青山县晚稻喜获丰收</h1><div class="meta"><span class="article-time">2019-09-26 12:11</span></div>
<div class="article-content-wrap">${top}${ps(STORY)}${end}</div></div></body></html>`;

  it("reads the account it came from and the writer out of the note over it", async () => {
    const item = await article(republished("<p>本文来自微信公众号：青山视界（ID：qsview），作者：王小明，题图来自：视觉中国</p>", ""));
    expect(paragraphs(item)).toEqual(STORY);
    expect(item._qingyue.source).toBe("青山视界");
    expect(item.authors).toEqual([{ name: "王小明" }]);
  });

  it("keeps the note, the site's disclaimer and its reprint notice under it out of the story", async () => {
    const item = await article(
      republished(
        "",
        "<p>本文由「青山视界」原创出品，作者：王小明，转载请联系授权。</p><p>*文章为作者独立观点，不代表虎嗅网立场<br>本文由 青山视界 授权 虎嗅网 发表，并经虎嗅网编辑。转载此文请于文首标明作者姓名，保持文章完整性（包括虎嗅注及其余作者身份信息），并请附上出处（虎嗅网）及本页链接。原文链接：https://www.huxiu.com/article/1.html 未按照规范转载者，虎嗅保留追究相应责任的权利</p>",
      ),
    );
    expect(paragraphs(item)).toEqual(STORY);
    expect(item._qingyue.source).toBe("青山视界");
    expect(item.authors).toEqual([{ name: "王小明" }]);
  });

  it("keeps a story that tells where it comes from in its own sentences", async () => {
    const line = "本文来自于作者的亲身经历，他在青山县生活了十年。";
    expect(paragraphs(await article(republished(`<p>${line}</p>`, ""))).at(0)).toBe(line);
  });
});

describe("a blog post's header", () => {
  it("names the writer of \"王小明 于 … 发布 阅读量 收藏\", with no source and no 原创 mark for a picture", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>Python读取GBK网页的三种方法_王小明的博客-CSDN博客</title></head><body>
<div class="article-header-box"><h1 class="title-article">Python读取GBK网页的三种方法</h1>
<div class="article-info-box"><div class="bar-content"><img class="article-type-img" src="https://csdnimg.cn/release/blogv2/dist/pc/img/original.png"><a class="follow-nickName" href="https://blog.csdn.net/wang">王小明</a><span class="time">于 2019-09-26 12:11:02 发布</span><span class="read-count">阅读量1.2k</span><a class="href-article-edit slide-toggle">收藏</a><span class="get-collection">12</span></div></div></div>
<div id="article_content" class="article_content"><div id="content_views"><p>很多老网站仍然使用GBK编码，直接用UTF-8读取会出现乱码，本文介绍三种读取方法。</p><p>最直接的办法是在读取时指定编码为GBK，这样中文就能正确显示。</p></div></div></body></html>`);
    expect(item.authors).toEqual([{ name: "王小明" }]);
    expect(item._qingyue.source).toBeUndefined();
    expect(item.date_published).toBe("2019-09-26T12:11:02+08:00");
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? [])).toEqual([]);
  });
});

describe("a month, a day and a time printed without a year", () => {
  it("takes the year from the page's metadata of that day, and the time as printed", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收</title><meta itemprop="dateUpdate" content="2019-10-08 12:00:57"></head><body>
<div class="article-title"><h2>青山县晚稻喜获丰收</h2></div>
<div class="author-txt"><p class="author-name">青山视界</p><div class="article-source"><span class="date">发布时间：10-08</span><span class="time">12:00</span></div></div>
<div class="article-content">${ps(STORY)}</div></body></html>`);
    expect(item.date_published).toBe("2019-10-08T12:00:00+08:00");
    expect(item._qingyue.date_precision).toBe("minute");
  });
});

describe("what follows a story in the same block", () => {
  const COMMENTS = Array.from({ length: 8 }, (_, k) => `<div class="item"><div class="u">网友${k + 1}</div><p>今年的收成确实不错，我们村的稻子也丰收了，希望价格能好一点，农民辛苦一年不容易。</p><div class="t">2019-09-26 13:0${k}</div></div>`).join("");
  const NEWS = Array.from({ length: 6 }, (_, k) => `<li><a href="/n${k}.html">白水县第${k + 1}届农民丰收节开幕</a><p>9月2${k}日，白水县第${k + 1}届农民丰收节在县城广场开幕，来自全县各乡镇的农民群众参加了活动。</p></li>`).join("");
  const wrap = (after: string) => `<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收_青山网</title></head><body><div class="wrap"><div class="l"><h1>青山县晚稻喜获丰收</h1><div class="info">2019-09-26 12:11 来源：青山日报</div><div class="text">${ps(STORY)}</div></div>${after}</div></body></html>`;

  it("ends at a comment list headed by its count", async () => {
    expect(paragraphs(await article(wrap(`<div class="box"><div class="hd">已有8条评论</div>${COMMENTS}</div>`)))).toEqual(STORY);
  });

  it("ends at the day's top stories with their summaries", async () => {
    expect(paragraphs(await article(wrap(`<div class="r"><h3>今日要闻</h3><ul>${NEWS}</ul></div>`)))).toEqual(STORY);
  });
});

describe("a government notice with its table of particulars", () => {
  const notice = (signature: string) => `<html><head><meta charset="utf-8"><title>农业农村部办公厅关于做好秋收工作的通知_政府信息公开_农业农村部</title></head><body>
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 通知公告</div>
<table class="xxgk_table"><tr><td>索引号：</td><td>000014349/2019-00123</td><td>主题分类：</td><td>农业</td></tr>
<tr><td>发文机关：</td><td>农业农村部办公厅</td><td>成文日期：</td><td>2019年09月20日</td></tr>
<tr><td>标\u3000\u3000题：</td><td colspan="3">农业农村部办公厅关于做好秋收工作的通知</td></tr>
<tr><td>发文字号：</td><td>农办农〔2019〕12号</td><td>发布日期：</td><td>2019年09月26日</td></tr></table>
<div class="content"><h1>农业农村部办公厅关于做好秋收工作的通知</h1>
<div class="TRS_Editor"><p>各省、自治区、直辖市农业农村（农牧）厅（局、委）：</p>
<p>\u3000\u3000当前，秋粮陆续进入收获期。为切实做好秋收工作，确保颗粒归仓，现将有关事项通知如下。</p>
<p>\u3000\u3000一、加强组织领导。各地要把秋收作为当前农业农村工作的重中之重，层层压实责任。</p>
<p>\u3000\u3000二、做好机具调度。各地要提前组织好农机具检修，及时发布作业信息，引导机具有序流动。</p>
<p style="text-align:right">农业农村部办公厅</p>${signature}</div></div>
<div class="editor">【我要纠错】 责任编辑：王五</div></body></html>`;

  it("is dated the day it was published, not the day it was signed", async () => {
    expect((await article(notice(""))).date_published).toBe("2019-09-26T00:00:00+08:00");
  });

  it("is not dated by the signature's day under its text", async () => {
    const item = await article(notice('<p style="text-align:right">2019年9月20日</p>'));
    expect(item.date_published).toBe("2019-09-26T00:00:00+08:00");
    expect(item._qingyue.byline?.editors).toEqual(["王五"]);
  });
});

describe("a video page whose player gives no file", () => {
  it.each([
    ["a box its script fills", '<div class="video_box"><div id="myFlash">您的浏览器不支持播放此视频，请升级浏览器或安装Flash插件</div></div>'],
    ["the site's own player in a frame", '<p style="text-align:center"><iframe src="https://player.qsnews.cn/embed.html?id=12345" allowfullscreen></iframe></p>'],
  ])("is a story of its words about the video, with %s", async (_, player) => {
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收_新闻频道_央视网(cctv.com)</title></head><body>
<div class="cnt_bd"><h1>青山县晚稻喜获丰收</h1><div class="function"><span class="info"><i>央视网</i> 2019年09月26日 19:31</span></div>
${player}
<p>\u3000\u3000央视网消息（新闻联播）：金秋九月，青山县十二万亩晚稻陆续开镰收割。</p>
<div class="bianji">编辑：王五 责任编辑：刘亮</div></div></body></html>`);
    expect(paragraphs(item)).toEqual(["央视网消息（新闻联播）：金秋九月，青山县十二万亩晚稻陆续开镰收割。"]);
    expect(item.date_published).toBe("2019-09-26T19:31:00+08:00");
    expect(item.attachments).toBeUndefined();
  });
});

describe("the <title>'s tail", () => {
  it("names no publisher where it is a channel", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收_新闻</title></head><body><h1>青山县晚稻喜获丰收</h1><div class="time">2019-09-26 12:11</div><div class="content">${ps(STORY)}</div></body></html>`);
    expect(item._qingyue.publisher).toBeUndefined();
  });
});

describe("a national paper's e-paper story", () => {
  it("is dated and sourced by the issue line under it", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收--人民日报</title></head><body>
<div class="list_l"><ul><li><a href="nw_1-01.htm">青山县晚稻喜获丰收</a></li><li><a href="nw_2-01.htm">白水县举办农民丰收节</a></li><li><a href="nw_3-01.htm">东河镇新建烘干中心</a></li></ul></div>
<div class="article"><h3>秋收时节</h3><h1>青山县晚稻喜获丰收</h1><h2>全县预计增产百分之五以上</h2><p class="sec">本报记者  王小明</p>
<div id="ozoom">${ps(STORY)}</div>
<div class="sha_left"><span>《 人民日报 》（ 2019年09月26日 01 版）</span></div></div></body></html>`);
    expect(item.date_published).toBe("2019-09-26T00:00:00+08:00");
    expect(item._qingyue.source).toBe("人民日报");
    expect(item.authors).toEqual([{ name: "王小明" }]);
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("reads the issue line closing the story's own block", async () => {
    const item = await article(page("<p>《 青山日报 》（ 2019年09月25日 第03版）</p>").replace('<div class="info">2019-09-26 12:11 来源：青山日报</div>', ""));
    expect(item.date_published).toBe("2019-09-25T00:00:00+08:00");
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("a date set in pieces under the headline", () => {
  it("reads the year, the day and the time, each in an element of its own, as one date", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收_腾讯新闻</title></head><body>
<div class="LEFT"><h1>青山县晚稻喜获丰收</h1>
<div class="content"><div class="left-stick-wp"><div class="year through"><span>2019</span></div><div class="md">09/26</div><div class="time">12:11</div></div>
<div class="content-article">${ps(STORY)}</div></div></div></body></html>`);
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("the reporter credited in the story's first sentence", () => {
  it.each([
    ["in square brackets after the outlet", "【环球网报道 记者 王小明】"],
    ["in brackets after the paper's name", "（青山日报记者 王小明）"],
    ["bare between 讯 and 报道", "本报讯 记者王小明 通讯员李华 报道："],
  ])("is the author, %s", async (_, credit) => {
    const item = await article(page("").replace(`<p>\u3000\u3000${STORY[0]}`, `<p>${credit}${STORY[0]}`));
    expect(item.authors).toEqual([{ name: "王小明" }]);
  });
});

describe("a picture its page loads late", () => {
  it.each([
    ["a forum's zoomfile over its none.gif", '<img src="https://www.qs.cn/static/image/common/none.gif" file="https://www.qs.cn/attachment/1.jpg" zoomfile="https://www.qs.cn/attachment/1_big.jpg">', "https://www.qs.cn/attachment/1_big.jpg"],
    ["echo.js's data-echo", '<img src="https://www.qs.cn/images/grey.gif" data-echo="https://img.qs.cn/2.jpg">', "https://img.qs.cn/2.jpg"],
    ["jQuery lazyload's original", '<img src="https://www.qs.cn/images/placeholder.png" original="https://img.qs.cn/3.jpg">', "https://img.qs.cn/3.jpg"],
    ["Taobao's data-ks-lazyload", '<img src="https://www.qs.cn/images/lazy.png" data-ks-lazyload="https://img.qs.cn/4.jpg">', "https://img.qs.cn/4.jpg"],
  ])("is shown from %s", async (_, img, url) => {
    const item = await article(page(`<p>${img}</p>`));
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.url)).toEqual([url]);
  });
});

describe("a short line under a picture", () => {
  it.each([
    ["after the picture in its paragraph", '<p><img src="https://img.qs.cn/1.jpg"><br>东河镇农民收割晚稻</p>'],
    ["saying again the picture's alt text", '<p><img src="https://img.qs.cn/1.jpg" alt="东河镇农民收割晚稻"></p><p><strong>东河镇农民收割晚稻</strong></p>'],
  ])("is its caption, not a subhead, %s", async (_, html) => {
    const item = await article(page(html));
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
    expect(item._qingyue.sections[0]?.figures?.map((f) => f.caption)).toEqual(["东河镇农民收割晚稻"]);
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("the lines over a story that are none of it", () => {
  it.each([
    ["an account's prompt to follow it", "<p>点击上方“青山日报”关注我们</p>"],
    ["a prompt with an arrow", "<p>↑点击上方蓝字关注</p>"],
    ["its reading time", "<p>本文约3000字，阅读需要8分钟</p>"],
    ["its reading time, estimated", "<p>全文共1234字，预计阅读时间4分钟</p>"],
    ["the font size controls", "<p>字号 + | -</p>"],
    ["the letter size controls", "<p>A+ A-</p>"],
    ["the read-aloud control", "<p>听新闻</p>"],
  ])("keeps %s out", async (_, line) => {
    const item = await article(page("").replace('<div class="article-content">', `<div class="article-content">${line}`));
    expect(paragraphs(item)).toEqual(STORY);
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
  });
});

describe("a page's author tag naming its editor", () => {
  it("names no author where the byline credits that name as the editor", async () => {
    const item = await article(page("", '<div class="edit">(责编：王五、李六)</div>').replace("</title>", '</title><meta name="author" content="王五">'));
    expect(item._qingyue.byline?.editors).toEqual(["王五", "李六"]);
    expect(item.authors).toBeUndefined();
  });
});

describe("a brief of one sentence", () => {
  it("is a story under a header giving its date and source", async () => {
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县晚稻开镰收割_青山网</title></head><body><div class="wrap"><h1>青山县晚稻开镰收割</h1><div class="info">2019-09-26 12:11 来源：青山日报</div><div class="article-body"><p>\u3000\u3000青山日报快讯：今天上午，青山县十二万亩晚稻开镰收割。</p></div></div></body></html>`);
    expect(paragraphs(item)).toEqual(["青山日报快讯：今天上午，青山县十二万亩晚稻开镰收割。"]);
    expect(item.date_published).toBe("2019-09-26T12:11:00+08:00");
  });
});

describe("a page whose <title> is only the site's name", () => {
  const site = (logo: string, title = "青山县人民政府", top = '<p align="center"><strong><font size="5">青山县召开秋收工作部署会</font></strong></p>') => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="top">${logo}</div><div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a></div>
<div class="main">${top}
<p align="center">日期：2019-09-26\u3000来源：县政府办\u3000点击：<span id="hits">88</span></p>${ps(STORY)}</div></body></html>`;

  it.each([
    ["in words", '<div class="logo">青山县人民政府</div>'],
    ["as its logo's alt text", '<div class="logo"><img src="/logo.png" alt="青山县人民政府"></div>'],
  ])("takes the bold line over the story for the headline, the site's name printed %s", async (_, logo) => {
    const item = await article(site(logo));
    expect(item.title).toBe("青山县召开秋收工作部署会");
    expect(item._qingyue.publisher).toBe("青山县人民政府");
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("keeps a <title> that names the story over a bold first subhead", async () => {
    const item = await article(site("", "青山县晚稻喜获丰收", "<p><strong>一、总体情况</strong></p>"));
    expect(item.title).toBe("青山县晚稻喜获丰收");
  });
});

describe("a story written between <br>s under a picture", () => {
  it("keeps its short first sentence as its text, not the picture's caption", async () => {
    const item = await article(page("").replace(/<div class="article-content">[\s\S]*?<\/div>/u, `<div class="article-content"><img src="https://img.qs.cn/1.jpg"><br>本报讯 青山县晚稻开镰收割。<br>${STORY.join("<br>")}</div>`));
    expect(paragraphs(item)).toEqual(["本报讯 青山县晚稻开镰收割。", ...STORY]);
  });
});

describe("a gallery of pictures each with a line under it", () => {
  const CAPTIONS = ["9月25日，农民在青山县东河镇收割晚稻。", "9月25日，收割机在稻田里作业。", "9月25日，农民将稻谷装车运往烘干中心。"];
  const gallery = (title: string) => `<html><head><meta charset="utf-8"><title>${title}_图片频道_青山网</title></head><body>
<h1>${title}</h1><div class="info">2019-09-26 12:11 来源：青山日报</div>
<div class="content">${CAPTIONS.map((c, i) => `<p style="text-align:center"><img src="https://img.qs.cn/${i}.jpg"></p><p>\u3000\u3000${c}</p>`).join("\n")}</div></body></html>`;

  it("gives each picture its line as its caption, and tells the story in them", async () => {
    const item = await article(gallery("组图：青山县晚稻喜获丰收"));
    expect(item._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.caption)).toEqual(CAPTIONS);
    expect(item.content_text).toBe(CAPTIONS.join("\n\n"));
    expect(item.summary).toBe(CAPTIONS[0]);
  });

  it("is told apart from another gallery of the same title", async () => {
    const other = gallery("组图：青山县晚稻喜获丰收").replace("收割机在稻田里作业", "收割机在山坡上作业");
    expect((await article(other)).id).not.toBe((await article(gallery("组图：青山县晚稻喜获丰收"))).id);
  });
});

describe("a local paper's lines under its story", () => {
  it("keeps its reprint notice out", async () => {
    expect(paragraphs(await article(page("<p>本文系青山网原创，转载请注明出处。</p>")))).toEqual(STORY);
  });

  it("reads its reporter's credit after a square mark", async () => {
    const item = await article(page("<p>■记者 王小明</p>"));
    expect(paragraphs(item)).toEqual(STORY);
    expect(item.authors).toEqual([{ name: "王小明" }]);
  });
});

describe("a short story over a box of related stories with their summaries", () => {
  it("is the story, and the box its related headlines", async () => {
    const RELATED = Array.from({ length: 5 }, (_, k) => `白水县第${k + 1}届农民丰收节开幕`);
    const list = RELATED.map((t, k) => `<li><h4><a href="/n${k}.html">${t}</a></h4><p>9月2${k}日，${t.slice(0, -2)}在县城广场开幕，来自全县各乡镇的农民群众参加了活动，现场展示了各类农产品，吸引了大量市民前来参观选购。</p></li>`).join("");
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县晚稻开镰_青山网</title></head><body><div class="main"><h1>青山县晚稻开镰</h1><div class="info">2019-09-26 12:11 来源：青山日报</div>
<div class="content"><p>\u3000\u3000今天上午，青山县十二万亩晚稻开镰收割，农民们抢抓晴好天气。</p><p>\u3000\u3000县农业农村局负责人介绍，今年全县晚稻预计增产百分之五。</p></div>
<div class="box"><h3>相关新闻</h3><ul>${list}</ul></div></div></body></html>`);
    expect(paragraphs(item)).toEqual(["今天上午，青山县十二万亩晚稻开镰收割，农民们抢抓晴好天气。", "县农业农村局负责人介绍，今年全县晚稻预计增产百分之五。"]);
    expect(item._qingyue.related?.map((r) => r.title)).toEqual(RELATED);
  });
});

describe("a short story over a box of the site's top stories with their summaries", () => {
  it.each(["今日要闻", "热点推荐"])("is the story, not the %s box", async (heading) => {
    const list = Array.from({ length: 5 }, (_, k) => `<li><h4><a href="/n${k}.html">白水县第${k + 1}届农民丰收节开幕</a></h4><p>9月2${k}日，白水县第${k + 1}届农民丰收节在县城广场开幕，来自全县各乡镇的农民群众参加了活动，现场展示了各类农产品，吸引了大量市民前来参观选购。</p></li>`).join("");
    const item = await article(`<html><head><meta charset="utf-8"><title>青山县晚稻开镰_青山网</title></head><body><div class="main"><h1>青山县晚稻开镰</h1><div class="info">2019-09-26 12:11 来源：青山日报</div>
<div class="content"><p>\u3000\u3000今天上午，青山县十二万亩晚稻开镰收割，农民们抢抓晴好天气。</p><p>\u3000\u3000县农业农村局负责人介绍，今年全县晚稻预计增产百分之五。</p></div>
<div class="box"><h3>${heading}</h3><ul>${list}</ul></div></div></body></html>`);
    expect(paragraphs(item)).toEqual(["今天上午，青山县十二万亩晚稻开镰收割，农民们抢抓晴好天气。", "县农业农村局负责人介绍，今年全县晚稻预计增产百分之五。"]);
  });

  it("keeps a story whose block opens with a label and links two other stories", async () => {
    const item = await article(page("").replace('<div class="article-content">', '<div class="article-content"><p>热点</p><p>据<a href="/a1.html">青山县农业农村局官网</a>和<a href="/a2.html">青山县融媒体中心报道</a>，</p>'));
    expect(paragraphs(item).slice(-3)).toEqual(STORY);
  });
});

describe("the controls and credits closing the last paragraph", () => {
  const closing = (end: string) => page("").replace(`${STORY[2]}</p>`, `${STORY[2]}${end}</p>`);

  it("takes out the controls and reads the editor's credit after them", async () => {
    const item = await article(closing("【纠错】【打印】【责任编辑：王五】"));
    expect(paragraphs(item)).toEqual(STORY);
    expect(item._qingyue.byline?.editors).toEqual(["王五"]);
  });

  it("reads a bare 编辑 credit after the last sentence", async () => {
    const item = await article(closing("\u3000\u3000编辑：王五"));
    expect(paragraphs(item)).toEqual(STORY);
    expect(item._qingyue.byline?.editors).toEqual(["王五"]);
  });

  it("keeps what follows the last sentence that is no control", async () => {
    expect(paragraphs(await article(closing("（完）"))).at(-1)).toBe(`${STORY[2]}（完）`);
  });
});

describe("a line crediting the story's pictures or video", () => {
  it.each(["图片来源：网络", "视频来源：青山县融媒体中心"])("is a credit, not a paragraph: %s", async (line) => {
    const item = await article(page(`<p>${line}</p>`));
    expect(paragraphs(item)).toEqual(STORY);
    expect(item._qingyue.byline?.text).toBe(line);
  });
});
