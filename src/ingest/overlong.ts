// Paragraphs past the contract's limit (200,000 characters: no paragraph a reader reads is that
// long; a scrape without line breaks or a hostile page is) are left out and counted, so the rest
// of the page is kept; the item holding one would otherwise be refused whole. So is a picture's
// alt text or caption past its limit: the picture is kept without it.
import { MAX_SHORT, MAX_TEXT, type Figure, type Section } from "../content/feed-schema";
import type { ParsedPage } from "./parse/page";

/** How a paragraph left out is named: its opening words and its length. */
function named(text: string, start = 0, end = text.length): string {
  const opening = [...text.slice(start, start + 64).replace(/\s+/gu, " ").trim()].slice(0, 12).join("");
  return `以“${opening}…”开头、共 ${Math.floor((end - start) / 10_000)} 万字`;
}

/** What the ingest says of the paragraphs it left out (their names, at most three); the rest of the page is kept. */
export function overlongParagraphs(dropped: readonly string[]): string {
  const names = dropped.slice(0, 3).join("；") + (dropped.length > 3 ? "；等" : "");
  return `有 ${dropped.length} 段文字超过 20 万字，不像正文，没有收入（${names}）`;
}

/**
 * Page text without its lines past the limit (each left blank), and the names of those: taken
 * out before parsing, which would take a gigabyte and seconds for a line of megabytes.
 */
export function withoutOverlongLines(text: string): { text: string; dropped: string[] } {
  const dropped: string[] = [];
  const kept: string[] = [];
  let from = 0;
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > MAX_TEXT) {
      kept.push(text.slice(from, start));
      from = stop;
      dropped.push(named(text, start, stop));
    }
    start = stop + 1;
  }
  return dropped.length === 0 ? { text, dropped } : { text: kept.join("") + text.slice(from), dropped };
}

/** A picture without an alt text or a caption past the contract's limit (2,000 characters: no description, a page's text in an attribute). */
function figureWithin(figure: Figure): Figure {
  if ((figure.alt?.length ?? 0) <= MAX_SHORT && (figure.caption?.length ?? 0) <= MAX_SHORT) return figure;
  const { alt, caption, ...rest } = figure;
  return { ...rest, ...(alt !== undefined && alt.length <= MAX_SHORT ? { alt } : {}), ...(caption !== undefined && caption.length <= MAX_SHORT ? { caption } : {}) };
}

/** A section without its paragraphs past the limit; each figure still stands before the paragraph it stood before, without words past the limit. */
function sectionWithout(section: Section): { section: Section; dropped: string[] } {
  const keep = section.paragraphs.map((p) => p.length <= MAX_TEXT);
  const dropped = section.paragraphs.filter((p) => p.length > MAX_TEXT).map((p) => named(p));
  const figuresWithin = section.figures?.map(figureWithin);
  if (dropped.length === 0) return { section: figuresWithin === undefined ? section : { ...section, figures: figuresWithin }, dropped };
  // The paragraphs kept before each index, counted once.
  const keptBefore = [0];
  for (const k of keep) keptBefore.push(keptBefore.at(-1)! + (k ? 1 : 0));
  const figures = figuresWithin?.map((figure) => ({ ...figure, before: keptBefore[Math.min(figure.before, keep.length)]! }));
  return { section: { ...section, paragraphs: section.paragraphs.filter((_, i) => keep[i]), ...(figures ? { figures } : {}) }, dropped };
}

/** The page's article without its paragraphs past the limit, and the names of those. */
export function withoutOverlongParagraphs(page: ParsedPage): { page: ParsedPage; dropped: string[] } {
  if (page.article === undefined) return { page, dropped: [] };
  const read = page.article.sections.map(sectionWithout);
  const dropped = read.flatMap((r) => r.dropped);
  if (dropped.length === 0) return { page: { ...page, article: { ...page.article, sections: read.map((r) => r.section) } }, dropped };
  // A quoted paragraph or a line of code keeps its mark at its new place.
  const kept = page.article.sections.flatMap((s) => s.paragraphs.map((p) => p.length <= MAX_TEXT));
  const moved = (marks: number[] | undefined) => marks?.filter((q) => kept[q]).map((q) => kept.slice(0, q).filter(Boolean).length);
  const quotes = moved(page.article.quotes);
  const code = moved(page.article.code);
  const rows = page.article.tables?.filter((r) => kept[r.at]).map((r) => ({ ...r, at: kept.slice(0, r.at).filter(Boolean).length }));
  const sections = read.map((r) => r.section).filter((s) => s.paragraphs.length > 0 || s.heading !== undefined || (s.figures?.length ?? 0) > 0);
  return { page: { ...page, article: { ...page.article, sections, ...(quotes !== undefined ? { quotes } : {}), ...(code !== undefined ? { code } : {}), ...(rows !== undefined ? { tables: rows } : {}) } }, dropped };
}
