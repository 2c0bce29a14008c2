// Paragraphs past the contract's limit (200,000 characters: no paragraph a reader reads is that
// long; a scrape without line breaks or a hostile page is) are left out and counted, so the rest
// of the page is kept; the item holding one would otherwise be refused whole. So is a picture's
// alt text or caption past its limit: the picture is kept without it.
import { MAX_SHORT, MAX_TEXT, type Figure, type Section } from "../content/feed-schema";
import type { ParsedPage } from "./parse/page";

/** What the ingest says of the paragraphs it left out. */
export const overlongParagraphs = (n: number) => `有 ${n} 段文字超过 20 万字，不像正文，没有收入`;

/**
 * Page text without its lines past the limit (each left blank), and how many there were: taken
 * out before parsing, which would take a gigabyte and seconds for a line of megabytes.
 */
export function withoutOverlongLines(text: string): { text: string; dropped: number } {
  let dropped = 0;
  const kept: string[] = [];
  let from = 0;
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > MAX_TEXT) {
      kept.push(text.slice(from, start));
      from = stop;
      dropped += 1;
    }
    start = stop + 1;
  }
  return dropped === 0 ? { text, dropped } : { text: kept.join("") + text.slice(from), dropped };
}

/** A picture without an alt text or a caption past the contract's limit (2,000 characters: no description, a page's text in an attribute). */
function figureWithin(figure: Figure): Figure {
  if ((figure.alt?.length ?? 0) <= MAX_SHORT && (figure.caption?.length ?? 0) <= MAX_SHORT) return figure;
  const { alt, caption, ...rest } = figure;
  return { ...rest, ...(alt !== undefined && alt.length <= MAX_SHORT ? { alt } : {}), ...(caption !== undefined && caption.length <= MAX_SHORT ? { caption } : {}) };
}

/** A section without its paragraphs past the limit; each figure still stands before the paragraph it stood before, without words past the limit. */
function sectionWithout(section: Section): { section: Section; dropped: number } {
  const keep = section.paragraphs.map((p) => p.length <= MAX_TEXT);
  const dropped = keep.filter((k) => !k).length;
  const figuresWithin = section.figures?.map(figureWithin);
  if (dropped === 0) return { section: figuresWithin === undefined ? section : { ...section, figures: figuresWithin }, dropped };
  // The paragraphs kept before each index, counted once.
  const keptBefore = [0];
  for (const k of keep) keptBefore.push(keptBefore.at(-1)! + (k ? 1 : 0));
  const figures = figuresWithin?.map((figure) => ({ ...figure, before: keptBefore[Math.min(figure.before, keep.length)]! }));
  return { section: { ...section, paragraphs: section.paragraphs.filter((_, i) => keep[i]), ...(figures ? { figures } : {}) }, dropped };
}

/** The page's article without its paragraphs past the limit, and how many there were. */
export function withoutOverlongParagraphs(page: ParsedPage): { page: ParsedPage; dropped: number } {
  if (page.article === undefined) return { page, dropped: 0 };
  const read = page.article.sections.map(sectionWithout);
  const dropped = read.reduce((sum, r) => sum + r.dropped, 0);
  if (dropped === 0) return { page: { ...page, article: { ...page.article, sections: read.map((r) => r.section) } }, dropped };
  // A quoted paragraph or a line of code keeps its mark at its new place.
  const kept = page.article.sections.flatMap((s) => s.paragraphs.map((p) => p.length <= MAX_TEXT));
  const moved = (marks: number[] | undefined) => marks?.filter((q) => kept[q]).map((q) => kept.slice(0, q).filter(Boolean).length);
  const quotes = moved(page.article.quotes);
  const code = moved(page.article.code);
  const rows = page.article.tables?.filter((r) => kept[r.at]).map((r) => ({ ...r, at: kept.slice(0, r.at).filter(Boolean).length }));
  const sections = read.map((r) => r.section).filter((s) => s.paragraphs.length > 0 || s.heading !== undefined || (s.figures?.length ?? 0) > 0);
  return { page: { ...page, article: { ...page.article, sections, ...(quotes !== undefined ? { quotes } : {}), ...(code !== undefined ? { code } : {}), ...(rows !== undefined ? { tables: rows } : {}) } }, dropped };
}
