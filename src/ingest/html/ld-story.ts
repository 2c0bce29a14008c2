// A story given as JSON-LD's articleBody, as the page the reader would have seen: its headline
// over its paragraphs, for the extractor to read as any page. The body is text, its paragraphs
// parted by line breaks; some sites put HTML there, which is kept as HTML.
import { escapeText } from "../../content/html-text";

export function storyHtml({ headline, body }: { headline?: string; body: string }): string {
  const paragraphs = /<\/?(?:p|br|div|h[2-6])\b/iu.test(body)
    ? body
    : body
        .split(/\n+/u)
        .map((line) => line.trim())
        .filter((line) => line !== "")
        .map((line) => `<p>${escapeText(line)}</p>`)
        .join("");
  return `<article>${headline !== undefined ? `<h1>${escapeText(headline)}</h1>` : ""}${paragraphs}</article>`;
}
