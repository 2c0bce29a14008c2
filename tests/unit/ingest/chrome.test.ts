// @vitest-environment node
import { describe, expect, it } from "vitest";
import { classifyLine } from "../../../src/ingest/parse/classify";
import { isChromeLine, isCommentBoxLine, isFooterLine } from "../../../src/ingest/parse/chrome";
import { cleanLine, toLines } from "../../../src/ingest/parse/lines";

describe("page chrome", () => {
  it("recognises toolbars, share bars and counters, with or without emoji and counts", () => {
    for (const line of [
      "发布     👍 0 举报 写留言 🖊",
      "分享到 转发 微博 Qzone 微信",
      "分享到：",
      "👍 8 转发 评论",
      "【字号：大 中 小】【打印】【关闭】",
      "阅读 1.2万 评论12",
      "首页 > 新闻 > 正文",
      "首页 > 体育",
      "当前位置：首页 > 国内",
      "首页 | 国内 | 国际 | 财经",
      "共3页 上一页 1 2 3 下一页",
      "首页 上一页 第2页 下一页 尾页",
      "123下一页 >",
      "首页上页12下页末页",
      "本文共3页 第2页：收割机进村 第3页：烘干中心",
      "单页阅读",
      "<< 1 2 3 >>",
      "第一页 第二页 第三页",
      "共 3 页 当前第 1 页",
      "分页：1 2 3",
      "12345678910下一页",
      "（点击图片进入下一页）",
      "返回列表",
      "【收藏本页】【推荐给朋友】【打印】【关闭】",
      "我要评论 我要打印 我要收藏",
      "微信扫一扫 分享到朋友圈",
      "【双击滚屏】",
      "【打印此页】 【关闭此页】",
      "关键词 >> 晚稻，丰收",
      "标签：乡村振兴 秋收",
      "视频加载中...",
      "您的浏览器不支持播放此视频，请升级浏览器或安装Flash插件",
      "下一页：运动员风采",
      "上一篇：某地召开运动会筹备会 下一篇：运动会闭幕",
      "« Previous 1 2 3 Next »",
    ]) {
      expect(isChromeLine(cleanLine(line)), line).toBe(true);
    }
  });

  it("leaves sentences that merely contain chrome words alone", () => {
    for (const line of ["转发微博", "微博上有人发布了举报信。", "价格>100元", "他说：首页的设计要改", "👍👍👍", "中国网 2019-11-25 10:37:31", "第2页的内容更精彩。", "下一页就是答案。", "关键词：乡村振兴是今年的主题。", "加载中的货车排起了长队。", "2019 > 2018", "1 < 2 < 3"]) {
      expect(isChromeLine(line), line).toBe(false);
    }
  });

  it("recognises comment boxes and footers, but not prose that mentions copyright", () => {
    for (const line of ["写下你的评论", "发表评论", "已有12人参与", "文明上网，理性发言", "网友评论"]) {
      expect(isCommentBoxLine(line), line).toBe(true);
    }
    for (const line of ["Copyright © 2020 长江网 版权所有", "鄂ICP备12345678号-1", "京公网安备 11010502000001号", "未经授权禁止转载"]) {
      expect(isFooterLine(line), line).toBe(true);
    }
    expect(isFooterLine(`${"这是一段很长的正文,".repeat(20)}其中讲到版权所有人的权利。`)).toBe(false);
    expect(isCommentBoxLine("我对这篇评论有不同看法，想写下来。")).toBe(false);
  });
});

describe("lines", () => {
  it("evens out line ends, no-break spaces, zero-width characters and indents", () => {
    expect(toLines("\uFEFF标题\r\n　　正文\u200B一\u00a0二\r旧式换行 ")).toEqual(["标题", "正文一 二", "旧式换行"]);
  });

  it("classifies bullets with extra inner spaces, and keeps · inside titles as text", () => {
    expect(classifyLine(cleanLine("  •   “基本上一直在路上"))).toEqual({ kind: "bullet", text: "“基本上一直在路上" });
    expect(classifyLine("·评论·一周观察")).toEqual({ kind: "text", text: "·评论·一周观察" });
    expect(classifyLine("· 列表项")).toEqual({ kind: "bullet", text: "列表项" });
  });
});
