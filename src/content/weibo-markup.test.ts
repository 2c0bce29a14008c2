import { describe, expect, it } from "vitest";
import { extractTopics, tokenizeWeibo } from "./weibo-markup";

describe("tokenizeWeibo", () => {
  it("reads each construct alone", () => {
    expect(tokenizeWeibo("#曲检人物#")).toEqual([{ type: "topic", name: "曲检人物" }]);
    expect(tokenizeWeibo("#任嘉伦[超话]#")).toEqual([{ type: "supertopic", name: "任嘉伦" }]);
    expect(tokenizeWeibo("[吃瓜]")).toEqual([{ type: "emoticon", code: "[吃瓜]" }]);
    expect(tokenizeWeibo("【“最美检察官”郑严凯】")).toEqual([{ type: "headline", text: "“最美检察官”郑严凯" }]);
    expect(tokenizeWeibo("@检察日报 你好")).toEqual([
      { type: "mention", name: "检察日报" },
      { type: "text", text: " 你好" },
    ]);
    expect(tokenizeWeibo("链接:https://t.cn/E7yNAwW(来源:安徽检察)")).toEqual([
      { type: "text", text: "链接:" },
      { type: "url", href: "https://t.cn/E7yNAwW" },
      { type: "text", text: "(来源:安徽检察)" },
    ]);
  });

  it("reads the seed's tangled tags: adjacent tags, junk between, super-topics", () => {
    const tokens = tokenizeWeibo("#任嘉伦[超话]#rjl#任嘉伦411生日快乐# rjl#任嘉伦代言周大生#从");
    expect(tokens).toEqual([
      { type: "supertopic", name: "任嘉伦" },
      { type: "text", text: "rjl" },
      { type: "topic", name: "任嘉伦411生日快乐" },
      { type: "text", text: " rjl" },
      { type: "topic", name: "任嘉伦代言周大生" },
      { type: "text", text: "从" },
    ]);
    expect(extractTopics("#每日一善[超话]##每日一善# #阳光信用# [微风]#日行一善# ")).toEqual(["每日一善", "阳光信用", "日行一善"]);
  });

  it("leaves text that merely looks like markup as text", () => {
    for (const text of ["[1]", "见注释[12]。", "写信到 someone@example.com 吧", "第【1】【2】页"]) {
      const tokens = tokenizeWeibo(text);
      const kinds = tokens.map((t) => t.type);
      expect(kinds.some((k) => k !== "text"), text).toBe(false);
    }
    expect(tokenizeWeibo("第【1】【2】页")).toEqual([{ type: "text", text: "第【1】【2】页" }]);
    expect(tokenizeWeibo("一个 # 号和 #两 个#").every((t) => t.type === "text")).toBe(true);
  });

  it("ends a URL at CJK text and full-width punctuation, and drops trailing sentence punctuation", () => {
    expect(tokenizeWeibo("看https://example.com/a?b=1。好")[1]).toEqual({ type: "url", href: "https://example.com/a?b=1" });
    expect(tokenizeWeibo("(see https://example.com/x).")[1]).toEqual({ type: "url", href: "https://example.com/x" });
    expect(tokenizeWeibo("http://nohost").every((t) => t.type === "text")).toBe(true);
  });

  it("keeps every character: tokens join back to the text", () => {
    const text = "#a#[心]【b】@cde https://t.cn/x 尾巴";
    const back = tokenizeWeibo(text)
      .map((t) =>
        t.type === "text" ? t.text : t.type === "topic" ? `#${t.name}#` : t.type === "emoticon" ? t.code
        : t.type === "headline" ? `【${t.text}】` : t.type === "mention" ? `@${t.name}` : t.type === "url" ? t.href : `#${t.name}[超话]#`,
      )
      .join("");
    expect(back).toBe(text);
  });

  it("reads [表情] codes of 1–6 letters (Han or Latin) only", () => {
    for (const code of ["[心]", "[笑cry]", "[doge]", "[哆啦A梦微笑]", "[并不简单]"]) {
      expect(tokenizeWeibo(code), code).toEqual([{ type: "emoticon", code }]);
    }
    // Digits, over-long codes and blanks are footnotes or brackets, not emoticons.
    for (const text of ["[1]", "[12]", "[2019]", "[一二三四五六七]", "[ ]", "[]", "[a b]"]) {
      expect(tokenizeWeibo(text), text).toEqual([{ type: "text", text }]);
    }
    // A lookalike of the right shape is a token; the renderer shows unknown codes as typed.
    expect(tokenizeWeibo("[PDF版]")).toEqual([{ type: "emoticon", code: "[PDF版]" }]);
  });

  it("does not read [超话] inside a super-topic as an emoticon", () => {
    expect(tokenizeWeibo("#每日一善[超话]#[送花花]")).toEqual([
      { type: "supertopic", name: "每日一善" },
      { type: "emoticon", code: "[送花花]" },
    ]);
  });

  it("does not let a hashtag span whitespace or run past the next #", () => {
    expect(extractTopics("# 不是话题# #也不是 话题# #是话题#")).toEqual(["是话题"]);
    expect(extractTopics("##每日一善#")).toEqual(["每日一善"]);
  });

  it("reads a mention up to a space or punctuation, never inside an e-mail address", () => {
    expect(tokenizeWeibo("感谢@小e，")).toEqual([
      { type: "text", text: "感谢" },
      { type: "mention", name: "小e" },
      { type: "text", text: "，" },
    ]);
    expect(tokenizeWeibo("a.b@example.com").every((t) => t.type === "text")).toBe(true);
  });

  it("ends a URL at full-width brackets and keeps the query", () => {
    expect(tokenizeWeibo("见https://t.cn/A6xyz12（来源：某地）")).toEqual([
      { type: "text", text: "见" },
      { type: "url", href: "https://t.cn/A6xyz12" },
      { type: "text", text: "（来源：某地）" },
    ]);
    expect(tokenizeWeibo("http://a.cn/p?x=1&y=2 好")[0]).toEqual({ type: "url", href: "http://a.cn/p?x=1&y=2" });
    expect(tokenizeWeibo("mp://jsT0wbhkyAjvaxg").every((t) => t.type === "text")).toBe(true);
  });
});

describe("tokenizeWeibo on hostile text", () => {
  // A hang guard, not a speed test: read as it was before, this took some 36 s (and froze the reader's page).
  it("reads a long run of URL-shaped text at once, and still finds the URL at its end", { timeout: 20_000 }, () => {
    const text = `开头${"http://".repeat(50_000)}c.cn 结尾`;
    const tokens = tokenizeWeibo(text);
    expect(tokens.filter((t) => t.type === "url")).toEqual([{ type: "url", href: "http://c.cn" }]);
    expect(tokenizeWeibo(`见 https://a.cn/x${".".repeat(50_000)}`).slice(0, 2)).toEqual([{ type: "text", text: "见 " }, { type: "url", href: "https://a.cn/x" }]);
  });
});
