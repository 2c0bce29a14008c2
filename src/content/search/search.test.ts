import { describe, expect, it } from "vitest";
import { SearchIndexBuilder, type SearchDoc } from "./index-builder";
import { searchIndex } from "./search";
import { parseQuery } from "./terms";
import { seededRandom, syntheticPost, syntheticSnippet } from "../../../scripts/synthetic-text";
import { drawQueries, foldDoc, truth } from "../../../tests/utils/search-truth";

function index(docs: SearchDoc[]) {
  const builder = new SearchIndexBuilder();
  for (const doc of docs) builder.add(doc);
  return (q: string) => searchIndex(parseQuery(q), (key) => builder.lookup(key)).map((h) => docs[h.doc]!.id);
}

const doc = (id: string, text: string, title?: string, kind: SearchDoc["kind"] = "post"): SearchDoc => ({ id, kind, text, ...(title ? { title } : {}) });

describe("search", () => {
  const find = index([
    doc("a", "最美检察官郑严凯坚守一线"),
    doc("b", "检察院的官方发布", "检察日报"),
    doc("c", "全国模范检察官周会明的故事", "模范检察官", "article"),
    doc("d", "今天买了ＩＰＨＯＮＥ手机，很好用"),
    doc("e", "iphones are not iphone手机", undefined),
    doc("f", "检察。官方"),
  ]);

  it("finds a Han phrase only where its characters stand together", () => {
    // b has 检察 and 官 but not 检察官; f has them across a full stop.
    expect(find("检察官").sort()).toEqual(["a", "c"]);
  });

  it("finds a single Han character anywhere", () => {
    expect(find("凯")).toEqual(["a"]);
    expect(find("官").sort()).toEqual(["a", "b", "c", "f"]);
  });

  it("ranks a title match above a body match", () => {
    expect(find("检察官")[0]).toBe("c");
    expect(find("日报")).toEqual(["b"]);
  });

  it("folds case and full-width forms, and matches Latin as whole words", () => {
    expect(find("iphone").sort()).toEqual(["d", "e"]);
    expect(find("ｉＰｈｏｎｅ手机").sort()).toEqual(["d", "e"]);
    expect(find("iphones")).toEqual(["e"]);
    expect(find("phone")).toEqual([]);
  });

  it("needs every term of a query with several, and ranks terms close together first", () => {
    const near = index([doc("far", "检察官" + "一".repeat(50) + "故事"), doc("near", "检察官的故事")]);
    expect(near("检察官 故事")).toEqual(["near", "far"]);
    expect(near("检察官 不在")).toEqual([]);
  });

  it("finds nothing for an empty or all-punctuation query", () => {
    expect(find("")).toEqual([]);
    expect(find("，。！")).toEqual([]);
  });

  it("ranks more occurrences above fewer, then keeps feed order", () => {
    const many = index([doc("once", "读书打卡"), doc("twice", "读书打卡，读书真好"), doc("again", "读书打卡")]);
    expect(many("读书")).toEqual(["twice", "once", "again"]);
  });
});

const LATIN = ["用iPhone 15拍的", "ＡＰＰＬＥ发布会", "Apple Watch真好", "读了Harry Potter第3本", "WiFi密码是abc123", "ｗｉｆｉ又断了", "看NBA总决赛"];

describe("search quality on a synthetic feed", () => {
  it("finds exactly the stories that contain the query, on 300 queries drawn from the text", () => {
    const random = seededRandom(7);
    const docs: SearchDoc[] = [];
    for (let i = 1; i <= 2_000; i += 1) {
      if (i % 5 === 0) docs.push(doc(`t${i}`, syntheticSnippet(random), undefined, "trending"));
      else {
        const post = syntheticPost(random, i);
        // Some stories mix in Latin words, in any case and in full-width forms.
        const latin = i % 7 === 0 ? LATIN[i % LATIN.length]! : "";
        docs.push(doc(`p${i}`, post.paragraphs.join("\n") + latin, post.headline));
      }
    }
    const find = index(docs);
    const folded = docs.map(foldDoc);
    const queries = drawQueries(docs, 300, random);
    let found = 0;
    let relevant = 0;
    let correct = 0;
    for (const query of queries) {
      const expected = new Set(truth(folded, query));
      const got = find(query);
      relevant += expected.size;
      found += got.length;
      correct += got.filter((id) => expected.has(id)).length;
    }
    const recall = correct / relevant;
    const precision = correct / found;
    expect(relevant).toBeGreaterThan(1_000);
    expect(recall).toBeGreaterThanOrEqual(0.99);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    // The index is exact by construction: anything less is a bug.
    expect([recall, precision]).toEqual([1, 1]);
  }, 60_000);
});
