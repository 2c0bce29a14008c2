// @vitest-environment node
// Which pages the build prerenders: the seed's stories keep the addresses they had, and a
// feed from another publisher (JSON Feed 1, ids of any kind) builds too.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectPages } from "../../scripts/prerender-pages";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function distWith(feed: Record<string, unknown>): string {
  const dist = mkdtempSync(join(tmpdir(), "qingyue-pages-"));
  dirs.push(dist);
  mkdirSync(join(dist, "feed"));
  for (const [name, value] of Object.entries(feed)) writeFileSync(join(dist, "feed", name), JSON.stringify(value));
  return dist;
}

describe("collectPages", () => {
  it("keeps every story of the shipped feed at /articles/<id> or /posts/<id>, as before route keys", async () => {
    const dist = mkdtempSync(join(tmpdir(), "qingyue-pages-"));
    dirs.push(dist);
    cpSync("public/feed", join(dist, "feed"), { recursive: true });
    const { routes, items } = await collectPages(dist);
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) {
      const kind = item._qingyue.kind === "article" ? "articles" : "posts";
      expect(routes).toContain(`/${kind}/${item.id}`);
    }
    const raw = JSON.parse(readFileSync("public/feed/feed.json", "utf8")) as { items: { id: string; url: string }[] };
    for (const item of raw.items) expect(routes).toContain(item.url);
  });

  it("lists the stories of a JSON Feed 1 with URL and numeric ids under URL-safe keys, and the about page", async () => {
    const dist = distWith({
      "feed.json": {
        version: "https://jsonfeed.org/version/1",
        title: "A blog",
        author: { name: "Jane" },
        items: [
          { id: "https://blog.example/2024/01/post", title: "Post", content_html: "<p>Hello</p>" },
          { id: 3, content_text: "Three" },
          { id: "x", content_text: "tag too long", tags: ["t".repeat(300)] },
        ],
      },
    });
    const { routes } = await collectPages(dist);
    expect(routes).toEqual(expect.arrayContaining(["/", "/about", "/posts/_aHR0cHM6Ly9ibG9nLmV4YW1wbGUvMjAyNC8wMS9wb3N0", "/posts/3", "/posts/x"]));
    // Every path segment is a valid file name.
    for (const route of routes) for (const segment of route.split("/")) expect(Buffer.byteLength(segment)).toBeLessThanOrEqual(255);
  });
});
