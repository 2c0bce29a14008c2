// @vitest-environment node
// Chinese news pages as portals, government and newspaper sites print them: the info line
// under the headline with its labels side by side, bold subheads that end in a colon, and
// the other places such pages put their date, author and body.
import { describe, expect, it } from "vitest";
import { byKind, ingestText, paragraphs, HARVEST_STORY as STORY, htmlArticle as article, paragraphsHtml as ps } from "./helpers";

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>青山县晚稻喜获丰收_新闻中心_青山网</title>${head}</head><body>
<div class="nav"><a href="/">首页</a><a href="/news">新闻</a><a href="/gov">政务</a></div>
<div class="article"><h1>青山县晚稻喜获丰收</h1>${body}</div>
<div class="footer">版权所有 青山网 备案号：青ICP备000001号</div></body></html>`;

describe("an info line of labels side by side", () => {
  it("ends the author where the date's label starts, and reads the date", async () => {
    const item = await article(page("", `<div class="info">来源：青山日报 作者：张三 发布日期：2020-01-02</div><div class="content">${ps(STORY)}</div>`));
    expect(item.authors).toEqual([{ name: "张三" }]);
    expect(item._qingyue.source).toBe("青山日报");
    expect(item.date_published).toBe("2020-01-02T00:00:00+08:00");
  });

  it("reads 更新日期 and bars between the labels the same way", async () => {
    const item = await article(page("", `<div class="info">作者：张三 | 更新日期：2020-01-02 10:30</div><div class="content">${ps(STORY)}</div>`));
    expect(item.authors).toEqual([{ name: "张三" }]);
    expect(item.date_published).toBe("2020-01-02T10:30:00+08:00");
  });

  it("takes 文章来源 and 信息来源 for the source, never their first word for the publisher", () => {
    for (const label of ["文章来源", "信息来源", "稿件来源"]) {
      const { items } = ingestText(["青山县晚稻喜获丰收", `${label}：青山日报 发布时间：2021年3月5日 星期五`, "", ...STORY].join("\n"));
      const item = byKind(items, "article")[0];
      expect(item?._qingyue.source).toBe("青山日报");
      expect(item?._qingyue.publisher).toBeUndefined();
      expect(item?.date_published).toBe("2021-03-05T00:00:00+08:00");
    }
  });
});

describe("a bold line of its own that ends in a colon", () => {
  it("is the subhead of what follows, without its colon", async () => {
    const item = await article(page("", `<div class="content"><p>${STORY[0]}</p><p><strong>一、工作成效：</strong></p><p>${STORY[1]}</p><p><b>张三：</b></p><p>${STORY[2]}</p></div>`));
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "一、工作成效", "张三"]);
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("stays a line of the story where it is an interview's turn, set again and again", async () => {
    const turns = `<p><b>记者：</b></p><p>${STORY[0]}</p><p><b>张三：</b></p><p>${STORY[1]}</p><p><b>记者：</b></p><p>${STORY[2]}</p><p><b>张三：</b></p><p>${STORY[0]}</p>`;
    const item = await article(page("", `<div class="content">${turns}</div>`));
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
    expect(paragraphs(item)).toEqual(["记者：", STORY[0], "张三：", STORY[1], "记者：", STORY[2], "张三：", STORY[0]]);
  });

  it("stays a line of the story where it announces a list, or where bold words run on after it", async () => {
    const second = STORY[1] ?? "";
    const lead = `<p><strong>${second.slice(0, 10)}：</strong>${second.slice(10)}</p>`;
    const item = await article(page("", `<div class="content"><p>${STORY[0]}</p>${lead}<p>${STORY[2]}</p><p><strong>附件：</strong></p><p>青山县晚稻收购价格表.xls</p></div>`));
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
    expect(paragraphs(item)).toContain("附件：");
  });
});

describe("a data table in the story", () => {
  const schedule = `<table border="1" cellspacing="0"><thead><tr><th>乡镇</th><th>面积（万亩）</th><th>产量（万吨）</th></tr></thead>
<tbody><tr><td>东河镇</td><td>3.2</td><td>1.9</td></tr><tr><td>西山乡</td><td>2.1</td><td>1.2</td></tr></tbody></table>`;

  it("reaches the reader as a table, its header cells as headers, where it stands in the story", async () => {
    const item = await article(page("", `<div class="content"><p>${STORY[0]}</p>${schedule}<p>${STORY[1]}</p><p>${STORY[2]}</p></div>`));
    expect(item.content_html).toBe(
      `<p>${STORY[0]}</p><table><tbody><tr><th>乡镇</th><th>面积（万亩）</th><th>产量（万吨）</th></tr><tr><td>东河镇</td><td>3.2</td><td>1.9</td></tr><tr><td>西山乡</td><td>2.1</td><td>1.2</td></tr></tbody></table><p>${STORY[1]}</p><p>${STORY[2]}</p>`,
    );
    // As text, each row is a line of its cells.
    expect(paragraphs(item)).toEqual([STORY[0], "乡镇 | 面积（万亩） | 产量（万吨）", "东河镇 | 3.2 | 1.9", "西山乡 | 2.1 | 1.2", STORY[1], STORY[2]]);
  });

  it("keeps two tables side by side as two, an empty cell as an empty cell", async () => {
    const second = `<table><tr><td>时间</td><td>地点</td></tr><tr><td>9月26日</td><td></td></tr></table>`;
    const item = await article(page("", `<div class="content">${ps(STORY)}${schedule}${second}</div>`));
    expect(item.content_html?.match(/<table>/gu)).toHaveLength(2);
    expect(item.content_html).toContain("<tr><td>9月26日</td><td></td></tr></tbody></table>");
  });

  it("takes a first row set wholly in bold for its header, as a word processor sets one", async () => {
    const word = `<table class="MsoNormalTable" border="1"><tr><td><p align="center"><b><span>乡镇</span></b></p></td><td><p align="center"><b>面积</b><b>（万亩）</b></p></td></tr>
<tr><td><p>东河镇</p></td><td><p><b>3.2</b></p></td></tr><tr><td><p>西山乡</p></td><td><p>2.1</p></td></tr></table>`;
    const item = await article(page("", `<div class="content">${ps(STORY)}${word}</div>`));
    expect(item.content_html).toContain("<table><tbody><tr><th>乡镇</th><th>面积（万亩）</th></tr><tr><td>东河镇</td><td>3.2</td></tr><tr><td>西山乡</td><td>2.1</td></tr></tbody></table>");
  });

  it("keeps the cells that span several columns or rows", async () => {
    const spanned = `<table border="1"><tr><td rowspan="2">东河镇</td><td>早稻</td><td>1.2</td></tr><tr><td>晚稻</td><td>3.2</td></tr><tr><td colspan="2">合计</td><td>4.4</td></tr></table>`;
    const item = await article(page("", `<div class="content">${ps(STORY)}${spanned}</div>`));
    expect(item.content_html).toContain('<tr><td rowspan="2">东河镇</td><td>早稻</td><td>1.2</td></tr><tr><td>晚稻</td><td>3.2</td></tr><tr><td colspan="2">合计</td><td>4.4</td></tr>');
  });

  it("stays a table when its cells hold a sentence each, in three columns or more", async () => {
    const task = (town: string) => `组织${town}收割机二十台，对全镇三万亩晚稻进行统一收割，并安排烘干中心二十四小时运转，确保稻谷及时烘干入库，同时做好秸秆综合利用工作。`;
    const grid = `<table border="1"><tr><td><p>1</p></td><td><p>东河镇</p></td><td><p>${task("东河镇")}</p></td></tr><tr><td><p>2</p></td><td><p>西山乡</p></td><td><p>${task("西山乡")}</p></td></tr></table>`;
    const item = await article(page("", `<div class="content">${ps(STORY)}${grid}</div>`));
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
    expect(paragraphs(item).slice(3)).toEqual([`1 | 东河镇 | ${task("东河镇")}`, `2 | 西山乡 | ${task("西山乡")}`]);
  });

  it("is no table when it only lays out the page", async () => {
    const html = `<html><head><title>青山县晚稻喜获丰收_青山网</title></head><body><table width="1000" align="center"><tr><td><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a></td></tr>
<tr><td><h1>青山县晚稻喜获丰收</h1><div id="zoom">${ps(STORY)}</div></td></tr></table></body></html>`;
    const item = await article(html);
    expect(paragraphs(item)).toEqual(STORY);
    expect(item.content_html).toBeUndefined();
  });
});

describe("a wire story's dateline", () => {
  const wire = (dateline: string) =>
    page("", `<div class="info">2021年03月05日 10:20\u3000来源：中国新闻网</div><div class="left_zw"><p>\u3000\u3000${dateline}${STORY[0]}</p><p>${STORY[1]}</p><p>${STORY[2]}</p></div>`);

  it("names its reporters in brackets with no role", async () => {
    expect((await article(wire("中新网青山3月5日电 (张三)"))).authors).toEqual([{ name: "张三" }]);
    expect((await article(wire("新华社青山3月5日电（张三、李四）"))).authors).toEqual([{ name: "张三" }, { name: "李四" }]);
  });

  it("names no one where the brackets hold an outlet", async () => {
    expect((await article(wire("青山3月5日电（新华网）"))).authors).toBeUndefined();
  });
});

it("leaves a 参与互动 link beside the source out of it", async () => {
  const item = await article(page("", `<div class="content_left_time">2021年03月05日 10:20\u3000来源：中国新闻网\u3000<a href="#comment">参与互动</a></div><div class="left_zw">${ps(STORY)}</div>`));
  expect(item._qingyue.source).toBe("中国新闻网");
});

it("names the site by its Chinese name where the <title> gives its English one after it", async () => {
  const html = `<html><head><title>青山县晚稻喜获丰收_澎湃新闻-The Paper</title></head><body><div class="news_title">青山县晚稻喜获丰收</div>
<div class="news_about"><p>2021-03-05 10:20 来源：青山日报</p></div><div class="news_txt">${STORY.join("<br><br>")}</div></body></html>`;
  const item = await article(html);
  expect(item._qingyue.publisher).toBe("澎湃新闻");
  expect(item._qingyue.source).toBe("青山日报");
  expect(paragraphs(item)).toEqual(STORY);
});

it("leaves the channel printed before the outlet beside the date out of the source", async () => {
  const info = `<div class="a_Info"><span class="a_catalog"><a href="/finance/">财经</a></span><span class="a_source">青山日报</span><span class="a_time">2021-03-05 10:20</span></div>`;
  const item = await article(page("", `${info}<div class="content-article">${ps(STORY)}</div>`));
  expect(item._qingyue.source).toBe("青山日报");
  expect(item.date_published).toBe("2021-03-05T10:20:00+08:00");
});

describe("the reporter's credit closing the story", () => {
  const closing = (lines: string) => page("", `<div class="info">2021-03-05 来源：青山日报</div><div class="content">${ps(STORY)}${lines}</div>`);

  it("names the reporter past the paper's name before the role", async () => {
    const item = await article(closing(`<p style="text-align:right">（青山日报记者 张三）</p>`));
    expect(item.authors).toEqual([{ name: "张三" }]);
    expect(item._qingyue.byline).toEqual({ text: "（青山日报记者 张三）", writers: ["张三"] });
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("names the reporter when an editor's line follows it", async () => {
    const item = await article(closing(`<p style="text-align:right">（记者 张三 通讯员 李四）</p><p>编辑：王五</p>`));
    expect(item.authors).toEqual([{ name: "张三" }]);
    expect(item._qingyue.byline?.editors).toEqual(["王五"]);
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("a Chinese story's author tag", () => {
  const tagged = (author: string) => page(`<meta name="author" content="${author}">`, `<div class="info">2021-03-05 来源：青山日报</div><div class="content">${ps(STORY)}</div>`);

  it("names no writer when it holds the outlet or the site's code", async () => {
    for (const author of ["青山日报社", "青山新闻网", "青山县融媒体中心", "peopledaily"]) expect((await article(tagged(author))).authors).toBeUndefined();
  });

  it("names no writer when it holds the portal's short name (网易 on a page 网易新闻 publishes)", async () => {
    const html = `<html><head><title>青山县晚稻喜获丰收_网易新闻</title><meta name="author" content="网易"></head><body><h1>青山县晚稻喜获丰收</h1>
<div class="post_time_source">2019-09-26 10:09:11\u3000来源: <a href="#">青山日报</a></div><div id="endText">${ps(STORY)}</div></body></html>`;
    const item = await article(html);
    expect(item.authors).toBeUndefined();
    expect(item._qingyue.publisher).toBe("网易新闻");
  });

  it("names the writers it holds, a name ending in 报 among them", async () => {
    expect((await article(tagged("张三,李四"))).authors).toEqual([{ name: "张三" }, { name: "李四" }]);
    expect((await article(tagged("王小报"))).authors).toEqual([{ name: "王小报" }]);
  });

  it("gives way to the reporter's line over the story", async () => {
    const item = await article(page(`<meta name="author" content="青山新闻网">`, `<div class="content"><p>本报记者 张三 通讯员 李四</p>${ps(STORY)}</div>`));
    expect(item.authors).toEqual([{ name: "张三" }]);
    expect(paragraphs(item)).toEqual(STORY);
  });
});

describe("the time printed after the day", () => {
  const dated = (line: string) => page("", `<div class="info">${line}</div><div class="content">${ps(STORY)}</div>`);

  it("is read past the weekday between them", async () => {
    expect((await article(dated("2021年03月05日 星期五 10:20 来源：青山日报"))).date_published).toBe("2021-03-05T10:20:00+08:00");
  });

  it("is read after 上午 and 下午, an afternoon's hour past noon", async () => {
    expect((await article(dated("发布时间：2021年3月5日 上午9:05"))).date_published).toBe("2021-03-05T09:05:00+08:00");
    expect((await article(dated("发布时间：2021年3月5日 下午3:20"))).date_published).toBe("2021-03-05T15:20:00+08:00");
  });

  it("is read after the T of a machine's date", async () => {
    const item = await article(dated("发布时间:2021-03-05T10:20:30 来源：青山日报"));
    expect(item.date_published).toBe("2021-03-05T10:20:30+08:00");
    expect(item._qingyue.date_precision).toBe("second");
  });
});

describe("a short line right under a picture", () => {
  const pictured = (under: string) =>
    page("", `<div class="info">2021-03-05 来源：青山日报</div><div class="content"><p>${STORY[0]}</p><p><img src="http://www.qsxw.cn/pic/1.jpg"></p>${under}<p>${STORY[1]}</p><p>${STORY[2]}</p></div>`);

  it("is the picture's caption, not a subhead", async () => {
    for (const under of [`<p><span style="font-family:楷体">东河镇农民抢收晚稻</span></p>`, `<table><tr><td>东河镇农民抢收晚稻</td></tr></table>`]) {
      const item = await article(pictured(under));
      expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
      expect(item._qingyue.sections[0]?.figures).toEqual([{ before: 1, url: "http://www.qsxw.cn/pic/1.jpg", caption: "东河镇农民抢收晚稻" }]);
      expect(paragraphs(item)).toEqual(STORY);
    }
  });

  it("stays a subhead when set bold or numbered as one", async () => {
    for (const [under, heading] of [["<p><strong>收割进度过半</strong></p>", "收割进度过半"], ["<p>一、工作成效</p>", "一、工作成效"]] as const) {
      const item = await article(pictured(under));
      expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined, heading]);
      expect(item._qingyue.sections[0]?.figures?.[0]?.caption).toBeUndefined();
    }
  });
});

it("leaves a portal's disclaimer under the story out of it", async () => {
  for (const notice of [
    "声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请作者持权属证明与本网联系，我们将及时更正、删除，谢谢。",
    "【免责声明】本文仅代表作者个人观点，与青山网无关。其原创性以及文中陈述文字和内容未经本站证实，请读者仅作参考。",
  ]) {
    const item = await article(page("", `<div class="info">2021-03-05 来源：青山日报</div><div class="content">${ps(STORY)}<p>${notice}</p></div>`));
    expect(paragraphs(item)).toEqual(STORY);
  }
});

it("keeps a paragraph that reports a statement", async () => {
  const said = "声明指出，青山县将继续做好秋冬种工作，确保明年粮食生产再获丰收，欢迎各界联系合作。";
  const item = await article(page("", `<div class="info">2021-03-05 来源：青山日报</div><div class="content">${ps([...STORY, said])}</div>`));
  expect(paragraphs(item)).toEqual([...STORY, said]);
});

describe("a WeChat article saved from the browser, its script already run", async () => {
  const item = await article(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>秋收时节走进青山县</title></head><body id="activity-detail">
<div id="js_article" class="rich_media"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">秋收时节走进青山县</h1>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">张三</span><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">青山县融媒体中心</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">2021-03-05 10:20</em></div>
<div class="rich_media_content" id="js_content">
<section style="text-align:center"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg" data-ratio="0.66" data-w="1080"></section>
<section style="text-align:center"><span style="font-size:12px;color:#888888">东河镇农民抢收晚稻</span></section>
${STORY.map((p) => `<section><span style="font-size:15px;">${p}</span></section>`).join("")}
<section><span style="font-size:12px">来源：青山县农业农村局</span></section></div>
<div class="rich_media_tool" id="js_toobar3"><div id="js_read_area3">阅读 <span id="readNum3">1234</span></div><span id="like3">在看</span></div>
</div></div></body></html>`);

  it("names the account its markup prints as the publisher, the writer over it as the author", () => {
    expect(item._qingyue.publisher).toBe("青山县融媒体中心");
    expect(item.authors).toEqual([{ name: "张三" }]);
    expect(item._qingyue.source).toBe("青山县农业农村局");
  });

  it("reads the date it prints, the story and its picture with the caption under it", () => {
    expect(item.date_published).toBe("2021-03-05T10:20:00+08:00");
    expect(paragraphs(item)).toEqual(STORY);
    expect(item._qingyue.sections[0]?.figures).toEqual([{ before: 0, url: "https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg", caption: "东河镇农民抢收晚稻" }]);
  });
});

it("takes no English date label beside the date for the source", async () => {
  const item = await article(page("", `<div class="pubtime">Published: 2021-03-05 10:20</div><div class="content">${ps(STORY)}</div>`));
  expect(item._qingyue.source).toBeUndefined();
  expect(item.date_published).toBe("2021-03-05T10:20:00+08:00");
});

describe("credit lines under the story", () => {
  const credited = (line: string) => page("", `<div class="info">2021-03-05 来源：青山日报</div><div class="content">${ps(STORY)}<p>${line}</p></div>`);

  it("read an editor's role with no colon before the name", async () => {
    for (const line of ["（编辑 王五）", "责任编辑 王五"]) {
      const item = await article(credited(line));
      expect(item._qingyue.byline).toEqual({ text: line, editors: ["王五"] });
      expect(paragraphs(item)).toEqual(STORY);
    }
  });

  it("leave the writer's unit in brackets out of the name", async () => {
    const item = await article(credited("作者：张三（青山县农业农村局）"));
    expect(item.authors).toEqual([{ name: "张三" }]);
  });
});

it("finds a picture whose address only Baidu's editor's _src holds", async () => {
  const item = await article(page("", `<div class="info">2021-03-05 来源：青山日报</div><div class="content"><p>${STORY[0]}</p><p><img _src="http://p.qsxw.cn/1.jpg"></p>${ps(STORY.slice(1))}</div>`));
  expect(item._qingyue.sections[0]?.figures).toEqual([{ before: 1, url: "http://p.qsxw.cn/1.jpg" }]);
});

describe("a short story in a column beside a sidebar of longer prose", () => {
  const profile = "青山县是全国粮食生产先进县，全县耕地面积八十万亩，其中水田五十万亩，常年粮食播种面积七十万亩以上，粮食总产量稳定在三十万吨左右。近年来，青山县大力推进高标准农田建设，累计建成高标准农田四十万亩，农业机械化水平不断提高。";
  const columns = (right: string) => `<html><head><title>青山县晚稻收割进度过半_青山网</title></head><body>
<div class="wrap"><div class="left"><h1>青山县晚稻收割进度过半</h1><div class="info">2021-03-05 10:20 来源：青山日报</div>
<div class="content"><p>${STORY[0]}</p><p>${STORY[1]}</p></div></div>
<div class="right">${right}</div></div></body></html>`;

  it("is the story, without the sidebar's box under its own heading", async () => {
    const item = await article(columns(`<div class="xq"><h3>县情简介</h3><p>${profile}</p><p>${profile}</p></div>`));
    expect(item.title).toBe("青山县晚稻收割进度过半");
    expect(paragraphs(item)).toEqual(STORY.slice(0, 2));
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
  });

  it("keeps a block under no heading of its own beside the headline's column", async () => {
    const item = await article(columns(`<p>${profile}</p><p>${STORY[2]}</p>`));
    expect(paragraphs(item)).toEqual([...STORY.slice(0, 2), profile, STORY[2]]);
  });
});

describe("the reporter credited between the headline and the story", () => {
  const huanqiu = (under: string) => `<html><head><title>青山县晚稻喜获丰收_环球网</title></head><body><div class="t-container"><div class="t-container-title"><h3>青山县晚稻喜获丰收</h3></div>
<div class="metadata-info"><p class="time">2021-03-05 10:20</p><p class="author">【环球网报道 记者 张三】</p></div>
<article><section data-type="rtext">${ps(STORY)}</section></article>${under}</div></body></html>`;

  it("is the author, in square brackets after the outlet's report", async () => {
    const item = await article(huanqiu(""));
    expect(item.authors).toEqual([{ name: "张三" }]);
    expect(item._qingyue.byline).toEqual({ text: "【环球网报道 记者 张三】", writers: ["张三"] });
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("shares the byline with the editor named under the story", async () => {
    const item = await article(huanqiu(`<div class="editor">责编：王五</div>`));
    expect(item.authors).toEqual([{ name: "张三" }]);
    expect(item._qingyue.byline).toEqual({ text: "【环球网报道 记者 张三】 责编：王五", writers: ["张三"], editors: ["王五"] });
  });
});

it("names the site without the address the <title> prints beside its name", async () => {
  const html = `<html><head><title>青山县晚稻喜获丰收_新闻频道_央视网(cctv.com)</title></head><body><div class="cnt_bd"><h1>青山县晚稻喜获丰收</h1>
<div class="function"><span class="info"><i>来源：<a href="#">央视新闻客户端</a></i>\u30002021年03月05日 10:20</span></div><div class="content_area">${ps(STORY)}</div></div></body></html>`;
  const item = await article(html);
  expect(item._qingyue.publisher).toBe("央视网");
  expect(item._qingyue.source).toBe("央视新闻客户端");
});

describe("the subtitle (副题) under the headline", () => {
  it("is the story's summary, under its dash or named so, though it ends in no punctuation", async () => {
    for (const [sub, summary] of [
      ['<div class="ft">——东河镇示范基地见闻</div>', "——东河镇示范基地见闻"],
      ['<h4 class="sub">东河镇示范基地机收率达百分之九十五</h4>', "东河镇示范基地机收率达百分之九十五"],
    ] as const) {
      const html = `<html><head><title>青山县晚稻喜获丰收_青山网</title></head><body><div class="article"><h1>青山县晚稻喜获丰收</h1>${sub}<div class="info">2021-03-05 来源：青山日报</div><div class="content">${ps(STORY)}</div></div></body></html>`;
      const item = await article(html);
      expect(item.summary).toBe(summary);
      expect(paragraphs(item)).toEqual(STORY);
    }
  });
});

it("keeps a notice's own 郑重声明 as its text", async () => {
  const notice = "郑重声明：近期发现有不法分子冒用青山县农业农村局名义收取收割补贴，请广大群众提高警惕，如有疑问请联系县农业农村局。";
  const item = await article(page("", `<div class="info">2021-03-05 来源：青山日报</div><div class="content">${ps([notice, ...STORY])}</div>`));
  expect(paragraphs(item)).toEqual([notice, ...STORY]);
});

it("keeps the day a notice was signed as a line under its signature, not a subhead over its attachments", async () => {
  const notice = `<div id="zoom"><p>各乡镇人民政府，县直有关单位：</p>${ps(STORY)}<p align="right">青山县农业农村局</p><p align="right">2021年3月1日</p>
<p>附件：</p><p><a href="/u/1.doc">1.青山县秋收工作安排表.doc</a></p><p><a href="/u/2.xls">2.青山县秋收进度统计表.xls</a></p></div>`;
  const item = await article(page("", `<div class="info">发布日期：2021-03-05</div>${notice}`));
  expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined]);
  expect(paragraphs(item).slice(-5)).toEqual(["青山县农业农村局", "2021年3月1日", "附件：", "1.青山县秋收工作安排表.doc", "2.青山县秋收进度统计表.xls"]);
  expect(item.date_published).toBe("2021-03-05T00:00:00+08:00");
});

describe("a numbered subhead ending in a colon, set plain", () => {
  it("heads its section on an HTML page", async () => {
    const item = await article(page("", `<div class="content"><p>${STORY[0]}</p><p>一、工作成效：</p><p>${STORY[1]}</p><p>（二）下一步打算：</p><p>${STORY[2]}</p></div>`));
    expect(item._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "一、工作成效", "（二）下一步打算"]);
    expect(paragraphs(item)).toEqual(STORY);
  });

  it("heads its section in page text", () => {
    const { items } = ingestText(["青山县晚稻喜获丰收", "来源：青山日报 作者：张三 发布日期：2020-01-02", "", STORY[0], "一、工作成效：", STORY[1], "二、下一步打算：", STORY[2]].join("\n"));
    const item = byKind(items, "article")[0];
    expect(item?._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "一、工作成效", "二、下一步打算"]);
    expect(item?._qingyue.byline).toEqual({ text: "作者：张三", writers: ["张三"] });
    expect(item?.date_published).toBe("2020-01-02T00:00:00+08:00");
  });
});
