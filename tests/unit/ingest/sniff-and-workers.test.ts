// @vitest-environment node
// Inputs recognised by their content, and pages read on worker threads: the feed comes out
// byte for byte the same as when one thread reads every page in turn.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingest } from "../../../src/ingest/ingest";
import { readInputs, type InputEvent } from "../../../src/ingest/inputs";
import { sniffKind } from "../../../src/ingest/sniff";
import { fixture, ROOT, SEED } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "qingyue-sniff-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sniffing an input's kind", () => {
  it("knows an HTML document by its markup, whatever its name", () => {
    expect(sniffKind("<!DOCTYPE html>\n<html><head>", "page.txt")).toBe("html");
    expect(sniffKind('\uFEFF<?xml version="1.0" encoding="gb2312"?>\n<!-- saved -->\n<html xmlns="http://www.w3.org/1999/xhtml">', "saved")).toBe("html");
    expect(sniffKind("<html>\n<body>", "download")).toBe("html");
  });

  it("knows a JSON Lines corpus by its first record", () => {
    expect(sniffKind('{"html": "<p>一</p>", "url": "https://example.org/1"}\n', "crawl-001")).toBe("jsonl");
    expect(sniffKind('{"text": "标题\\n正文"}\n', "corpus.dat")).toBe("jsonl");
  });

  it("keeps page text and a scraped post fragment on the text path", () => {
    expect(sniffKind("检察机关援疆三年回眸\n最高人民检察院\n", "page")).toBe("text");
    expect(sniffKind(fixture("weibo-html.txt"), "weibo-html.txt")).toBe("text");
  });
});

describe("reading a folder of mixed pages", () => {
  it("reads HTML without an extension, .htm and text pages, each as its kind", async () => {
    const folder = join(dir, "mixed");
    mkdirSync(folder);
    writeFileSync(join(folder, "a-saved-page"), readFileSync(join(ROOT, "tests", "fixtures", "html", "meta-only.html")));
    writeFileSync(join(folder, "b.htm"), readFileSync(join(ROOT, "tests", "fixtures", "html", "gov-gbk.html")));
    writeFileSync(join(folder, "c.txt"), readFileSync(SEED));
    writeFileSync(join(folder, "d.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const events: InputEvent[] = [];
    for await (const e of readInputs([folder])) events.push(e);
    expect(events.map((e) => (e.ok && "kind" in e ? e.kind : e.ok ? "data" : e.reason))).toEqual(["html", "html", "text"]);
  });
});

describe("reading pages on worker threads", { timeout: 120_000 }, () => {
  // More pages than the ingest reads on its own thread before it starts workers.
  const corpus = join(dir, "corpus.jsonl");
  const lines: string[] = [];
  const html = readFileSync(join(ROOT, "tests", "fixtures", "html", "portal-article.html"), "utf8");
  const seed = readFileSync(SEED, "utf8");
  for (let n = 1; n <= 160; n += 1) {
    if (n % 3 === 0) lines.push(JSON.stringify({ html: html.replace("今年底全部开放", `今年底全部开放（${n}）`).replaceAll("三座", `${n}座`), url: `https://news.example.org/${n}.html` }));
    else if (n % 3 === 1) lines.push(JSON.stringify({ text: seed.replace("倾情倾力倾智", `倾情倾力倾智${n}`).replaceAll("援疆干部", `援疆干部${n}`) }));
    else lines.push(JSON.stringify({ html: `<html><body><ul><li><a href="/${n}">第${n}条</a></li></ul></body></html>` }));
  }
  // Read on a worker: a line too long to be a paragraph is left out there and named; the rest of its page is kept.
  lines.push(JSON.stringify({ text: `#话题#${"长".repeat(200_001)}\n\n#另一条#正常的一条微博。` }));
  writeFileSync(corpus, `${lines.join("\n")}\n`);

  const run = async (workers: number) => {
    const out = join(dir, `out-${workers}`);
    const logged: string[] = [];
    const result = await ingest({ inputs: [corpus], out, pageSize: 10, baseUrl: "", log: (l) => logged.push(l), workers });
    const files = Object.fromEntries(readdirSync(out).sort().map((name) => [name, readFileSync(join(out, name), "utf8")]));
    return { result, files, logged: logged.filter((l) => l.includes("已跳过")) };
  };

  it("writes the same bytes and names the same failures, in input order", async () => {
    const single = await run(0);
    const parallel = await run(2);
    expect(single.result.pages).toBe(108);
    expect(single.result.failures).toHaveLength(54);
    expect(parallel.result.failures.at(-1)?.reason).toBe("有 1 段文字超过 20 万字，不像正文，没有收入（以“#话题#长长长长长长长长…”开头、共 20 万字）");
    expect(Object.values(parallel.files).some((text) => text.includes('"#另一条#正常的一条微博。"'))).toBe(true);
    expect(single.result.failures[0]?.reason).toBe("不是文章页：没有成段的正文（像是首页、栏目或列表页）");
    expect(parallel.result.failures).toEqual(single.result.failures);
    expect(parallel.logged).toEqual(single.logged);
    expect(Object.keys(parallel.files)).toEqual(Object.keys(single.files));
    expect(parallel.files).toEqual(single.files);
  });
});

describe("data files by their content", () => {
  it("reads a feed and Weibo data whatever their names say", async () => {
    const folder = mkdtempSync(join(tmpdir(), "qingyue-sniff-data-"));
    writeFileSync(join(folder, "a-feed"), `<?xml version="1.0"?><rss version="2.0"><channel><title>检察要闻</title><link>https://example.org/</link><item><title>一条新闻</title><link>https://example.org/1</link><description>正文一段。</description></item></channel></rss>`);
    writeFileSync(join(folder, "b-posts.txt"), JSON.stringify({ statuses: [{ id: 4400000000000001, mid: "4400000000000001", text: "今天天气很好#晴天#", created_at: "Sat Jul 13 10:00:00 +0800 2019", user: { id: 1, screen_name: "某网友" } }] }));
    writeFileSync(join(folder, "c-page.txt"), "[转载]一篇文章的标题\n\n正文第一段。");
    const events: InputEvent[] = [];
    for await (const e of readInputs([folder])) events.push(e);
    expect(events.map((e) => (e.ok && "items" in e ? e.items.map((i) => i.title ?? i.content_text) : e.ok ? e.kind : e.reason))).toEqual([
      ["一条新闻"],
      [expect.stringContaining("今天天气很好")],
      "text",
    ]);
  });
});
