// What the reader's tab knows about the feed's pages, kept after a page's items are let go.
// The feed holds only a window of pages in memory (maxPages), yet the list must keep every
// item's place: its position (aria-posinset), its key (for the measured size) and whether
// an id was already shown on an earlier page. Ids and page addresses are small; the items
// themselves are not. Pages other than the first never change once published, so what is
// recorded here stays true; the first page is re-read from scratch on a fresh load.
import type { QueryClient } from "@tanstack/react-query";
import { nextPage, type NextPage } from "./paging";

export class FeedLedger {
  private urls: string[] = [];
  private visited = new Set<string>();
  /** Where each page says the feed goes on, judged when the page is first read. */
  private follows: NextPage[] = [];
  /** Every slot's id in feed order, each id once across all pages. */
  private ids: string[] = [];
  /** starts[p] is the first slot of page p. */
  private starts: number[] = [];
  /** id → slot, for dropping repeats and finding an item again. */
  private slots = new Map<string, number>();

  get pageCount(): number {
    return this.urls.length;
  }

  /** Slots known so far: every item of every page read. */
  get total(): number {
    return this.ids.length;
  }

  reset(): void {
    this.urls = [];
    this.visited = new Set();
    this.follows = [];
    this.ids = [];
    this.starts = [];
    this.slots = new Map();
  }

  url(page: number): string | undefined {
    return this.urls[page];
  }

  start(page: number): number {
    return this.starts[page] ?? this.ids.length;
  }

  /** Items on `page`, after ids shown on earlier pages are left out. */
  size(page: number): number {
    return this.start(page + 1) - this.start(page);
  }

  idAt(slot: number): string | undefined {
    return this.ids[slot];
  }

  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  /** The page a slot belongs to (binary search over page starts). */
  pageOf(slot: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= slot) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /**
   * Records page `page`, read from `url`, and returns its items lined up with its slots.
   * A new page appends its ids that no earlier page had. A page read again (scrolled back
   * to after it was let go) keeps the slots it had; an item missing from it now is null.
   */
  record<T extends { id: string }>(page: number, url: string, items: readonly T[], nextUrl: string | undefined): (T | null)[] {
    if (page > this.urls.length) throw new Error(`page ${page + 1} read before page ${this.urls.length + 1}`);
    if (page === this.urls.length) {
      this.urls.push(url);
      this.visited.add(url);
      // Judged now, against exactly the pages before it: a next_url back to any of them is a loop.
      this.follows.push(nextPage(nextUrl, url, this.visited));
      this.starts.push(this.ids.length);
      for (const item of items) {
        if (this.slots.has(item.id)) continue;
        this.slots.set(item.id, this.ids.length);
        this.ids.push(item.id);
      }
      return items.filter((item) => this.slots.get(item.id)! >= this.starts[page]!);
    }
    const byId = new Map(items.map((item) => [item.id, item]));
    const out: (T | null)[] = [];
    for (let slot = this.start(page); slot < this.start(page + 1); slot++) out.push(byId.get(this.ids[slot]!) ?? null);
    return out;
  }

  /** Where page `page` says the feed goes on; a page already read is refused (a loop). */
  follow(page: number): NextPage {
    return this.follows[page] ?? { kind: "end" };
  }

  /** True once the last page read has no next page. */
  get complete(): boolean {
    return this.urls.length > 0 && this.follow(this.urls.length - 1).kind !== "next";
  }
}

const ledgers = new WeakMap<QueryClient, FeedLedger>();

/** One ledger per QueryClient: it describes the feed that client's cache holds. */
export function feedLedger(queryClient: QueryClient): FeedLedger {
  let ledger = ledgers.get(queryClient);
  if (!ledger) {
    ledger = new FeedLedger();
    ledgers.set(queryClient, ledger);
  }
  return ledger;
}
