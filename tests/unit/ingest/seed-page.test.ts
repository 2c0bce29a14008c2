// @vitest-environment node
// The seed page, structure exactly: every paragraph in order (compared with the source lines
// themselves, so none is lost or merged), both posts whole, both people, all 20 list items.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { byKind, ingestText, SEED } from "./helpers";

const source = readFileSync(SEED, "utf8");
const seedLines = source.split("\n").map((l) => l.trim());
/** Source lines by 1-based line number, inclusive. */
const linesAt = (from: number, to: number) => seedLines.slice(from - 1, to);
const { items, people } = ingestText(source);
const [article] = byKind(items, "article");
const posts = byKind(items, "post");
const trending = byKind(items, "trending");

describe("the seed page", () => {
  it("yields one article, two posts and twenty trending items, in source order", () => {
    expect(items.map((i) => i._qingyue.kind)).toEqual(["article", "post", "post", ...Array<string>(20).fill("trending")]);
  });

  it("reads the article's title, publisher, source and writers, and gives no date it does not print", () => {
    expect(article?.title).toBe("检察机关援疆三年回眸:倾情倾力倾智,援疆真情洒满天山南北");
    expect(article?._qingyue.publisher).toBe("最高人民检察院");
    expect(article?._qingyue.source).toBe("检察日报");
    expect(article?.date_published).toBeUndefined();
    expect(article?._qingyue.date_precision).toBeUndefined();
    // The writers its closing credit names ("(文字:何海燕 王晨 编辑:胡仲涛)"), not its editor.
    expect(article?.authors).toEqual([{ name: "何海燕" }, { name: "王晨" }]);
  });

  it("keeps every body paragraph, in order, under its section heading", () => {
    const sections = article?._qingyue.sections ?? [];
    expect(sections.map((s) => [s.heading, s.paragraphs.length])).toEqual([
      [undefined, 3],
      ["高位推动有力量", 8],
      ["真情援助有温度", 5],
      ["发奋图强有作为", 7],
    ]);
    expect(sections.map((s) => s.paragraphs)).toEqual([linesAt(5, 7), linesAt(10, 17), linesAt(20, 24), linesAt(27, 33)]);
  });

  it("reads the closing credit into writers and editors", () => {
    expect(article?._qingyue.byline).toEqual({ text: "(文字:何海燕 王晨 编辑:胡仲涛)", writers: ["何海燕", "王晨"], editors: ["胡仲涛"] });
  });

  it("gives the article a summary that ends at a sentence, and its full text", () => {
    expect(article?.summary).toBe(
      "“盛夏的鄯善可谓‘墙上烙大饼,沙里煮鸡蛋’,但比吐鲁番火炉更炙热的,是我们心中涌动的热血!”2018年夏天,湖南省衡阳市检察院援疆干部周冬齐、张钧来到新疆维吾尔自治区鄯善县检察院挂职。",
    );
    expect(article?.content_text?.split("\n\n")).toHaveLength(3 + 8 + 5 + 7 + 3 + 1);
  });

  it("reads the 郑严凯 post whole, with its headline, topic and link", () => {
    const post = posts[0];
    expect(post?.title).toBe("“最美检察官”郑严凯");
    expect(post?._qingyue.headline).toBe("“最美检察官”郑严凯");
    expect(post?._qingyue.paragraphs).toEqual(linesAt(36, 36));
    expect(post?._qingyue.topics).toEqual(["曲检人物"]);
    expect(post?.tags).toEqual(["曲检人物"]);
    expect(post?._qingyue.links).toEqual(["https://t.cn/EzdjDmC"]);
    expect(post?._qingyue.source_item).toBe(article?.id);
  });

  it("reads the 周会明 post across its blank line, keeping (来源:…) inside its paragraph", () => {
    const post = posts[1];
    expect(post?.title).toBe("一首写给全国模范检察官周会明的歌");
    expect(post?._qingyue.paragraphs).toEqual([...linesAt(39, 41), ...linesAt(43, 44)]);
    expect(post?._qingyue.paragraphs.at(-1)).toMatch(/https:\/\/t\.cn\/E7yNAwW\(来源:安徽检察\)$/);
    expect(post?._qingyue.links).toEqual(["https://t.cn/E7yNAwW"]);
    expect(post?._qingyue.topics).toBeUndefined();
    expect(post?.content_text).toBe(post?._qingyue.paragraphs.join("\n\n"));
  });

  it("profiles exactly the two people the posts present, every fact tied to its paragraph", () => {
    expect(people.map((p) => [p.name, p.honours, p.organisation])).toEqual([
      ["郑严凯", ["最美检察官"], "曲靖市检察院"],
      ["周会明", ["全国模范检察官"], "安徽省宣城市人民检察"],
    ]);
    const [zheng, zhou] = people;
    expect(zheng?.summary).toBe("在近日公示的“云岭模范”中,曲靖市检察院检察官郑严凯获得“最美检察官”称号。");
    expect(zheng?.facts.map((f) => [f.item, f.paragraph])).toEqual(Array(4).fill([posts[0]?.id, 1]));
    expect(zhou?.facts.map((f) => [f.text, f.item, f.paragraph])).toEqual([
      ["全国模范检察官——周会明!", posts[1]?.id, 2],
      [expect.stringMatching(/^周会明生前工作的最后一站是安徽省宣城市人民检察,/), posts[1]?.id, 4],
    ]);
    for (const person of people) {
      for (const fact of person.facts) {
        const item = items.find((i) => i.id === fact.item);
        const paragraphs = item?._qingyue.kind === "post" ? item._qingyue.paragraphs : [];
        expect(paragraphs[fact.paragraph - 1]).toContain(fact.text);
        expect(fact.text).toContain(person.name);
      }
    }
    expect(posts.map((p) => p._qingyue.people)).toEqual([[zheng?.id], [zhou?.id]]);
    expect(article?._qingyue.people).toBeUndefined();
  });

  it("lists the twenty trending snippets as printed, only the whole one not marked cut off", () => {
    expect(trending.map((t) => t._qingyue.text)).toEqual(linesAt(49, 68).map((l) => l.replace(/^•\s*/u, "")));
    expect(trending.map((t) => t._qingyue.truncated)).toEqual(Array.from({ length: 20 }, (_, i) => i !== 1));
    expect(new Set(trending.map((t) => t._qingyue.list))).toEqual(new Set(["热门推荐"]));
    expect(trending[3]?._qingyue.topics).toEqual(["任嘉伦", "任嘉伦411生日快乐", "任嘉伦代言周大生"]);
    expect(trending.every((t) => t.url === `/posts/${t.id}` && t._qingyue.source_item === article?.id)).toBe(true);
  });

  it("lets no page chrome into any item", () => {
    const json = JSON.stringify(items);
    for (const chrome of ["发布", "👍", "举报", "写留言", "🖊", "✋"]) expect(json).not.toContain(chrome);
  });

  it("links each item to its own page on this site", () => {
    expect(article?.url).toBe(`/articles/${article?.id}`);
    expect(posts.map((p) => p.url)).toEqual(posts.map((p) => `/posts/${p.id}`));
    expect(ingestText(source, "https://qingyue.example").items[0]?.url).toBe(`https://qingyue.example/articles/${article?.id}`);
  });
});
