import { describe, expect, it } from "vitest";
import { runs, units } from "./units";
import { parseQuery, shardsForQuery, termProbes } from "./terms";
import { shardOf } from "../item-index";
import { MAX_PACKED_CHARS, packNumberInto, unpackPosting } from "./postings";

const packPosting = (numbers: readonly number[]) => {
  const out = new Uint8Array(numbers.length * MAX_PACKED_CHARS);
  let at = 0;
  for (const n of numbers) at = packNumberInto(out, at, n);
  return Buffer.from(out.subarray(0, at)).toString("latin1");
};

const texts = (s: string) => units(s).map((u) => u.text);

describe("units", () => {
  it("makes every Han character a unit and every Latin word one", () => {
    expect(texts("轻阅 Reader 2.0版")).toEqual(["轻", "阅", "reader", "2", "0", "版"]);
  });

  it("folds full-width forms and case (NFKC), keeping the original offsets", () => {
    const list = units("ＡＢＣ１２３，Ｈｅｌｌｏ");
    expect(list.map((u) => u.text)).toEqual(["abc123", "hello"]);
    expect(list.map((u) => [u.start, u.end])).toEqual([[0, 6], [7, 12]]);
  });

  it("separates runs at spaces, punctuation, emoji and [表情] brackets", () => {
    expect(runs(units("你好，世界🌸再见[心]")).map((r) => r.map((u) => u.text).join(""))).toEqual(["你好", "世界", "再见", "心"]);
  });

  it("leaves a gap in positions between runs, so runs never look adjacent", () => {
    const [a, b] = runs(units("你好。世界"));
    expect(b![0]!.pos - a!.at(-1)!.pos).toBe(2);
  });

  it("keeps the offsets of characters outside the BMP", () => {
    const list = units("𠀀𠀁 ok");
    expect(list.map((u) => [u.text, u.start, u.end])).toEqual([["𠀀", 0, 2], ["𠀁", 2, 4], ["ok", 5, 7]]);
  });
});

describe("query terms and probes", () => {
  it("reads a query as terms split at spaces and punctuation, each once", () => {
    expect(parseQuery(" 检察官，Ｉｐｈｏｎｅ 检察官 ").map((t) => t.units.join("|"))).toEqual(["检|察|官", "iphone"]);
  });

  it("asks for a single character by itself, and for longer terms by pairs that cover every unit", () => {
    expect(termProbes({ units: ["阅"] })).toEqual([{ key: "阅", offset: 0, single: true }]);
    expect(termProbes({ units: ["最", "美"] }).map((p) => [p.key, p.offset])).toEqual([["最美", 0]]);
    expect(termProbes({ units: ["最", "美", "检", "察", "官"] }).map((p) => [p.key, p.offset])).toEqual([
      ["最美", 0],
      ["检察", 2],
      ["察官", 3],
    ]);
    expect(termProbes({ units: ["iphone", "手", "机"] }).map((p) => p.key)).toEqual(["iphone手", "手机"]);
  });

  it("cuts a very long query at 32 units", () => {
    expect(parseQuery("一二三四五六七八九十".repeat(5))[0]!.units).toHaveLength(32);
  });

  it("fetches only the shards its probes hash to", () => {
    const terms = parseQuery("最美检察官");
    const expected = [...new Set(["最美", "检察", "察官"].map((k) => shardOf(k, 50)))].sort((a, b) => a - b);
    expect(shardsForQuery(terms, 50)).toEqual(expected);
    expect(shardsForQuery(terms, 1)).toEqual([0]);
    expect(shardsForQuery([], 50)).toEqual([]);
  });
});

describe("packed postings", () => {
  it("round-trips small and large numbers, one character for each under 32", () => {
    const numbers = [0, 1, 31, 32, 1023, 1024, 99_999_999];
    expect(unpackPosting(packPosting(numbers))).toEqual(numbers);
    expect(packPosting([0, 5, 31])).toHaveLength(3);
    expect(packPosting([0, 31, 32, 1024])).toBe("AfhAhgA");
    expect(() => unpackPosting("A!")).toThrow();
  });
});
