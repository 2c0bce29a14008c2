import { shardCount, shardFileName, shardOf } from "./item-index";

describe("item index shards", () => {
  it("gives a feed one shard per thousand items, and at least one", () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(1)).toBe(1);
    expect(shardCount(1_000)).toBe(1);
    expect(shardCount(1_001)).toBe(2);
    expect(shardCount(78_729)).toBe(79);
  });

  it("puts an id in the same shard every time, within range, and spreads ids evenly", () => {
    expect(shardOf("a-3m9rqtzp4essw", 79)).toBe(shardOf("a-3m9rqtzp4essw", 79));
    expect(shardOf("anything", 1)).toBe(0);
    // FNV-1a of "a" is 0xe40c292c: the app and the ingest must agree on this value.
    expect(shardOf("a", 0x1_0000_0000 - 1)).toBe(0xe40c292c);
    const sizes = new Array<number>(16).fill(0);
    for (let i = 0; i < 16_000; i += 1) sizes[shardOf(`p-${i.toString(36)}`, 16)]! += 1;
    expect(Math.min(...sizes)).toBeGreaterThan(800);
    expect(Math.max(...sizes)).toBeLessThan(1_200);
  });

  it("names shard files from 1", () => {
    expect(shardFileName(0)).toBe("index-1.json");
    expect(shardFileName(78)).toBe("index-79.json");
  });
});
