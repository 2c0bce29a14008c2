// A plain JSON Feed item (no `_qingyue`) from any publisher, read into our extension: its
// paragraphs as text, and its kind from its shape (story-kind.ts). The HTML itself stays
// in `content_html` and is what the reading views show.
import { classifyPlainStory } from "./story-kind";

/** Paragraphs of plain text: blank-line separated, else line separated. */
export function textParagraphs(text: string): string[] {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  return blocks.length > 1 ? blocks : text.split("\n").map((l) => l.trim()).filter(Boolean);
}

const SECTION_HEADING = /<h[2-4]\b/gi;

/** The `_qingyue` a plain item reads as, or undefined when it has no text to read. */
export function inferExtension(
  item: Record<string, unknown>,
  htmlToText?: (html: string, options: { known: boolean }) => string,
): Record<string, unknown> | undefined {
  const html = typeof item.content_html === "string" ? item.content_html : undefined;
  const text = typeof item.content_text === "string" ? item.content_text : html !== undefined && htmlToText ? htmlToText(html, { known: true }) : "";
  const paragraphs = textParagraphs(text);
  const title = typeof item.title === "string" && item.title.trim() !== "" ? item.title.trim() : undefined;
  // A story of pictures only: its title is what there is to read.
  if (paragraphs.length === 0 && title !== undefined && html !== undefined) paragraphs.push(title);
  if (paragraphs.length === 0) return undefined;
  const kind = classifyPlainStory({
    title,
    text: paragraphs.join("\n"),
    headings: html?.match(SECTION_HEADING)?.length ?? 0,
    url: typeof item.url === "string" ? item.url : undefined,
    externalUrl: typeof item.external_url === "string" ? item.external_url : undefined,
  });
  if (kind === "article") return { kind, inferred: true, sections: [{ paragraphs }] };
  return { kind, inferred: true, paragraphs, ...(title !== undefined ? { headline: title } : {}) };
}
