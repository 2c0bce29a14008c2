// The header lines between an article's title and its body.
import type { Byline } from "../../content/feed-schema";
import { nextFilled, textOf, type Line } from "./classify";
import type { PageDate } from "./dates";
import { isPublisherLine, parseMetaLine } from "./meta";

export interface Header {
  publisher?: string;
  source?: string;
  date?: PageDate;
  /** From 作者/编辑 labels in the header; a closing credit line takes precedence. */
  byline?: Byline;
  /** Index of the first line after the header. */
  end: number;
  /** Lines read as a date, source or credit line (a labelled one whose value the scrape ran together too). */
  metaLines: number;
}

/** A lone short line names the publisher only when more header, or a break, follows it. */
function publisherFits(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined || next.kind === "blank" || next.kind === "chrome") return true;
  return next.kind === "text" && parseMetaLine(next.text) !== undefined;
}

export function readHeader(lines: readonly Line[], from: number): Header {
  let publisher: string | undefined;
  let source: string | undefined;
  let date: PageDate | undefined;
  const unlabelled: string[] = [];
  const writers: string[] = [];
  const editors: string[] = [];
  const credits: string[] = [];
  let i = from;
  let metaLines = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line?.kind === "chrome") {
      i += 1;
      continue;
    }
    if (line?.kind === "blank") {
      // Header lines may be spaced out; a blank followed by more header stays in the header.
      const j = nextFilled(lines, i);
      if (parseMetaLine(textOf(lines[j]) ?? "") === undefined) break;
      i = j;
      continue;
    }
    if (line?.kind !== "text") break;
    const meta = parseMetaLine(line.text);
    if (meta) {
      metaLines += 1;
      date ??= meta.date;
      source ??= meta.source;
      if (meta.unlabelled !== undefined) unlabelled.push(meta.unlabelled);
      writers.push(...(meta.writers ?? []));
      editors.push(...(meta.editors ?? []));
      credits.push(...(meta.credits ?? []));
    } else if (publisher === undefined && isPublisherLine(line.text) && publisherFits(lines, i)) {
      publisher = line.text;
    } else break;
    i += 1;
  }
  // "中国网 2019-11-25 10:37:31": the outlet beside the date is the source, unless a 来源
  // label names the source, and then it is the publisher.
  if (source === undefined) source = unlabelled[0];
  else if (publisher === undefined && unlabelled[0] !== source) publisher = unlabelled[0];
  const byline: Byline | undefined =
    credits.length > 0
      ? {
          text: credits.join(" "),
          ...(writers.length > 0 ? { writers: [...new Set(writers)] } : {}),
          ...(editors.length > 0 ? { editors: [...new Set(editors)] } : {}),
        }
      : undefined;
  return {
    ...(publisher !== undefined ? { publisher } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(byline !== undefined ? { byline } : {}),
    end: i,
    metaLines,
  };
}
