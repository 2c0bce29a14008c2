// A query against an index: the stories that hold every term, best first.
import { evaluate, type Lookup } from "./evaluate";
import { rankHits, type RankedHit } from "./rank";
import type { Term } from "./terms";

export function searchIndex(terms: readonly Term[], lookup: Lookup): RankedHit[] {
  return rankHits(evaluate(terms, lookup));
}
