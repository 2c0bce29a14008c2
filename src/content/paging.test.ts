import { describe, expect, it } from "vitest";
import { nextPage, uniqueById, walkPages } from "./paging";

const page1 = "http://site.test/feed/feed.json";

describe("nextPage", () => {
  it("resolves a relative next_url against the page", () => {
    expect(nextPage("feed-2.json", page1, [page1])).toEqual({
      kind: "next",
      url: "http://site.test/feed/feed-2.json",
    });
  });
  it("ends when there is no next_url", () => {
    expect(nextPage(undefined, page1, [page1])).toEqual({ kind: "end" });
  });
  it("refuses a next_url that repeats an earlier page, however it is spelled", () => {
    const visited = [page1, "http://site.test/feed/feed-2.json"];
    expect(nextPage("/feed/feed.json", visited[1]!, visited).kind).toBe("refused");
    expect(nextPage("./feed-2.json#x", visited[1]!, visited).kind).toBe("refused");
  });
  it("refuses a page on another origin", () => {
    const result = nextPage("https://evil.test/feed-2.json", page1, [page1]);
    expect(result).toMatchObject({ kind: "refused" });
  });
});

describe("uniqueById", () => {
  it("keeps the first of duplicate ids across pages, in order", () => {
    const pages = [[{ id: "a", n: 1 }, { id: "b", n: 2 }], [{ id: "a", n: 3 }, { id: "c", n: 4 }]];
    expect(uniqueById(pages).map((i) => i.n)).toEqual([1, 2, 4]);
  });
});

describe("nextPage with a Set of pages read", () => {
  it("refuses a page already read without parsing each again", () => {
    const visited = new Set([page1, "http://site.test/feed/feed-2.json"]);
    expect(nextPage("feed.json", "http://site.test/feed/feed-2.json", visited).kind).toBe("refused");
    expect(nextPage("feed-3.json", "http://site.test/feed/feed-2.json", visited)).toEqual({
      kind: "next",
      url: "http://site.test/feed/feed-3.json",
    });
  });
});

describe("walkPages", () => {
  const pages: Record<string, { items: string[]; next?: string }> = {
    "http://site.test/feed/feed.json": { items: ["a"], next: "feed-2.json" },
    "http://site.test/feed/feed-2.json": { items: ["b"], next: "feed-3.json" },
    "http://site.test/feed/feed-3.json": { items: ["c"], next: "./feed-2.json#again" },
  };
  const read = async (url: string) => pages[url]!;

  async function walk(start: string, visited: string[] = []) {
    const read_: string[] = [];
    const generator = walkPages(start, read, (page) => page.next, visited);
    for (;;) {
      const step = await generator.next();
      if (step.done) return { read: read_, end: step.value };
      read_.push(...step.value.page.items);
    }
  }

  it("reads every page once and refuses a next_url that loops back, saying why", async () => {
    const { read: items, end } = await walk(page1);
    expect(items).toEqual(["a", "b", "c"]);
    expect(end).toMatchObject({ kind: "refused", reason: expect.stringContaining("循环") });
  });

  it("goes on after pages read elsewhere, and refuses to start on one of them", async () => {
    expect((await walk("http://site.test/feed/feed-2.json", [page1])).read).toEqual(["b", "c"]);
    const again = await walk(page1, [page1]);
    expect(again.read).toEqual([]);
    expect(again.end.kind).toBe("refused");
  });

  it("stops where the caller stops, without reading further", async () => {
    let reads = 0;
    for await (const { page } of walkPages(page1, async (url) => (reads++, pages[url]!), (page) => page.next)) {
      if (page.items.includes("a")) break;
    }
    expect(reads).toBe(1);
  });
});
