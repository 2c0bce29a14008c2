// Which stories hold every term of a query, and where: read from the postings of the
// probes (terms.ts). A term of several units matches only where all its pairs stand at
// their offsets from one start, in the same field: the units are proven to be there, in
// order, next to each other, so no story is listed that does not contain the term.
import { decodePair, decodeUnit, type SearchKind } from "./postings";
import { termProbes, type Term } from "./terms";

/** Where one term was found in a story: start positions (unknown for a one-unit term). */
export interface TermHit {
  inTitle: boolean;
  inBody: boolean;
  title: number[];
  body: number[];
}

export interface DocHit {
  doc: number;
  kind: SearchKind;
  terms: TermHit[];
}

/** A posting by index key; undefined when no story has it. */
export type Lookup = (key: string) => readonly number[] | undefined;

type Found = Map<number, { kind: SearchKind; hit: TermHit }>;

/** Whether `pos[from … to)` (ascending) holds `value`. */
function holds(pos: readonly number[], from: number, to: number, value: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = pos[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

function unitHits(key: string, lookup: Lookup): Found {
  const found: Found = new Map();
  for (const p of decodeUnit(lookup(key) ?? [])) {
    found.set(p.doc, { kind: p.kind, hit: { inTitle: p.inTitle, inBody: p.inBody, title: [], body: [] } });
  }
  return found;
}

function termHits(term: Term, lookup: Lookup): Found {
  const probes = termProbes(term);
  if (probes[0]?.single) return unitHits(probes[0].key, lookup);
  const found: Found = new Map();
  const lists = probes.map((probe) => ({ offset: probe.offset, list: decodePair(lookup(probe.key) ?? []), at: 0 }));
  if (lists.some((l) => l.list.docs.length === 0)) return found;
  // Walk the rarest probe's stories; the others follow by merge (stories ascend in every list).
  lists.sort((a, b) => a.list.docs.length - b.list.docs.length);
  const [lead, ...rest] = lists;
  const { list } = lead!;
  for (let i = 0; i < list.docs.length; i += 1) {
    const doc = list.docs[i]!;
    let all = true;
    for (const other of rest) {
      const docs = other.list.docs;
      while (other.at < docs.length && docs[other.at]! < doc) other.at += 1;
      if (docs[other.at] !== doc) {
        all = false;
        break;
      }
    }
    if (!all) continue;
    const starts = (from: number, to: number, field: "title" | "body") => {
      const out: number[] = [];
      for (let k = from; k < to; k += 1) {
        const start = list.pos[k]! - lead!.offset;
        const proven = rest.every(({ list: o, at, offset }) =>
          field === "title" ? holds(o.pos, o.titleAt[at]!, o.bodyAt[at]!, start + offset) : holds(o.pos, o.bodyAt[at]!, o.end[at]!, start + offset),
        );
        if (proven) out.push(start);
      }
      return out;
    };
    const title = starts(list.titleAt[i]!, list.bodyAt[i]!, "title");
    const body = starts(list.bodyAt[i]!, list.end[i]!, "body");
    if (title.length + body.length === 0) continue;
    found.set(doc, { kind: list.kinds[i]!, hit: { inTitle: title.length > 0, inBody: body.length > 0, title, body } });
  }
  return found;
}

/** The stories that hold every term, with where each term stands, in feed order. */
export function evaluate(terms: readonly Term[], lookup: Lookup): DocHit[] {
  if (terms.length === 0) return [];
  const perTerm = terms.map((term) => termHits(term, lookup)).sort((a, b) => a.size - b.size);
  const hits: DocHit[] = [];
  if (perTerm.length === 1) {
    for (const [doc, { kind, hit }] of perTerm[0]!) hits.push({ doc, kind, terms: [hit] });
    return hits.sort((a, b) => a.doc - b.doc);
  }
  for (const [doc, { kind }] of perTerm[0]!) {
    const found = perTerm.map((m) => m.get(doc)?.hit);
    if (found.every((h) => h !== undefined)) hits.push({ doc, kind, terms: found as TermHit[] });
  }
  return hits.sort((a, b) => a.doc - b.doc);
}
