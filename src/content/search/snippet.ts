// Where the terms of a query stand in a text, and a short stretch of it around the first
// one with every match marked: what a result shows under its title.
import type { Term } from "./terms";
import { runs, units } from "./units";

/** A piece of text; `mark` when it is a match. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** The [start, end) offsets in `text` where any term stands, in order, overlaps merged. */
export function matchRanges(text: string, terms: readonly Term[]): [number, number][] {
  const found: [number, number][] = [];
  for (const run of runs(units(text))) {
    for (const term of terms) {
      const k = term.units.length;
      for (let i = 0; i + k <= run.length; i += 1) {
        let same = true;
        for (let j = 0; j < k && same; j += 1) same = run[i + j]!.text === term.units[j];
        if (same) found.push([run[i]!.start, run[i + k - 1]!.end]);
      }
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** `text` cut into marked and unmarked pieces at `ranges`. */
export function segments(text: string, ranges: readonly [number, number][]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

export interface Snippet {
  segments: Segment[];
  /** Text was left out before / after the stretch shown. */
  before: boolean;
  after: boolean;
}

/** Do not cut a surrogate pair in half. */
const safe = (text: string, at: number) => (at > 0 && at < text.length && /[\udc00-\udfff]/.test(text[at]!) ? at - 1 : at);

/**
 * About `width` characters of `text` around the first match (from its start when there is
 * none), lines joined with a space, every match inside marked.
 */
export function snippet(text: string, terms: readonly Term[], width = 90): Snippet {
  const flat = text.replace(/\s*\n\s*/g, " ");
  const ranges = matchRanges(flat, terms);
  const lead = Math.floor(width / 3);
  const from = safe(flat, Math.max(0, Math.min((ranges[0]?.[0] ?? 0) - lead, flat.length - width)));
  const to = safe(flat, Math.min(flat.length, from + width));
  const inside = ranges
    .filter(([s, e]) => e > from && s < to)
    .map(([s, e]): [number, number] => [Math.max(s, from) - from, Math.min(e, to) - from]);
  return { segments: segments(flat.slice(from, to), inside), before: from > 0, after: to < flat.length };
}
