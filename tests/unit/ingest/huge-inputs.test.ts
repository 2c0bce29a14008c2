// @vitest-environment node
// A 100 MB single-line input among good pages: named with its reason, never read whole, and
// the good pages around it still ingested.
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { ingest } from "../../../src/ingest/ingest";
import { FIXTURES, SEED } from "./helpers";

const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "qingyue-huge-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `head`, then `size` bytes of one unbroken line, then `tail`, 1 MiB at a time. */
function writeHuge(path: string, size: number, head = "", tail = "") {
  const fd = openSync(path, "w");
  const block = Buffer.alloc(MiB, "字".repeat(MiB / 3) + "a"); // 3-byte characters, whole
  writeSync(fd, head);
  for (let written = 0; written < size; written += MiB) writeSync(fd, block);
  writeSync(fd, tail);
  closeSync(fd);
}

it("names a 100 MB single-line page and a 100 MB JSON line, keeps memory flat, and ingests the rest", { timeout: 120_000 }, async () => {
  const out = join(dir, "out");
  copyFileSync(SEED, join(dir, "01-seed.txt"));
  writeHuge(join(dir, "02-huge.txt"), 100 * MiB);
  const good = JSON.stringify({ text: readFileSync(join(FIXTURES, "changjiang-dated.txt"), "utf8") });
  writeHuge(join(dir, "03-corpus.jsonl"), 100 * MiB, `${good}\n{"text": "`, `"}\n${good.replace("长江", "江城")}\n`);

  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const log: string[] = [];
  const result = await ingest({
    inputs: [join(dir, "01-seed.txt"), join(dir, "02-huge.txt"), join(dir, "03-corpus.jsonl")],
    out,
    pageSize: 10,
    baseUrl: "",
    log: (line) => log.push(line),
  });
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);

  expect(result.failures).toEqual([
    { name: join(dir, "02-huge.txt"), reason: "文件太大，不像一个页面（超过 32 MiB）" },
    { name: `${join(dir, "03-corpus.jsonl")}:2`, reason: "这一行太长（超过 32 MiB）" },
  ]);
  expect(log.join("\n")).toContain("02-huge.txt");
  // The seed and both good JSON lines were read.
  expect(result.pages).toBe(3);
  expect(result.written).toBe(true);
  expect(readdirSync(out)).toContain("feed.json");
  // Reading either input whole would take 100 MiB for the bytes and as much again for the
  // text. Streaming holds at most one 32 MiB line (about 63 MiB of RSS measured).
  expect((peak - before) / MiB).toBeLessThan(150);
});
