// How postings are written in an index shard: flat arrays of small whole numbers (JSON keeps
// them short), documents in ascending order, each by its distance from the one before.
//
//   unit:  per document  gap·16 + inTitle·8 + inBody·4 + kind
//   pair:  per document  gap·4 + kind, then the counts of title and body positions, then the
//          title positions and the body positions, each list by its distance from the one before
//
// A document is its place in the feed (0 = the first item of page 1).

export const KINDS = ["article", "post", "trending"] as const;
export type SearchKind = (typeof KINDS)[number];

export const kindCode = (kind: SearchKind) => KINDS.indexOf(kind);

export interface UnitPosting {
  doc: number;
  kind: SearchKind;
  inTitle: boolean;
  inBody: boolean;
}

export interface PairPosting {
  doc: number;
  kind: SearchKind;
  title: number[];
  body: number[];
}

const kindOf = (code: number): SearchKind => KINDS[code] ?? "post";

/** Appends to `data` from document `last` on; returns the new last document. */
export function appendUnit(data: number[], last: number, doc: number, kind: SearchKind, inTitle: boolean, inBody: boolean): number {
  data.push((doc - last) * 16 + (inTitle ? 8 : 0) + (inBody ? 4 : 0) + kindCode(kind));
  return doc;
}

function pushDeltas(data: number[], positions: readonly number[]): void {
  let prev = 0;
  for (const p of positions) {
    data.push(p - prev);
    prev = p;
  }
}

export function appendPair(data: number[], last: number, doc: number, kind: SearchKind, title: readonly number[], body: readonly number[]): number {
  data.push((doc - last) * 4 + kindCode(kind), title.length, body.length);
  pushDeltas(data, title);
  pushDeltas(data, body);
  return doc;
}

export function decodeUnit(data: readonly number[]): UnitPosting[] {
  const out: UnitPosting[] = [];
  let doc = 0;
  for (const v of data) {
    doc += Math.floor(v / 16);
    out.push({ doc, kind: kindOf(v % 4), inTitle: (v & 8) !== 0, inBody: (v & 4) !== 0 });
  }
  return out;
}

function readDeltas(data: readonly number[], at: number, count: number): number[] {
  const out: number[] = [];
  let p = 0;
  for (let i = 0; i < count; i += 1) {
    p += data[at + i] ?? 0;
    out.push(p);
  }
  return out;
}

export function decodePair(data: readonly number[]): PairPosting[] {
  const out: PairPosting[] = [];
  let doc = 0;
  let i = 0;
  while (i + 2 < data.length) {
    const head = data[i]!;
    const titles = data[i + 1]!;
    const bodies = data[i + 2]!;
    doc += Math.floor(head / 4);
    i += 3;
    const title = readDeltas(data, i, titles);
    i += titles;
    const body = readDeltas(data, i, bodies);
    i += bodies;
    out.push({ doc, kind: kindOf(head % 4), title, body });
  }
  return out;
}
