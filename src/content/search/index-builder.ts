// Builds the search index of a feed's stories in feed order: for every unit, the stories
// that hold it; for every pair of neighbouring units, the stories and positions (see
// terms.ts and postings.ts). The ingest and make-feed write it as shards; a feed without
// one is indexed the same way in the browser from its pages.
import { appendPair, appendUnit, type SearchKind } from "./postings";
import { pairKey } from "./terms";
import { runs, units } from "./units";

/** A story as the search index keeps it: enough to list it, link it and show a snippet. */
export interface SearchDoc {
  id: string;
  kind: SearchKind;
  title?: string;
  text: string;
}

/** About how much story text (characters) one token shard covers: a shard stays near 24 KB. */
export const TEXT_PER_TOKEN_SHARD = 7_500;
/** About how much story text (characters) one document shard holds: near 12 KB. */
export const TEXT_PER_DOC_SHARD = 4_000;

/** Shards for a feed whose stories hold `chars` characters of text in all. */
export function searchShardCounts(docs: number, chars: number): { tokenShards: number; docsPerShard: number } {
  const average = docs > 0 ? chars / docs : 1;
  return {
    tokenShards: Math.max(1, Math.ceil(chars / TEXT_PER_TOKEN_SHARD)),
    docsPerShard: Math.max(1, Math.floor(TEXT_PER_DOC_SHARD / Math.max(1, average))),
  };
}

/** The characters of a story's text, as searchShardCounts counts them. */
export const docChars = (doc: Pick<SearchDoc, "title" | "text">) => (doc.title?.length ?? 0) + doc.text.length;

/** Longer words (hashes, encoded blobs) are not indexed: nobody types them, and keys stay short. */
export const MAX_UNIT_LENGTH = 64;

/** A posting being built: its numbers in a growing typed array (4 bytes each, not 8). */
class Posting {
  last = 0;
  private buffer = new Int32Array(4);
  private length = 0;

  push(...values: number[]): void {
    if (this.length + values.length > this.buffer.length) {
      const grown = new Int32Array(Math.max(this.buffer.length * 2, this.length + values.length));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    for (const v of values) this.buffer[this.length++] = v;
  }

  get data(): number[] {
    return Array.from(this.buffer.subarray(0, this.length));
  }
}

/** Where each unit and pair stands in one field. */
function fieldTokens(text: string): { units: Set<string>; pairs: Map<string, number[]> } {
  const unitSet = new Set<string>();
  const pairs = new Map<string, number[]>();
  const indexed = units(text).filter((u) => u.text.length <= MAX_UNIT_LENGTH);
  for (const run of runs(indexed)) {
    for (let i = 0; i < run.length; i += 1) {
      unitSet.add(run[i]!.text);
      const next = run[i + 1];
      if (next === undefined) continue;
      const key = pairKey(run[i]!.text, next.text);
      const list = pairs.get(key);
      if (list) list.push(run[i]!.pos);
      else pairs.set(key, [run[i]!.pos]);
    }
  }
  return { units: unitSet, pairs };
}

export class SearchIndexBuilder {
  private readonly unitPostings = new Map<string, Posting>();
  private readonly pairPostings = new Map<string, Posting>();
  private count = 0;

  /** Documents added so far. */
  get size(): number {
    return this.count;
  }

  /** Indexes the next story (in feed order); returns its document number. */
  add(doc: SearchDoc): number {
    const n = this.count;
    this.count += 1;
    const title = fieldTokens(doc.title ?? "");
    const body = fieldTokens(doc.text);
    for (const unit of new Set([...title.units, ...body.units])) {
      const p = this.posting(this.unitPostings, unit);
      p.last = appendUnit(p, p.last, n, doc.kind, title.units.has(unit), body.units.has(unit));
    }
    for (const key of new Set([...title.pairs.keys(), ...body.pairs.keys()])) {
      const p = this.posting(this.pairPostings, key);
      p.last = appendPair(p, p.last, n, doc.kind, title.pairs.get(key) ?? [], body.pairs.get(key) ?? []);
    }
    return n;
  }

  private posting(map: Map<string, Posting>, key: string): Posting {
    let p = map.get(key);
    if (!p) {
      p = new Posting();
      map.set(key, p);
    }
    return p;
  }

  /** The posting of an index key (a unit or a pair), if any story has it. */
  lookup(key: string): number[] | undefined {
    return (this.pairPostings.get(key) ?? this.unitPostings.get(key))?.data;
  }

  /** Every key. Unit and pair keys never collide (see pairKey). */
  *keys(): IterableIterator<string> {
    yield* this.unitPostings.keys();
    yield* this.pairPostings.keys();
  }
}
