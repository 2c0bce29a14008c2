import { describe, expect, it } from "vitest";
import { EMPTY_OUTLINE, readOutline, withPage, type FeedOutline } from "./feed-outline";

const base = "http://site.test/feed/";
const items = (...ids: string[]) => ids.map((id) => ({ id }));
const pageUrl = (index: number) => `${base}${index === 0 ? "feed.json" : `feed-${index + 1}.json`}`;

function outlineOf(...pages: string[][]): FeedOutline {
  return pages.reduce(
    (outline, ids, index) => withPage(outline, index, pageUrl(index), items(...ids), index < pages.length - 1 ? `feed-${index + 2}.json` : undefined).outline,
    EMPTY_OUTLINE,
  );
}

describe("the feed's outline", () => {
  it("gives every item a slot in feed order, and finds a slot's page", () => {
    const outline = readOutline(outlineOf(["a", "b"], ["c", "d", "e"], ["f"]));
    expect(outline.total).toBe(6);
    expect([0, 1, 2, 4, 5].map((slot) => outline.pageOf(slot))).toEqual([0, 0, 1, 1, 2]);
    expect(outline.start(1)).toBe(2);
    expect(outline.size(1)).toBe(3);
    expect(outline.idAt(4)).toBe("e");
    expect(outline.slotOf("f")).toBe(5);
    expect(outline.complete).toBe(true);
  });

  it("shows an id repeated on a later page once, in its first place", () => {
    const first = withPage(EMPTY_OUTLINE, 0, pageUrl(0), items("a", "b"), "feed-2.json").outline;
    const second = withPage(first, 1, pageUrl(1), items("b", "c"), undefined);
    expect(second.items.map((item) => item?.id)).toEqual(["c"]);
    expect(readOutline(second.outline).total).toBe(3);
    expect(readOutline(second.outline).slotOf("b")).toBe(1);
  });

  it("keeps a page's slots when it is read again after being let go, and leaves the outline as it was", () => {
    const outline = outlineOf(["a", "b"], ["b", "c", "d"]);
    // Read again, with a story gone: the rest keep their places.
    const again = withPage(outline, 1, pageUrl(1), items("b", "d"), undefined);
    expect(again.items.map((item) => item?.id ?? null)).toEqual([null, "d"]);
    expect(again.outline).toBe(outline);
    expect(readOutline(again.outline).total).toBe(4);
  });

  it("never changes an outline it is given: reading a page makes a new one", () => {
    const outline = outlineOf(["a"]);
    const copy = structuredClone(outline);
    withPage(outline, 1, pageUrl(1), items("b"), undefined);
    expect(outline).toEqual(copy);
  });

  it("refuses a next_url back to any page already read (a loop), and says so", () => {
    const first = withPage(EMPTY_OUTLINE, 0, pageUrl(0), items("a"), "feed-2.json").outline;
    expect(readOutline(first).follow(0)).toEqual({ kind: "next", url: pageUrl(1) });
    expect(readOutline(first).complete).toBe(false);
    const second = withPage(first, 1, pageUrl(1), items("b"), "./feed.json#top").outline;
    expect(readOutline(second).follow(1).kind).toBe("refused");
    expect(readOutline(second).complete).toBe(true);
  });

  it("will not record a page before the pages ahead of it", () => {
    expect(() => withPage(EMPTY_OUTLINE, 1, pageUrl(1), items("a"), undefined)).toThrow();
  });
});
