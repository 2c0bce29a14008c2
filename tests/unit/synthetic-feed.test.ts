import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSyntheticFeed, SYNTHETIC_TITLE } from "../../scripts/synthetic-feed";
import { writeSyntheticFeed } from "../../scripts/make-feed";
import { parseFeedPage } from "../../src/content/parse-feed-page";

describe("the synthetic feed", () => {
  it("is valid JSON Feed pages of 20 items, clearly synthetic, chained by relative next_url", () => {
    const files = buildSyntheticFeed({ items: 45 });
    expect(files.map((f) => f.name)).toEqual(["feed.json", "feed-2.json", "feed-3.json"]);
    expect(files.map((f) => f.page.next_url)).toEqual(["feed-2.json", "feed-3.json", undefined]);
    const ids: string[] = [];
    for (const { page } of files) {
      const { page: parsed, dropped } = parseFeedPage(page);
      expect(dropped).toEqual([]);
      expect(parsed.title).toBe(SYNTHETIC_TITLE);
      ids.push(...parsed.items.map((item) => item.id));
    }
    expect(ids).toHaveLength(45);
    expect(new Set(ids).size).toBe(45);
    expect(ids.every((id) => /^syn-\d{5}$/.test(id))).toBe(true);
  });

  it("reads like the seed: Weibo markup, cut-off trending snippets, Chinese text", () => {
    const items = buildSyntheticFeed({ items: 200 }).flatMap((f) => f.page.items as { content_text: string; _qingyue: { kind: string; truncated?: boolean } }[]);
    const text = items.map((i) => i.content_text).join("");
    expect(text).toMatch(/#[^#]+#/);
    expect(text).toMatch(/\[[\u4e00-\u9fff]+\]/);
    expect(text).toMatch(/【[^】]+】/);
    expect(items.filter((i) => i._qingyue.kind === "trending").every((i) => i._qingyue.truncated)).toBe(true);
    expect(items.filter((i) => i._qingyue.kind === "post").length).toBeGreaterThan(100);
  });

  it("gives every post an author and about a third of them pictures, from one to more than nine, each file written beside the pages", async () => {
    const posts = buildSyntheticFeed({ items: 300 })
      .flatMap((f) => f.page.items as { authors?: { name: string }[]; attachments?: { url: string }[]; _qingyue: { kind: string } }[])
      .filter((i) => i._qingyue.kind === "post");
    expect(posts.every((p) => p.authors?.length === 1)).toBe(true);
    const counts = new Set(posts.map((p) => p.attachments?.length ?? 0));
    for (const n of [0, 1, 4, 9, 12]) expect(counts.has(n)).toBe(true);
    const withPictures = posts.filter((p) => p.attachments).length / posts.length;
    expect(withPictures).toBeGreaterThan(0.25);
    expect(withPictures).toBeLessThan(0.45);
    const out = mkdtempSync(join(tmpdir(), "qingyue-make-feed-"));
    try {
      await writeSyntheticFeed(out, 300);
      const urls = new Set(posts.flatMap((p) => [...(p.attachments ?? []).map((a) => a.url)]));
      for (const url of urls) expect(readFileSync(join(out, url.replace(/^\/feed\//, "")), "utf8")).toMatch(/^<svg /);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("is the same for the same seed, byte for byte", () => {
    expect(JSON.stringify(buildSyntheticFeed({ items: 50, seed: 7 }))).toBe(JSON.stringify(buildSyntheticFeed({ items: 50, seed: 7 })));
    expect(JSON.stringify(buildSyntheticFeed({ items: 50, seed: 7 }))).not.toBe(JSON.stringify(buildSyntheticFeed({ items: 50, seed: 8 })));
  });

  it("writes whole files, leaves no temporary ones, and removes pages of a longer earlier feed", async () => {
    const out = mkdtempSync(join(tmpdir(), "qingyue-make-feed-"));
    try {
      writeFileSync(join(out, "keep.txt"), "not ours");
      await writeSyntheticFeed(out, 2_100, 500);
      expect(readdirSync(out).filter((n) => n.startsWith("feed"))).toHaveLength(5);
      expect(readdirSync(out).filter((n) => n.startsWith("index"))).toHaveLength(3);
      expect(readdirSync(out).filter((n) => n.startsWith("search-docs")).length).toBeGreaterThan(1);
      await writeSyntheticFeed(out, 30);
      expect(readdirSync(out).sort()).toEqual(["feed-2.json", "feed.json", "index-1.json", "keep.txt", "pictures", "search-1.json", "search-docs-1.json", "search-docs-2.json"]);
      const index = JSON.parse(readFileSync(join(out, "index-1.json"), "utf8")) as { pages: Record<string, string> };
      expect(index.pages["syn-00030"]).toBe("feed-2.json");
      await writeSyntheticFeed(out, 30, 20, 1, false);
      expect(readdirSync(out).sort()).toEqual(["feed-2.json", "feed.json", "keep.txt", "pictures"]);
      expect(JSON.parse(readFileSync(join(out, "feed.json"), "utf8"))._qingyue).toBeUndefined();
      expect(JSON.parse(readFileSync(join(out, "feed-2.json"), "utf8")).next_url).toBeUndefined();
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("never overwrites the shipped feed", async () => {
    await expect(writeSyntheticFeed("public/feed", 10)).rejects.toThrow(/shipped feed/);
  });
});
