// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodePage } from "../../../src/ingest/decode";
import { readInputs, type InputEvent } from "../../../src/ingest/inputs";

const dir = mkdtempSync(join(tmpdir(), "qingyue-inputs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(paths: string[]): Promise<InputEvent[]> {
  const events: InputEvent[] = [];
  for await (const e of readInputs(paths)) events.push(e);
  return events;
}

const summary = (events: InputEvent[]) => events.map((e) => (e.ok ? [e.name, "ok"] : [e.name, e.reason]));

/** "你好" in GBK: valid bytes in that encoding, invalid UTF-8. */
const GBK = Buffer.from([0xc4, 0xe3, 0xba, 0xc3]);
/** 0xFF opens no character in UTF-8, GBK, GB18030 or Big5. */
const UNDECODABLE = Buffer.from([0x41, 0xff, 0x42, 0xff]);

describe("decoding one page", () => {
  it("accepts UTF-8 (dropping a BOM) and names every other case", () => {
    expect(decodePage(Buffer.from("\uFEFF标题\n正文。"))).toEqual({ text: "标题\n正文。", encoding: "utf-8" });
    expect(decodePage(Buffer.alloc(0))).toEqual({ reason: "文件是空的" });
    expect(decodePage(Buffer.from(" \n\t "))).toEqual({ reason: "内容是空的（只有空白）" });
    expect(decodePage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({ reason: "不是文字：含有 NUL 字节（像是二进制文件）" });
    expect(decodePage(GBK)).toEqual({ text: "你好", encoding: "gb18030" });
    expect(decodePage(UNDECODABLE)).toEqual({ reason: "无法解码：读不出是哪种文字编码" });
  });
});

describe("reading inputs", () => {
  it("walks a folder in sorted order, into subfolders, taking page files and corpora only", async () => {
    const folder = join(dir, "walk");
    mkdirSync(join(folder, "b-sub"), { recursive: true });
    writeFileSync(join(folder, "c.txt"), "三");
    writeFileSync(join(folder, "a.txt"), "一");
    writeFileSync(join(folder, "b-sub", "x.txt"), "二");
    writeFileSync(join(folder, "notes.pdf"), "not a page");
    writeFileSync(join(folder, "photo.jpg"), "not a page");
    writeFileSync(join(folder, ".hidden.txt"), "hidden");
    writeFileSync(join(folder, "d.jsonl"), '{"text":"四"}\n');
    // A page saved as Markdown, as scrapers write them.
    writeFileSync(join(folder, "e.md"), "# 五");
    const events = await collect([folder]);
    expect(events.map((e) => (e.ok && "text" in e ? e.text : e.ok ? e.name : e.reason))).toEqual(["一", "二", "三", "四", "# 五"]);
  });

  it("sorts the inputs given, and names those it cannot read with the reason", async () => {
    const bad = join(dir, "bad");
    mkdirSync(bad);
    writeFileSync(join(bad, "gbk.txt"), GBK);
    writeFileSync(join(bad, "garbled.txt"), UNDECODABLE);
    writeFileSync(join(bad, "empty.txt"), "");
    writeFileSync(join(bad, "good.txt"), "好");
    mkdirSync(join(dir, "nothing-here"));
    const missing = join(dir, "missing.txt");
    const events = await collect([missing, join(dir, "nothing-here"), bad]);
    expect(summary(events)).toEqual([
      [join(bad, "empty.txt"), "文件是空的"],
      [join(bad, "garbled.txt"), "无法解码：读不出是哪种文字编码"],
      [join(bad, "gbk.txt"), "ok"],
      [join(bad, "good.txt"), "ok"],
      [missing, "找不到这个文件或文件夹"],
      [join(dir, "nothing-here"), "文件夹里没有可读的文件：网页（.txt、.html）、语料（.jsonl）、微博数据（.json、.csv）或订阅源"],
    ]);
  });

  it("streams JSON Lines, naming each bad line by number and keeping a page's url", async () => {
    const file = join(dir, "corpus.jsonl");
    const lines = [
      JSON.stringify({ text: "第一页", url: "https://example.com/1" }),
      "",
      "not json",
      JSON.stringify({ title: "no text" }),
      JSON.stringify({ text: "   " }),
      JSON.stringify({ text: "第六页", url: "javascript:alert(1)" }),
    ];
    writeFileSync(file, Buffer.concat([Buffer.from(lines.join("\n")), Buffer.from("\n"), GBK, Buffer.from("\r\n")]));
    const events = await collect([file]);
    expect(summary(events)).toEqual([
      [`${file}:1`, "ok"],
      [`${file}:3`, "这一行不是 JSON"],
      [`${file}:4`, "这一行没有 text 或 html 文字，也不是有标题和正文的新闻"],
      [`${file}:5`, "内容是空的（只有空白）"],
      [`${file}:6`, "ok"],
      [`${file}:7`, "这一行不是 UTF-8 文字"],
    ]);
    expect(events[0]).toMatchObject({ text: "第一页", externalUrl: "https://example.com/1" });
    expect(events[4]).not.toHaveProperty("externalUrl");
  });

  it("splits JSON Lines correctly across stream chunks", async () => {
    const file = join(dir, "big.jsonl");
    const text = "长".repeat(30_000);
    writeFileSync(file, Array.from({ length: 5 }, (_, i) => JSON.stringify({ text: `${i}${text}` })).join("\n"));
    const events = await collect([file]);
    expect(events.map((e) => (e.ok && "text" in e ? [e.text.length, e.text[0]] : e.ok ? e.name : e.reason))).toEqual(
      Array.from({ length: 5 }, (_, i) => [30_001, String(i)]),
    );
  });

  it("names an empty .jsonl file", async () => {
    const file = join(dir, "empty.jsonl");
    writeFileSync(file, "");
    expect(summary(await collect([file]))).toEqual([[file, "文件是空的"]]);
  });
});
