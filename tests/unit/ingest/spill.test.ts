// @vitest-environment node
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, it } from "vitest";
import type { Item } from "../../../src/content/feed-schema";
import { renderItem } from "../../../src/ingest/build/feed-pages";
import { ItemSpill } from "../../../src/ingest/build/spill";
import { linesOf } from "../../../src/ingest/json-lines";

const post = (n: number): Item => ({
  id: `p-${n}`,
  url: `/posts/p-${n}`,
  content_text: `第${n}条\n换行与"引号"`,
  _qingyue: { kind: "post", paragraphs: [`第${n}条`, `换行与"引号"`] },
});

const parked = (item: Item) => ({ item, text: renderItem(item) });

it("gives back every item parked on disk, whole and in order, with its rendering, and leaves nothing behind", async () => {
  const spill = await ItemSpill.open();
  const batches = [[post(1), post(2)], [], [post(3)], Array.from({ length: 500 }, (_, i) => post(i + 4))];
  for (const batch of batches) spill.add(batch.map(renderItem));
  const back: { item: Item; text: string }[] = [];
  for await (const got of spill.items()) back.push(got);
  expect(back).toEqual(batches.flat().map(parked));
  expect(back[0]!.text).toBe(JSON.stringify(post(1), null, 2).replaceAll("\n", "\n    "));
  const file = (spill as unknown as { file: string }).file;
  expect(existsSync(file)).toBe(true);
  await spill.dispose();
  expect(existsSync(dirname(file))).toBe(false);
});

// JSON.stringify leaves U+2028 and U+2029 raw, and Node 24's readline ends a line at each.
it("gives back items whose text holds a line separator (U+2028) and a paragraph separator (U+2029)", async () => {
  // …and the record separator (U+001E) that ends each parked item.
  const text = "他说：\u2028“不忘初心。”\u2029第二段，\u2028\u2029完\u001e。";
  const item: Item = {
    id: "p-separators",
    url: "/posts/p-separators",
    title: "标题\u2029",
    content_text: text,
    _qingyue: { kind: "post", paragraphs: text.split("\u2029") },
  };
  const spill = await ItemSpill.open();
  try {
    spill.add([post(1), item, post(2)].map(renderItem));
    const back: { item: Item; text: string }[] = [];
    for await (const got of spill.items()) back.push(got);
    expect(back).toEqual([post(1), item, post(2)].map(parked));
  } finally {
    await spill.dispose();
  }
});

it("reads a file's lines at \\n only (or records at the separator given), across reads, with or without a last newline", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qingyue-lines-"));
  try {
    const path = join(dir, "lines.jsonl");
    // Longer than one 64 KiB read, so a line and a separator straddle reads.
    const long = "长".repeat(100_000);
    writeFileSync(path, `a\u2028b\n\n${long}\u2029${long}\nlast`);
    const lines: string[] = [];
    for await (const line of linesOf(path)) lines.push(line);
    expect(lines).toEqual(["a\u2028b", "", `${long}\u2029${long}`, "last"]);
    const records: string[] = [];
    for await (const record of linesOf(path, "utf8", "\u2029")) records.push(record);
    expect(records).toEqual([`a\u2028b\n\n${long}`, `${long}\nlast`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
