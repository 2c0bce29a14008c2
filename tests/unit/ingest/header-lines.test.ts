// @vitest-environment node
import { describe, expect, it } from "vitest";
import { parseByline, splitTrailingByline } from "../../../src/ingest/parse/byline";
import { findDate } from "../../../src/ingest/parse/dates";
import { isPublisherLine, parseMetaLine } from "../../../src/ingest/parse/meta";

describe("dates", () => {
  it("reads the forms Chinese pages print, as China time at the precision printed", () => {
    expect(findDate("2020-10-04 20:30")?.date).toEqual({ iso: "2020-10-04T20:30:00+08:00", precision: "minute" });
    expect(findDate("2019/11/25 10:37:31")?.date).toEqual({ iso: "2019-11-25T10:37:31+08:00", precision: "second" });
    expect(findDate("2019年11月25日 10时37分")?.date).toEqual({ iso: "2019-11-25T10:37:00+08:00", precision: "minute" });
    expect(findDate("2021年3月5日")?.date).toEqual({ iso: "2021-03-05T00:00:00+08:00", precision: "day" });
  });

  it("refuses dates that do not exist", () => {
    expect(findDate("2019-02-30")).toBeUndefined();
    expect(findDate("2019-11-25 25:00")?.date).toBeUndefined();
  });
});

describe("header lines", () => {
  it("reads a dated line of fields set apart by bars, whose labels run into their values, leaving the counters out", () => {
    expect(parseMetaLine("发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星")).toEqual({
      date: { iso: "2014-08-24T21:30:00+08:00", precision: "minute" },
      source: "CSDN",
      writers: ["魏星"],
      credits: ["作者：魏星"],
    });
    // As a page's markup sets it, with spaces between its labels and their values.
    expect(parseMetaLine("发表于 2014-08-24 21:30 | 1164次阅读 | 来源 CSDN | 0 条评论 | 作者 魏星")).toMatchObject({ source: "CSDN", writers: ["魏星"] });
    // A time told from when the page was read is a header line, but names no date.
    expect(parseMetaLine("昨天")).toEqual({});
    expect(parseMetaLine("3小时前")).toEqual({});
    expect(parseMetaLine("今天天气很好")).toBeUndefined();
    // Without a date, bars are a menu's: a channel named like a label is no writer.
    expect(parseMetaLine("首页 | 新闻 | 作者专栏")).toBeUndefined();
  });

  it("reads date, source and credits, and drops counters", () => {
    expect(parseMetaLine("2020-10-04 20:30 来源: 长江网")).toEqual({
      date: { iso: "2020-10-04T20:30:00+08:00", precision: "minute" },
      source: "长江网",
    });
    expect(parseMetaLine("中国网 2019-11-25 10:37:31")).toMatchObject({ unlabelled: "中国网" });
    expect(parseMetaLine("来源:检察日报")).toEqual({ source: "检察日报" });
    expect(parseMetaLine("来源：新华网")).toEqual({ source: "新华网" });
    expect(parseMetaLine("发布时间：2021-01-02 作者：张三 李四 浏览：1234")).toEqual({
      date: { iso: "2021-01-02T00:00:00+08:00", precision: "day" },
      writers: ["张三", "李四"],
      credits: ["作者：张三 李四"],
    });
  });

  it("reads '发布于 …' as a time with no source, and WeChat's '原创 writer account time' line", () => {
    expect(parseMetaLine("发布于 2020-08-06 10:12")).toEqual({ date: { iso: "2020-08-06T10:12:00+08:00", precision: "minute" } });
    expect(parseMetaLine("编辑于 2020-08-06 10:12")?.unlabelled).toBeUndefined();
    expect(parseMetaLine("原创 张三 青山检察 2020-08-05 18:30")).toMatchObject({ writers: ["张三"], credits: ["张三"], unlabelled: "青山检察" });
    expect(parseMetaLine("原创 青山检察 青山检察 2020-08-05 18:30")).toEqual({ date: { iso: "2020-08-05T18:30:00+08:00", precision: "minute" }, unlabelled: "青山检察" });
  });

  it("does not take prose that starts with a date for a header", () => {
    expect(parseMetaLine("2016年4月6日,山东省检察机关选派5名检察干警来到喀什。")).toBeUndefined();
    expect(parseMetaLine("2018年年初,昌吉回族自治州检察院在两级检察院深入开展调研")).toBeUndefined();
  });

  it("knows a publisher line from a sentence", () => {
    expect(isPublisherLine("最高人民检察院")).toBe(true);
    expect(isPublisherLine("还记得他么?")).toBe(false);
  });
});

describe("credit lines", () => {
  it("reads writers and editors in every bracket style", () => {
    expect(parseByline("(文字:何海燕 王晨 编辑:胡仲涛)")).toEqual({ text: "(文字:何海燕 王晨 编辑:胡仲涛)", writers: ["何海燕", "王晨"], editors: ["胡仲涛"] });
    expect(parseByline("【编辑：李明】")).toEqual({ text: "【编辑：李明】", editors: ["李明"] });
    expect(parseByline("（责编：赵六）")).toEqual({ text: "（责编：赵六）", editors: ["赵六"] });
    expect(parseByline("(本报记者 张三 通讯员 李四)")).toEqual({ text: "(本报记者 张三 通讯员 李四)", writers: ["张三", "李四"] });
    expect(parseByline("责任编辑：王五")).toEqual({ text: "责任编辑：王五", editors: ["王五"] });
  });

  it("is not fooled by attributions, headlines or sentences", () => {
    for (const line of ["(来源:安徽检察)", "【一首写给全国模范检察官周会明的歌】", "编辑部的故事很好看。", "(文)", "【文化】"]) {
      expect(parseByline(line), line).toBeUndefined();
    }
  });

  it("splits a credit off the end of a paragraph", () => {
    expect(splitTrailingByline("方便群众日常用车。(责编：王五)")).toEqual({ text: "方便群众日常用车。", byline: { text: "(责编：王五)", editors: ["王五"] } });
    expect(splitTrailingByline("歌曲链接:https://t.cn/E7yNAwW(来源:安徽检察)")).toBeUndefined();
    expect(splitTrailingByline("大桥将于年底建成通车。（记者 王小明 通讯员 赵刚）")).toEqual({
      text: "大桥将于年底建成通车。",
      byline: { text: "（记者 王小明 通讯员 赵刚）", writers: ["王小明", "赵刚"] },
    });
    // A bracket that only mentions reporters is the sentence's own.
    expect(splitTrailingByline("他说（记者手记）")).toBeUndefined();
  });
});

describe("the header lines of portal and government pages", () => {
  it("reads 本报记者 after 作者 as the reporter's title, not a name", () => {
    expect(parseMetaLine("作者：本报记者 王小明　　来源：青山日报　　发布时间：2019-09-26")).toMatchObject({ source: "青山日报", writers: ["王小明"] });
  });

  it("reads \"王小明 于 … 发布\" past the words around the date and the counters after it", () => {
    expect(parseMetaLine("王小明 于 2019-09-26 12:11:02 发布 阅读量1.2k 收藏 12")).toEqual({ date: { iso: "2019-09-26T12:11:02+08:00", precision: "second" }, unlabelled: "王小明" });
  });

  it("reads an editor's credit in square brackets closing the last paragraph", () => {
    expect(splitTrailingByline("预计总产量比去年增长百分之五以上。[责任编辑：王五]")).toEqual({ text: "预计总产量比去年增长百分之五以上。", byline: { text: "[责任编辑：王五]", editors: ["王五"] } });
  });

  it("takes no outlet from the brackets a date is printed in", () => {
    expect(parseMetaLine("(2019-09-26 12:11:02)")).toEqual({ date: { iso: "2019-09-26T12:11:02+08:00", precision: "second" } });
  });

  it("takes an outlet's name before a role for no one's name", () => {
    expect(parseMetaLine("南方周末记者 王小明 南方周末实习生 李华")?.writers).toEqual(["王小明", "李华"]);
  });

  it("ends the names where a clause follows them", () => {
    expect(parseByline("作者：王小明，转载请联系授权")?.writers).toEqual(["王小明"]);
  });

  it("takes neither a weekday nor a lunar date beside the day for the outlet", () => {
    expect(parseMetaLine("2019年9月26日　星期四　农历八月廿八")?.unlabelled).toBeUndefined();
    expect(parseMetaLine("周四 2019-09-26 青山日报")?.unlabelled).toBe("青山日报");
  });

  it("reads labels of every kind: in brackets, 首发时间, 来自, and the credits after the source", () => {
    expect(parseMetaLine("【发布时间】2019-09-26 【来源】青山日报 【字体：大 中 小】")).toEqual({ date: { iso: "2019-09-26T00:00:00+08:00", precision: "day" }, source: "青山日报" });
    expect(parseMetaLine("首发时间：2019-09-26 12:11:02")).toEqual({ date: { iso: "2019-09-26T12:11:02+08:00", precision: "second" } });
    expect(parseMetaLine("发表于：2019-09-26 12:11 ｜ 阅读：123 ｜ 来自：青山日报")?.source).toBe("青山日报");
    expect(parseMetaLine("时间：2019-09-26 12:11 来源：青山日报 撰稿：王小明 摄影：李华")).toMatchObject({ source: "青山日报", writers: ["王小明"] });
    expect(parseMetaLine("发布时间：2019-09-26 12:11 来源：青山日报 供稿：县农业农村局")?.source).toBe("青山日报");
  });
});
