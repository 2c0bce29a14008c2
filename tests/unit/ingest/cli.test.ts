// @vitest-environment node
// The ingest command end to end, as a user runs it: a child process writing into a temp folder.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as v from "valibot";
import { AuthorsDocumentSchema, FeedEnvelopeSchema, ItemIndexSchema, ItemSchema, PeopleDocumentSchema, TopicIndexSchema, SearchDocShardSchema, SearchTokenShardSchema } from "../../../src/content/feed-schema";
import { FIXTURES, ROOT, SEED } from "./helpers";

const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const CLI = join(ROOT, "src", "ingest", "cli.ts");
const dir = mkdtempSync(join(tmpdir(), "qingyue-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ingest(args: string[]) {
  const run = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const snapshot = (out: string) => Object.fromEntries(readdirSync(out).sort().map((n) => [n, readFileSync(join(out, n), "utf8")]));

describe("npm run ingest", { timeout: 60_000 }, () => {
  const inputs = join(dir, "inputs");
  mkdirSync(inputs);
  copyFileSync(SEED, join(inputs, "01-seed.txt"));
  copyFileSync(join(FIXTURES, "changjiang-dated.txt"), join(inputs, "02-changjiang.txt"));
  writeFileSync(join(inputs, "03-garbled.txt"), Buffer.from([0xc4, 0xff, 0xba, 0xff, 0x0a]));
  writeFileSync(join(inputs, "04-binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00]));
  writeFileSync(join(inputs, "05-empty.txt"), "");
  writeFileSync(join(inputs, "06-chrome-only.txt"), "发布 👍 0 举报 写留言\n");
  const missing = join(dir, "no-such-page.txt");

  it("ingests the good inputs, names each bad one with its reason on stderr, and exits non-zero", () => {
    const out = join(dir, "out");
    const run = ingest(["--out", out, inputs, missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(inputs, "03-garbled.txt")}：无法解码`);
    expect(run.stderr).toContain(`${join(inputs, "04-binary.txt")}：不是文字`);
    expect(run.stderr).toContain(`${join(inputs, "05-empty.txt")}：文件是空的`);
    expect(run.stderr).toContain(`${join(inputs, "06-chrome-only.txt")}：没有认出内容`);
    expect(run.stderr).toContain(`${missing}：找不到这个文件或文件夹`);
    expect(run.stdout).toContain("读了 2 个页面 → 24 条（文章 2，微博 2，热门 20），人物 2 位");
    const files = snapshot(out);
    expect(Object.keys(files)).toEqual([
      "authors.json", "feed-2.json", "feed-3.json", "feed.json", "index-1.json", "people.json", "search-1.json", "search-docs-1.json", "search-docs-2.json", "topics-1.json",
    ]);
    for (const [name, text] of Object.entries(files)) {
      const json = JSON.parse(text);
      if (name === "people.json") v.parse(PeopleDocumentSchema, json);
      else if (name === "authors.json") expect(v.parse(AuthorsDocumentSchema, json).authors.map((a) => a.name)).toEqual(["何海燕", "王晨"]);
      else if (name.startsWith("index-")) expect(Object.keys(v.parse(ItemIndexSchema, json).pages)).toHaveLength(24);
      else if (name.startsWith("search-docs-")) expect(v.parse(SearchDocShardSchema, json).docs.length).toBeGreaterThan(0);
      else if (name.startsWith("search-")) expect(Object.keys(v.parse(SearchTokenShardSchema, json).tokens).length).toBeGreaterThan(0);
      else if (name.startsWith("topics-")) expect(Object.keys(v.parse(TopicIndexSchema, json).topics).length).toBeGreaterThan(0);
      else for (const item of v.parse(FeedEnvelopeSchema, json).items) v.parse(ItemSchema, item);
    }
  });

  it("says in words why it cannot write where --out points, and exits non-zero", () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "not a folder");
    const run = ingest(["--out", file, SEED]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`ingest: 没能写入 输出文件夹 ${file}：那里已有一个同名的文件，不是文件夹；输出文件夹里原有的内容没有改动\n`);
    expect(readFileSync(file, "utf8")).toBe("not a folder");
  });

  it("is byte-identical on a rerun and leaves no temp file", () => {
    const out = join(dir, "rerun");
    expect(ingest(["--out", out, "--page-size", "7", SEED]).code).toBe(0);
    const first = snapshot(out);
    expect(Object.keys(first).filter((n) => !n.startsWith("search-"))).toEqual(["authors.json", "feed-2.json", "feed-3.json", "feed-4.json", "feed.json", "index-1.json", "people.json", "topics-1.json"]);
    expect(ingest(["--out", out, "--page-size", "7", SEED]).code).toBe(0);
    expect(snapshot(out)).toEqual(first);
    expect(readdirSync(out).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("reads JSON Lines, and drops a page repeated in the corpus as a duplicate", () => {
    const out = join(dir, "jsonl");
    const file = join(dir, "corpus.jsonl");
    const seed = readFileSync(SEED, "utf8");
    writeFileSync(file, `${JSON.stringify({ text: seed, url: "https://www.spp.gov.cn/x" })}\n${JSON.stringify({ text: seed })}\n`);
    const run = ingest(["--out", out, "--base-url", "https://qingyue.example/", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("23 条（文章 1，微博 2，热门 20；去掉重复 23 条）");
    const page = JSON.parse(readFileSync(join(out, "feed.json"), "utf8"));
    expect(page.next_url).toBe("https://qingyue.example/feed/feed-2.json");
    expect(page.items[0]).toMatchObject({ external_url: "https://www.spp.gov.cn/x", url: expect.stringMatching(/^https:\/\/qingyue\.example\/articles\/a-/) });
  });

  it("writes nothing when no input is usable", () => {
    const out = join(dir, "none");
    const run = ingest(["--out", out, join(inputs, "05-empty.txt")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("什么也没有写");
    expect(() => readdirSync(out)).toThrow();
  });

  it("explains its usage on a bad argument", () => {
    const run = ingest(["--page-size", "0", SEED]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--page-size 要是 1 到 999999 的整数，给的是“0”");
    expect(run.stderr).toContain("用法：npm run ingest");
    const none = ingest([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("没有给出输入");
    const unknown = ingest(["--pagesize", "5", SEED]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("没有 --pagesize 这个选项");
    expect(unknown.stderr).not.toMatch(/Unknown option/u);
  });
});
