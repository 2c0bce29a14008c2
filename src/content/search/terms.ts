// A query as terms, and the index tokens each term needs. A term is a run of units (see
// units.ts) that must appear together, in order; terms are separated by spaces or
// punctuation, and a story must hold every term. The index keeps each unit on its own (the
// stories that hold it) and each pair of neighbouring units with their positions; a term of
// n units is then checked by the pairs at offsets 0, 2, 4 … (and n − 2): together they
// cover every unit, and their positions prove the units stand next to each other.
import { shardOf } from "../item-index";
import { runs, units } from "./units";

/** The longest query read, in units: enough for a sentence, and a bounded number of fetches. */
export const MAX_QUERY_UNITS = 32;

export interface Term {
  /** The folded units, in order. */
  units: string[];
}

/** An index token a term needs, and where in the term it starts. */
export interface Probe {
  key: string;
  offset: number;
  /** A unit on its own (the stories that hold it), not a pair with positions. */
  single: boolean;
}

/** The index key of a unit pair. Unambiguous: a word never holds a Han character, so a pair's units are found again. */
export const pairKey = (a: string, b: string) => a + b;

/** The terms of a query, each once, cut at MAX_QUERY_UNITS units in all. */
export function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  const seen = new Set<string>();
  let budget = MAX_QUERY_UNITS;
  for (const run of runs(units(query))) {
    if (budget <= 0) break;
    const list = run.slice(0, budget).map((u) => u.text);
    budget -= list.length;
    const key = list.join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push({ units: list });
  }
  return terms;
}

/** The tokens that find and prove a term. */
export function termProbes(term: Term): Probe[] {
  const n = term.units.length;
  if (n === 1) return [{ key: term.units[0]!, offset: 0, single: true }];
  const offsets: number[] = [];
  for (let k = 0; k + 1 < n; k += 2) offsets.push(k);
  if (offsets.at(-1) !== n - 2) offsets.push(n - 2);
  return offsets.map((k) => ({ key: pairKey(term.units[k]!, term.units[k + 1]!), offset: k, single: false }));
}

/** The token shards (0-based, ascending) a query needs among `shards`. */
export function shardsForQuery(terms: readonly Term[], shards: number): number[] {
  const needed = new Set<number>();
  for (const term of terms) for (const probe of termProbes(term)) needed.add(shardOf(probe.key, shards));
  return [...needed].sort((a, b) => a - b);
}
