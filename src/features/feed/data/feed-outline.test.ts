import { describe, expect, it } from "vitest";
import { FeedLedger } from "./feed-ledger";

const base = "http://site.test/feed/";
const items = (...ids: string[]) => ids.map((id) => ({ id }));

function ledgerOf(...pages: string[][]): FeedLedger {
  const ledger = new FeedLedger();
  pages.forEach((ids, index) => {
    const url = `${base}${index === 0 ? "feed.json" : `feed-${index + 1}.json`}`;
    ledger.record(index, url, items(...ids), index < pages.length - 1 ? `feed-${index + 2}.json` : undefined);
  });
  return ledger;
}

describe("FeedLedger", () => {
  it("gives every item a slot in feed order, and finds a slot's page", () => {
    const ledger = ledgerOf(["a", "b"], ["c", "d", "e"], ["f"]);
    expect(ledger.total).toBe(6);
    expect([0, 1, 2, 4, 5].map((slot) => ledger.pageOf(slot))).toEqual([0, 0, 1, 1, 2]);
    expect(ledger.start(1)).toBe(2);
    expect(ledger.size(1)).toBe(3);
    expect(ledger.idAt(4)).toBe("e");
    expect(ledger.slotOf("f")).toBe(5);
    expect(ledger.complete).toBe(true);
  });

  it("shows an id repeated on a later page once, in its first place", () => {
    const ledger = new FeedLedger();
    ledger.record(0, `${base}feed.json`, items("a", "b"), "feed-2.json");
    const second = ledger.record(1, `${base}feed-2.json`, items("b", "c"), undefined);
    expect(second.map((item) => item?.id)).toEqual(["c"]);
    expect(ledger.total).toBe(3);
    expect(ledger.slotOf("b")).toBe(1);
  });

  it("keeps a page's slots when it is read again after being let go", () => {
    const ledger = ledgerOf(["a", "b"], ["b", "c", "d"]);
    // Read again, with a story gone: the rest keep their places.
    const again = ledger.record(1, `${base}feed-2.json`, items("b", "d"), undefined);
    expect(again.map((item) => item?.id ?? null)).toEqual([null, "d"]);
    expect(ledger.total).toBe(4);
  });

  it("refuses a next_url back to any page already read (a loop), and says so", () => {
    const ledger = new FeedLedger();
    ledger.record(0, `${base}feed.json`, items("a"), "feed-2.json");
    expect(ledger.follow(0)).toEqual({ kind: "next", url: `${base}feed-2.json` });
    expect(ledger.complete).toBe(false);
    ledger.record(1, `${base}feed-2.json`, items("b"), "./feed.json#top");
    expect(ledger.follow(1).kind).toBe("refused");
    expect(ledger.complete).toBe(true);
  });

  it("will not record a page before the pages ahead of it", () => {
    const ledger = new FeedLedger();
    expect(() => ledger.record(1, `${base}feed-2.json`, items("a"), undefined)).toThrow();
  });
});
