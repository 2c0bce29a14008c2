// @vitest-environment node
import { describe, expect, it } from "vitest";
import { findPresentations } from "../../../src/ingest/parse/people";
import { factText, findOrganisation, splitSentences } from "../../../src/ingest/parse/facts";
import { ingestText } from "./helpers";

describe("honours", () => {
  it("come from a table of parts, not from the names seen so far", () => {
    for (const honour of ["最美检察官", "全国模范检察官", "模范检察官", "优秀共产党员", "十佳法官", "全国劳动模范", "先进工作者", "优秀人民警察"]) {
      expect(findPresentations(`${honour} 郑严凯。`), honour).toEqual([{ name: "郑严凯", honour }]);
    }
    expect(findPresentations("检察官 郑严凯。")).toEqual([]);
    expect(findPresentations("云岭模范 郑严凯。")).toEqual([]);
  });
});

describe("people presented with an honour", () => {
  it("reads the name after the honour: bare, quoted, after a dash, in a headline", () => {
    expect(findPresentations("最美检察官 郑严凯。")).toEqual([{ name: "郑严凯", honour: "最美检察官" }]);
    expect(findPresentations("【“最美检察官”郑严凯】")).toEqual([{ name: "郑严凯", honour: "最美检察官" }]);
    expect(findPresentations("全国模范检察官——周会明!")).toEqual([{ name: "周会明", honour: "全国模范检察官" }]);
    expect(findPresentations("十佳法官：李四")).toEqual([{ name: "李四", honour: "十佳法官" }]);
  });

  it("stops the name where the sentence runs on, using how often the text repeats it", () => {
    const text = "一首写给全国模范检察官周会明的歌\n周会明生前工作的最后一站……周会明!";
    expect(findPresentations(text)).toEqual([{ name: "周会明", honour: "全国模范检察官" }]);
    expect(findPresentations("优秀教师王为民是学生的好朋友。王为民说……王为民")).toEqual([{ name: "王为民", honour: "优秀教师" }]);
    // Named once: the name ends where a particle or verb (为, 的, 在 …) follows.
    expect(findPresentations("以“全国模范检察官”张飚为代表的一批先进典型")).toEqual([{ name: "张飚", honour: "全国模范检察官" }]);
  });

  it("reads the name before 获得“…”称号", () => {
    expect(findPresentations("曲靖市检察院检察官郑严凯获得“最美检察官”称号。郑严凯平时总带着微笑")).toEqual([
      { name: "郑严凯", honour: "最美检察官" },
    ]);
  });

  it("does not take 称号 or 事迹 for a name", () => {
    expect(findPresentations("他获得“最美检察官”称号。")).toEqual([]);
    expect(findPresentations("学习全国模范检察官事迹")).toEqual([]);
  });
});

describe("facts and organisations", () => {
  it("split sentences keeping their closing punctuation and quotes", () => {
    expect(splitSentences("他说:“好。”然后走了!最后")).toEqual(["他说:“好。”", "然后走了!", "最后"]);
  });

  it("strip the #话题# and 【标题】 a post opens with", () => {
    expect(factText("#曲检人物#【“最美检察官”郑严凯】在近日公示的名单中。")).toBe("在近日公示的名单中。");
  });

  it("read an organisation as printed, not across particles", () => {
    expect(findOrganisation("在近日公示的“云岭模范”中,曲靖市检察院检察官郑严凯获得")).toBe("曲靖市检察院");
    expect(findOrganisation("他生前工作的最后一站是安徽省宣城市人民检察,虽然")).toBe("安徽省宣城市人民检察");
    expect(findOrganisation("福建省泉州市检察院干警林德军")).toBe("福建省泉州市检察院");
    expect(findOrganisation("成长为曲靖市检察界的一名行家")).toBeUndefined();
  });

  it("make no profile from a name listed in an article: only posts present people", () => {
    const page = [
      "检察工作综述",
      "来源:检察日报",
      "",
      "全疆检察机关涌现出以“全国模范检察官”张飚、丁殿勤为代表的一批先进典型。",
      "",
      "#人物#【“全国模范检察官”张飚】张飚扎根基层二十年。https://t.cn/X1",
    ].join("\n");
    const { items, people } = ingestText(page);
    expect(people.map((p) => p.name)).toEqual(["张飚"]);
    // Once a post presents him, the article's sentence naming him is a fact too.
    expect(people[0]?.facts.map((f) => [f.item, f.paragraph])).toEqual([
      [items[0]?.id, 1],
      [items[1]?.id, 1],
    ]);
    expect(people[0]?.items).toEqual([items[0]?.id, items[1]?.id]);
    expect(ingestText(page.split("\n").slice(0, 4).join("\n")).people).toEqual([]);
  });

  it("tell a sentence once when a repost or reprint tells it again, and list every item that names the person", () => {
    const post = "#曲检人物#【“最美检察官”郑严凯】曲靖市检察院检察官郑严凯获得“最美检察官”称号。https://t.cn/X1";
    const page = [
      "检察人物",
      "来源:检察日报",
      "",
      "郑严凯平时总带着微笑。",
      "",
      post,
      "",
      "#转发#【“最美检察官”郑严凯】曲靖市检察院检察官郑严凯获得“最美检察官”称号。郑严凯办案十年。https://t.cn/X2",
    ].join("\n");
    const { items, people } = ingestText(page);
    const [article, first, second] = items;
    expect(people).toHaveLength(1);
    expect(people[0]?.facts.map((f) => [f.text, f.item])).toEqual([
      ["郑严凯平时总带着微笑。", article?.id],
      ["曲靖市检察院检察官郑严凯获得“最美检察官”称号。", first?.id],
      ["郑严凯办案十年。", second?.id],
    ]);
    expect(people[0]?.items).toEqual([article?.id, first?.id, second?.id]);
    // Each story still links the person it names.
    for (const item of items) expect(item._qingyue.kind !== "trending" && item._qingyue.people).toEqual([people[0]?.id]);
  });
});
