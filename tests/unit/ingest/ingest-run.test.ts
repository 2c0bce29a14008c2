// @vitest-environment node
// The ingest run in process: progress, failures and duplicates as the CLI reports them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingest } from "../../../src/ingest/ingest";
import { FIXTURES, SEED } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "qingyue-run-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ingest", () => {
  // Tests that read the log exactly turn the once-a-second progress line off: a slow machine
  // would otherwise add one mid-run.
  it("reports progress on the log while it reads many inputs", async () => {
    const lines: string[] = [];
    const inputs = ["changjiang-dated.txt", "chinanet-two-lists.txt", "xinhua-fullwidth-crlf.txt"].map((n) => join(FIXTURES, n));
    const result = await ingest({ inputs, out: join(dir, "progress"), pageSize: 10, baseUrl: "", log: (l) => lines.push(l), progressEveryMs: 0 });
    expect(result.failures).toEqual([]);
    expect(lines).toEqual([
      "ingest: 已读 1 个页面（0.0 MB），到此 1 条",
      "ingest: 已读 2 个页面（0.0 MB），到此 4 条",
      "ingest: 已读 3 个页面（0.0 MB），到此 6 条",
    ]);
  });

  it("keeps one copy of a story found twice, and counts the copy", async () => {
    const copy = join(dir, "copy.txt");
    writeFileSync(copy, readFileSync(SEED));
    const result = await ingest({ inputs: [SEED, copy], out: join(dir, "dupes"), pageSize: 10, baseUrl: "", log: () => undefined });
    expect([result.pages, result.items, result.duplicates, result.people]).toEqual([2, 23, 23, 2]);
    const people = JSON.parse(readFileSync(join(dir, "dupes", "people.json"), "utf8"));
    expect(people.people.map((p: { facts: unknown[] }) => p.facts.length)).toEqual([4, 2]);
  });

  it("names a page it can read but recover nothing from, and writes nothing when that is all", async () => {
    const chrome = join(dir, "chrome.txt");
    writeFileSync(chrome, "  • 首页\n  • 新闻\n分享到 转发 微博 Qzone 微信\n  • \nCopyright © 2020\n");
    const lines: string[] = [];
    const out = join(dir, "nothing");
    const result = await ingest({ inputs: [chrome], out, pageSize: 10, baseUrl: "", log: (l) => lines.push(l), progressEveryMs: Infinity });
    expect(result.written).toBe(false);
    expect(lines).toEqual([`ingest: 已跳过 ${chrome}：没有认出内容：既不是文章，也不是微博或列表`]);
  });

  it("leaves out a line too long to be a paragraph, names it, and keeps the rest of the page", async () => {
    const page = join(dir, "huge.txt");
    writeFileSync(page, `#话题#${"长".repeat(200_001)}\n\n#另一条#正常的一条微博。`);
    const lines: string[] = [];
    const out = join(dir, "huge");
    const result = await ingest({ inputs: [page], out, pageSize: 10, baseUrl: "", log: (l) => lines.push(l), progressEveryMs: Infinity });
    expect(lines).toEqual([`ingest: ${page}：有 1 段文字超过 20 万字，不像正文，没有收入`]);
    expect(result.items).toBe(1);
    expect(JSON.parse(readFileSync(join(out, "feed.json"), "utf8")).items[0]._qingyue.paragraphs).toEqual(["#另一条#正常的一条微博。"]);
  });

  it("reads a page holding U+2028 and U+2029, from a text file and a JSON Lines file, as line breaks", async () => {
    const text = "#话题#第一段，\u2028第二段。\u2029#另一条#又一条微博。";
    const txt = join(dir, "separators.txt");
    const jsonl = join(dir, "separators.jsonl");
    writeFileSync(txt, text);
    writeFileSync(jsonl, `${JSON.stringify({ text: text.replace("话题", "别的话题") })}\n`);
    const out = join(dir, "separators");
    const result = await ingest({ inputs: [txt, jsonl], out, pageSize: 10, baseUrl: "", log: () => undefined });
    expect(result.failures).toEqual([]);
    const items = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")).items as { _qingyue: { paragraphs: string[] } }[];
    expect(items.map((i) => i._qingyue.paragraphs).sort()).toEqual([
      ["#别的话题#第一段，", "第二段。", "#另一条#又一条微博。"],
      ["#话题#第一段，", "第二段。", "#另一条#又一条微博。"],
    ]);
  });
});
