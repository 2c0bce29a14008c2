// The order of results: stories whose title holds more of the query first, then those
// where the terms stand closest together, then those that hold the query more often and
// earlier; ties keep feed order (newest first in a feed that leads with its latest).
import type { DocHit } from "./evaluate";

export interface RankedHit extends DocHit {
  titleTerms: number;
  span: number;
  occurrences: number;
  first: number;
}

/** Farther than any two positions (a finite number, so orderings subtract cleanly). */
const FAR = Number.MAX_SAFE_INTEGER;

/** The smallest stretch of positions holding one start of every term (0 for one term). */
function closestSpan(lists: readonly number[][]): number {
  if (lists.length < 2) return 0;
  if (lists.some((l) => l.length === 0)) return FAR;
  const marks = lists.flatMap((l, term) => l.slice(0, 64).map((pos) => ({ pos, term }))).sort((a, b) => a.pos - b.pos);
  const count = new Array<number>(lists.length).fill(0);
  let covered = 0;
  let best = FAR;
  let left = 0;
  for (const mark of marks) {
    count[mark.term] = (count[mark.term] ?? 0) + 1;
    if (count[mark.term] === 1) covered += 1;
    while (covered === lists.length) {
      const l = marks[left]!;
      best = Math.min(best, mark.pos - l.pos);
      count[l.term] = (count[l.term] ?? 1) - 1;
      if (count[l.term] === 0) covered -= 1;
      left += 1;
    }
  }
  return best;
}

const MAX_COUNTED = 20;

export function rankHits(hits: readonly DocHit[]): RankedHit[] {
  const ranked = hits.map((hit): RankedHit => {
    let titleTerms = 0;
    let occurrences = 0;
    let first = FAR;
    for (const t of hit.terms) {
      if (t.inTitle) titleTerms += 1;
      occurrences += Math.max(1, t.title.length + t.body.length);
      if (t.body.length > 0 && t.body[0]! < first) first = t.body[0]!;
    }
    const span = hit.terms.length > 1 ? closestSpan(hit.terms.map((t) => t.body)) : 0;
    if (titleTerms === hit.terms.length) first = 0;
    return { doc: hit.doc, kind: hit.kind, terms: hit.terms, titleTerms, span, occurrences: Math.min(MAX_COUNTED, occurrences), first };
  });
  return ranked.sort(
    (a, b) => b.titleTerms - a.titleTerms || a.span - b.span || b.occurrences - a.occurrences || a.first - b.first || a.doc - b.doc,
  );
}
