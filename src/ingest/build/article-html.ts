// An article's body as HTML (content_html), for what its text alone cannot show: its pictures
// where they stand, with their captions, and the passages it quotes. Every paragraph is one
// <p>, so a paragraph's link (#p-N) is the same in the text and in the HTML.
import { MAX_TEXT, type Figure, type Section } from "../../content/feed-schema";

const escape = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");

function figureHtml(f: Figure): string {
  const size = `${f.width !== undefined ? ` width="${f.width}"` : ""}${f.height !== undefined ? ` height="${f.height}"` : ""}`;
  const alt = f.alt ?? "";
  const caption = f.caption !== undefined ? `<figcaption>${escape(f.caption)}</figcaption>` : "";
  return `<figure><img src="${escape(f.url)}" alt="${escape(alt)}"${size}>${caption}</figure>`;
}

/**
 * The HTML of an article with pictures or quotes; undefined for one of plain paragraphs, which
 * its sections show as they are. `quotes`: the quoted paragraphs, by their place in the whole
 * article (from 0); quoted paragraphs side by side make one quote. HTML past the contract's
 * limit for a text is left out: the story still shows as its paragraphs.
 */
export function articleHtml(sections: readonly Section[], quotes: readonly number[] = []): string | undefined {
  if (quotes.length === 0 && !sections.some((s) => (s.figures?.length ?? 0) > 0)) return undefined;
  const quoted = new Set(quotes);
  const parts: string[] = [];
  let n = 0;
  let inQuote = false;
  const quote = (open: boolean) => {
    if (open !== inQuote) parts.push(open ? "<blockquote>" : "</blockquote>");
    inQuote = open;
  };
  for (const section of sections) {
    quote(false);
    if (section.heading !== undefined) parts.push(`<h2>${escape(section.heading)}</h2>`);
    const figures = section.figures ?? [];
    section.paragraphs.forEach((text, i) => {
      const before = figures.filter((f) => f.before === i);
      if (before.length > 0) quote(false);
      parts.push(...before.map(figureHtml));
      quote(quoted.has(n));
      parts.push(`<p>${escape(text)}</p>`);
      n += 1;
    });
    quote(false);
    parts.push(...figures.filter((f) => f.before >= section.paragraphs.length).map(figureHtml));
  }
  quote(false);
  const html = parts.join("");
  return html.length <= MAX_TEXT ? html : undefined;
}
