import { describe, expect, it } from "vitest";
import { nextPage, uniqueById } from "./paging";

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
