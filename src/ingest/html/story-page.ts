// A page made for the HTML extractor from a story given in parts, as a news record or a
// Markdown file gives it: its facts as the page's metadata (<title>, article:published_time,
// author, source, description, og:image, canonical), its body as the <article>. So every such
// story is read the one way any page is.
import { escapeAttribute, escapeText } from "entities";

export interface StoryFacts {
  title?: string;
  /** Printed as the page's headline too (<h1>), where the body does not print its own. */
  headline?: boolean;
  /** A date as metadata writes it (ISO, or the forms readMetaDate reads). */
  published?: string;
  authors?: readonly string[];
  source?: string;
  summary?: string;
  image?: string;
  url?: string;
  /** The language the story declares (a BCP 47 tag), as a page's <html lang>. */
  language?: string;
}

/** The HTML page of a story: `body` is its HTML, already made safe to parse (the extractor cleans it). */
export function storyPageHtml(facts: StoryFacts, body: string): string {
  const meta = (attribute: string, name: string, value: string) => `<meta ${attribute}="${name}" content="${escapeAttribute(value)}">`;
  const head = [
    '<meta charset="utf-8">',
    ...(facts.title !== undefined ? [`<title>${escapeText(facts.title)}</title>`] : []),
    ...(facts.published !== undefined ? [meta("property", "article:published_time", facts.published)] : []),
    ...(facts.authors ?? []).map((name) => meta("name", "author", name)),
    ...(facts.source !== undefined ? [meta("name", "source", facts.source)] : []),
    ...(facts.summary !== undefined ? [meta("name", "description", facts.summary)] : []),
    ...(facts.image !== undefined ? [meta("property", "og:image", facts.image)] : []),
    ...(facts.url !== undefined ? [`<link rel="canonical" href="${escapeAttribute(facts.url)}">`] : []),
  ].join("");
  const headline = facts.headline && facts.title !== undefined ? `<h1>${escapeText(facts.title)}</h1>` : "";
  const lang = facts.language !== undefined ? ` lang="${escapeAttribute(facts.language)}"` : "";
  return `<!doctype html><html${lang}><head>${head}</head><body><article>${headline}${body}</article></body></html>`;
}

/** Plain text as paragraphs, one a line. */
export const paragraphsHtml = (text: string): string =>
  text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => `<p>${escapeText(line)}</p>`)
    .join("");
