import { describe, expect, it } from "vitest";
import { pagingNeed, type PagingView } from "./paging-need";

// A screen of 800 px; pages 3–5 held, from 10,000 px to 16,000 px.
const view = (patch: Partial<PagingView>): PagingView => ({
  top: 12_000,
  height: 800,
  heldTop: 10_000,
  heldBottom: 16_000,
  visiblePages: [4, 4],
  heldPages: [3, 5],
  hasNext: true,
  hasPrevious: true,
  ...patch,
});

describe("pagingNeed", () => {
  it("does nothing while the reader is well inside the pages held", () => {
    expect(pagingNeed(view({}))).toEqual({ kind: "none" });
  });
  it("fetches the next page 1.5 screens before the end of what is held", () => {
    expect(pagingNeed(view({ top: 14_000 })).kind).toBe("none");
    expect(pagingNeed(view({ top: 14_100 })).kind).toBe("next");
    expect(pagingNeed(view({ top: 14_100, hasNext: false })).kind).toBe("none");
  });
  it("fetches the page before 1.5 screens before the top of what is held", () => {
    expect(pagingNeed(view({ top: 11_300 })).kind).toBe("none");
    expect(pagingNeed(view({ top: 11_100 })).kind).toBe("previous");
    expect(pagingNeed(view({ top: 11_100, hasPrevious: false })).kind).toBe("none");
  });
  it("jumps to the page on screen when it is far from the pages held", () => {
    expect(pagingNeed(view({ top: 500, visiblePages: [0, 0] }))).toEqual({ kind: "jump", page: 0 });
    expect(pagingNeed(view({ top: 40_000, visiblePages: [12, 13] }))).toEqual({ kind: "jump", page: 12 });
    // Next to the pages held is not far: those are fetched one by one.
    expect(pagingNeed(view({ top: 9_000, visiblePages: [2, 2] })).kind).toBe("previous");
  });
});
