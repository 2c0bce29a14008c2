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

function termHits(term: Term, lookup: Lookup): Map<number, { kind: SearchKind; hit: TermHit }> {
  const found = new Map<number, { kind: SearchKind; hit: TermHit }>();
  const probes = termProbes(term);
  const [first] = probes;
  if (first?.single) {
    for (const p of decodeUnit(lookup(first.key) ?? [])) {
      found.set(p.doc, { kind: p.kind, hit: { inTitle: p.inTitle, inBody: p.inBody, title: [], body: [] } });
    }
    return found;
  }
  const lists = probes.map((probe) => ({ probe, postings: decodePair(lookup(probe.key) ?? []) }));
  if (lists.some((l) => l.postings.length === 0)) return found;
  // Walk the rarest probe's stories; look the others up by story.
  lists.sort((a, b) => a.postings.length - b.postings.length);
  const [lead, ...rest] = lists;
  const byDoc = rest.map((l) => ({ offset: l.probe.offset, docs: new Map(l.postings.map((p) => [p.doc, p])) }));
  for (const posting of lead!.postings) {
    const others = byDoc.map((l) => ({ offset: l.offset, p: l.docs.get(posting.doc) }));
    if (others.some((o) => o.p === undefined)) continue;
    const starts = (field: "title" | "body") => {
      const sets = others.map((o) => ({ offset: o.offset, at: new Set(o.p![field]) }));
      return posting[field]
        .map((pos) => pos - lead!.probe.offset)
        .filter((start) => sets.every((s) => s.at.has(start + s.offset)));
    };
    const title = starts("title");
    const body = starts("body");
    if (title.length + body.length === 0) continue;
    found.set(posting.doc, { kind: posting.kind, hit: { inTitle: title.length > 0, inBody: body.length > 0, title, body } });
  }
  return found;
}

/** The stories that hold every term, with where each term stands, in feed order. */
export function evaluate(terms: readonly Term[], lookup: Lookup): DocHit[] {
  if (terms.length === 0) return [];
  const perTerm = terms.map((term) => termHits(term, lookup)).sort((a, b) => a.size - b.size);
  const hits: DocHit[] = [];
  for (const [doc, { kind }] of perTerm[0]!) {
    const found = perTerm.map((m) => m.get(doc)?.hit);
    if (found.every((h) => h !== undefined)) hits.push({ doc, kind, terms: found as TermHit[] });
  }
  return hits.sort((a, b) => a.doc - b.doc);
}
