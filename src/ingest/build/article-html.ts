// An article's body as HTML (content_html), for what its text alone cannot show: its pictures
// where they stand, with their captions, the passages it quotes, its code as laid out and its
// tables as tables. Every other paragraph is one <p>, every row one <tr> and every line of code
// one line of its <pre>, all numbered by the reading view, so a paragraph's link (#p-N) is the
// same in the text and in the HTML.
import { MAX_TEXT, type Figure, type Section } from "../../content/feed-schema";
import type { TableRow } from "../parse/article";

const escape = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");

function figureHtml(f: Figure): string {
  const size = `${f.width !== undefined ? ` width="${f.width}"` : ""}${f.height !== undefined ? ` height="${f.height}"` : ""}`;
  const caption = f.caption !== undefined ? `<figcaption>${escape(f.caption)}</figcaption>` : "";
  return `<figure><img src="${escape(f.url)}" alt="${escape(f.alt ?? "")}"${size}>${caption}</figure>`;
}

/** The paragraphs set apart, by their place in the whole article (from 0). */
interface ParagraphMarks {
  quotes: readonly number[];
  code: readonly number[];
  tables: readonly TableRow[];
}

/** What the paragraphs being written stand in: a quote, a block of code, or the table of that number. */
type Wrapper = "quote" | "code" | number | undefined;
const OPEN = { quote: "<blockquote>", code: "<pre><code>" } as const;
const CLOSE = { quote: "</blockquote>", code: "</code></pre>" } as const;

function rowHtml(row: TableRow): string {
  const cell = row.head === true ? "th" : "td";
  const spans = (i: number) => {
    const [columns, rows] = row.spans?.[i] ?? [1, 1];
    return `${columns > 1 ? ` colspan="${columns}"` : ""}${rows > 1 ? ` rowspan="${rows}"` : ""}`;
  };
  return `<tr>${row.cells.map((c, i) => `<${cell}${spans(i)}>${escape(c)}</${cell}>`).join("")}</tr>`;
}

/**
 * The HTML of an article with pictures, quotes, code or tables; undefined for one of plain
 * paragraphs, which its sections show as they are. Quoted paragraphs side by side make one
 * quote, lines of code side by side one block (their indentation kept as the no-break spaces
 * they carry), a table's rows its table (header cells as <th>). HTML
 * past the contract's limit for a text is left out: the story still shows as its paragraphs.
 */
export function articleHtml(sections: readonly Section[], { quotes, code, tables }: ParagraphMarks): string | undefined {
  if (quotes.length === 0 && code.length === 0 && tables.length === 0 && !sections.some((s) => (s.figures?.length ?? 0) > 0)) return undefined;
  const quoted = new Set(quotes);
  const coded = new Set(code);
  const rows = new Map(tables.map((r) => [r.at, r]));
  const parts: string[] = [];
  let n = 0;
  let open: Wrapper;
  const wrap = (next: Wrapper) => {
    if (next === open) return;
    if (open !== undefined) parts.push(typeof open === "number" ? "</tbody></table>" : CLOSE[open]);
    if (next !== undefined) parts.push(typeof next === "number" ? "<table><tbody>" : OPEN[next]);
    open = next;
  };
  for (const section of sections) {
    wrap(undefined);
    if (section.heading !== undefined) parts.push(`<h2>${escape(section.heading)}</h2>`);
    const figures = section.figures ?? [];
    // Each paragraph's figures, in the section's order: looked up, not searched for, a paragraph.
    const figuresBefore = new Map<number, Figure[]>();
    for (const f of figures) figuresBefore.set(f.before, [...(figuresBefore.get(f.before) ?? []), f]);
    section.paragraphs.forEach((text, i) => {
      const before = figuresBefore.get(i) ?? [];
      if (before.length > 0) wrap(undefined);
      parts.push(...before.map(figureHtml));
      const row = rows.get(n);
      const kind: Wrapper = row !== undefined ? row.table : coded.has(n) ? "code" : quoted.has(n) ? "quote" : undefined;
      // A line of code after another starts a new line of the same block.
      if (kind === "code" && open === "code") parts.push("\n");
      wrap(kind);
      parts.push(row !== undefined ? rowHtml(row) : kind === "code" ? escape(text.replace(/\u00A0/gu, " ")) : `<p>${escape(text)}</p>`);
      n += 1;
    });
    wrap(undefined);
    parts.push(...figures.filter((f) => f.before >= section.paragraphs.length).map(figureHtml));
  }
  wrap(undefined);
  const html = parts.join("");
  return html.length <= MAX_TEXT ? html : undefined;
}
