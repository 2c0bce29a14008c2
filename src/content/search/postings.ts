// How postings are written in an index shard: flat arrays of small whole numbers (JSON keeps
// them short), documents in ascending order, each by its distance from the one before.
//
//   unit:  per document  gap·16 + inTitle·8 + inBody·4 + kind
//   pair:  per document  gap·8 + once·4 + kind; when once (no title position and one body
//          position, as most are), that position; else the counts of title and body positions,
//          then the title positions and the body positions, each list by its distance from the
//          one before
//
// A document is its place in the feed (0 = the first item of page 1).

/** The packing written here, named by page 1's search index and each token shard's `version`. */
export const POSTINGS_PACKING = 2;

export const KINDS = ["article", "post", "trending"] as const;
export type SearchKind = (typeof KINDS)[number];

export const kindCode = (kind: SearchKind) => KINDS.indexOf(kind);

export interface UnitPosting {
  doc: number;
  kind: SearchKind;
  inTitle: boolean;
  inBody: boolean;
}

const kindOf = (code: number): SearchKind => KINDS[code] ?? "post";

/** Where a posting is written: a plain array, or the index builder's compact buffer. */
export interface PostingSink {
  push(...values: number[]): unknown;
}

/** Appends to `data` from document `last` on; returns the new last document. */
export function appendUnit(data: PostingSink, last: number, doc: number, kind: SearchKind, inTitle: boolean, inBody: boolean): number {
  data.push((doc - last) * 16 + (inTitle ? 8 : 0) + (inBody ? 4 : 0) + kindCode(kind));
  return doc;
}

function pushDeltas(data: PostingSink, positions: readonly number[]): void {
  let prev = 0;
  for (const p of positions) {
    data.push(p - prev);
    prev = p;
  }
}

/** The flag of a pair's head that says it stands once, in the body: its one position follows. */
export const PAIR_ONCE = 4;

export function appendPair(data: PostingSink, last: number, doc: number, kind: SearchKind, title: readonly number[], body: readonly number[]): number {
  if (title.length === 0 && body.length === 1) {
    data.push((doc - last) * 8 + PAIR_ONCE + kindCode(kind), body[0]!);
    return doc;
  }
  data.push((doc - last) * 8 + kindCode(kind), title.length, body.length);
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

/**
 * A pair posting read into parallel arrays (no object per story: a common pair is held by
 * thousands). Story i is `docs[i]`; its title positions are `pos[titleAt[i] … bodyAt[i])`,
 * its body positions `pos[bodyAt[i] … end[i])`.
 */
export interface PairList {
  docs: number[];
  kinds: SearchKind[];
  titleAt: number[];
  bodyAt: number[];
  end: number[];
  pos: number[];
}

export function decodePair(data: readonly number[]): PairList {
  const list: PairList = { docs: [], kinds: [], titleAt: [], bodyAt: [], end: [], pos: [] };
  let doc = 0;
  let i = 0;
  while (i + 1 < data.length) {
    const head = data[i]!;
    const once = (head & PAIR_ONCE) !== 0;
    if (!once && i + 2 >= data.length) break;
    const titles = once ? 0 : data[i + 1]!;
    const bodies = once ? 1 : data[i + 2]!;
    i += once ? 1 : 3;
    doc += Math.floor(head / 8);
    list.docs.push(doc);
    list.kinds.push(kindOf(head % 4));
    list.titleAt.push(list.pos.length);
    let p = 0;
    for (let k = 0; k < titles; k += 1) list.pos.push((p += data[i++] ?? 0));
    list.bodyAt.push(list.pos.length);
    p = 0;
    for (let k = 0; k < bodies; k += 1) list.pos.push((p += data[i++] ?? 0));
    list.end.push(list.pos.length);
  }
  return list;
}

// In a shard file a posting is a string, not a JSON array: each number in groups of five bits,
// high groups first, one character each; the 32 characters of `MORE` carry a group with more
// to come, those of `LAST` the final group. A number under 32 is one character (an array
// spends two to four on it), and no character needs escaping in JSON.
const LAST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";
const MORE = "ghijklmnopqrstuvwxyz0123456789-_";
const VALUE = new Map([...LAST].map((ch, i) => [ch.charCodeAt(0), i] as const));
const MORE_VALUE = new Map([...MORE].map((ch, i) => [ch.charCodeAt(0), i] as const));

const LAST_CODES = [...LAST].map((ch) => ch.charCodeAt(0));
const MORE_CODES = [...MORE].map((ch) => ch.charCodeAt(0));

/** The most characters one number packs into (a 32-bit number: seven groups of five bits). */
export const MAX_PACKED_CHARS = 7;

/**
 * Writes `n` packed, as character codes, into `out` from `at` (room for MAX_PACKED_CHARS
 * needed); returns where it ends. A posting is its numbers packed one after another.
 */
export function packNumberInto(out: Uint8Array, at: number, n: number): number {
  if (n < 32) {
    out[at] = LAST_CODES[n]!;
    return at + 1;
  }
  let groups = 1;
  for (let rest = Math.floor(n / 32); rest > 0; rest = Math.floor(rest / 32)) groups += 1;
  let i = at + groups - 1;
  out[i--] = LAST_CODES[n % 32]!;
  for (let rest = Math.floor(n / 32); rest > 0; rest = Math.floor(rest / 32)) out[i--] = MORE_CODES[rest % 32]!;
  return at + groups;
}

/** The numbers of a packed posting; throws on a character the packing never writes. */
export function unpackPosting(packed: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (let i = 0; i < packed.length; i += 1) {
    const code = packed.charCodeAt(i);
    const more = MORE_VALUE.get(code);
    if (more !== undefined) {
      n = n * 32 + more;
      continue;
    }
    const last = VALUE.get(code);
    if (last === undefined) throw new Error("not a packed posting");
    out.push(n * 32 + last);
    n = 0;
  }
  return out;
}
