// @vitest-environment node
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { expect, it } from "vitest";
import type { Item } from "../../../src/content/feed-schema";
import { ItemSpill } from "../../../src/ingest/build/spill";

const post = (n: number): Item => ({
  id: `p-${n}`,
  url: `/posts/p-${n}`,
  content_text: `第${n}条\n换行与"引号"`,
  _qingyue: { kind: "post", paragraphs: [`第${n}条`, `换行与"引号"\u2028`] },
});

it("gives back every item parked on disk, whole and in order, and leaves nothing behind", async () => {
  const spill = await ItemSpill.open();
  const batches = [[post(1), post(2)], [], [post(3)], Array.from({ length: 500 }, (_, i) => post(i + 4))];
  for (const batch of batches) await spill.add(batch);
  const back: Item[] = [];
  for await (const item of spill.items()) back.push(item);
  expect(back).toEqual(batches.flat());
  const file = (spill as unknown as { file: string }).file;
  expect(existsSync(file)).toBe(true);
  await spill.dispose();
  expect(existsSync(dirname(file))).toBe(false);
});
