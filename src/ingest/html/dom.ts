// The page as a DOM (linkedom: a fast, standards-shaped DOM without a browser), and the few
// reads of it every part of the extractor shares.
import { parseHTML } from "linkedom";
import { flattenDeep, MAX_DEPTH, openTagDepth, REFUSED_DEPTH, UNCOUNTED_PER_LEVEL } from "./depth";
import { ICON_GLYPHS } from "../parse/lines";

/** Closing </body> and </html> tags: browsers ignore those that come too early (pages built of included fragments have them mid-page). */
const EARLY_CLOSE = /<\/(?:body|html)\s*>/giu;

/**
 * Scripts (but JSON-LD), styles and comments hold no text a reader sees: they are cut before
 * the parser builds nodes for them (a style's rules are kept aside, for what they hide). A
 * script ends at its first </script>, as in the HTML parser; one never closed, like a comment
 * never closed, runs to the end of the page. Found in one pass: a pattern that looked for each
 * opening's end afresh read a page of 100,000 unclosed "<!--" for minutes.
 */
const OPENING = /<(?:(script|style)\b|!--)/giu;
const CLOSING = { script: /<\/script\s*>/giu, style: /<\/style\s*>/giu, comment: /-->/gu };

/**
 * A copy of a part of the page that holds only itself: V8 keeps a slice's whole source alive,
 * and a style's text lives as long as the page's tree (hidden.ts reads it), so each tree not yet
 * collected would hold its whole page twice.
 */
const detached = (part: string) => Buffer.from(part, "utf8").toString("utf8");

const KEPT_SCRIPT = /ld\+json|type\s*=\s*["']?text\/(?:template|html|x-template)\b/iu;

function withoutInvisible(html: string, sheets: string[]): string {
  const kept: string[] = [];
  let from = 0;
  OPENING.lastIndex = 0;
  for (let open = OPENING.exec(html); open !== null; open = OPENING.exec(html)) {
    const tag = open[1]?.toLowerCase() as "script" | "style" | undefined;
    // Past the opening tag's ">" (none left: the rest is not a tag, and holds no other).
    const bodyStart = tag === undefined ? open.index + 4 : html.indexOf(">", open.index) + 1;
    if (bodyStart === 0) break;
    // JSON-LD, and a story kept in a template for the page's script to lay out (held-story.ts).
    if (tag === "script" && KEPT_SCRIPT.test(html.slice(open.index, bodyStart))) {
      OPENING.lastIndex = bodyStart;
      continue;
    }
    const closing = CLOSING[tag ?? "comment"];
    closing.lastIndex = bodyStart;
    const close = closing.exec(html);
    const end = close === null ? html.length : close.index + close[0].length;
    if (tag === "style") sheets.push(detached(html.slice(bodyStart, close?.index ?? html.length)));
    kept.push(html.slice(from, open.index));
    from = end;
    if (close === null) break;
    OPENING.lastIndex = end;
  }
  kept.push(html.slice(from));
  return kept.join("");
}

/**
 * A class attribute past this names no style: the parser spreads its words into one call, and
 * a hundred thousand of them overflow the stack. Such an attribute is dropped.
 */
const LONGEST_CLASS = 10_000;
const CLASS_ATTRIBUTE = /\sclass\s*=\s*(?:"[^"]*"|'[^']*')/giu;

/** The text of each page's <style> elements, cut with them: what they hide is not the page's text (hidden.ts). */
const styleSheets = new WeakMap<Document, string[]>();

export const styleSheetsOf = (doc: Document): readonly string[] => styleSheets.get(doc) ?? [];

/** The page's tree, flattened past the depth a browser nests; undefined when its tags nest far too deep to parse. */
export function parseDocument(html: string): Document | undefined {
  const sheets: string[] = [];
  const unclosed = withoutInvisible(html, sheets)
    .replace(EARLY_CLOSE, "")
    .replace(CLASS_ATTRIBUTE, (attribute) => (attribute.length > LONGEST_CLASS ? " " : attribute));
  const depth = openTagDepth(unclosed);
  if (depth > REFUSED_DEPTH) return undefined;
  // linkedom parses a fragment without <html> as a bare node list: wrap it so <body> exists.
  const wrapped = /<html[\s>]/iu.test(unclosed.slice(0, 4096)) ? unclosed : `<!doctype html><html><head></head><body>${unclosed}</body></html>`;
  const doc = parseHTML(wrapped).document as unknown as Document;
  // Each counted level holds at most a few the count leaves out (ul > li > p): a page well
  // short of the limit by that count is not walked for it.
  if (depth * UNCOUNTED_PER_LEVEL >= MAX_DEPTH) flattenDeep(doc.documentElement);
  styleSheets.set(doc, sheets);
  return doc;
}

export const ELEMENT = 1;
export const TEXT = 3;

/** Whitespace as pages use it, including the no-break and ideographic spaces. */
export const SPACE = /[\s\u00A0\u3000\u200B\uFEFF]+/gu;

export function squash(text: string): string {
  return text.replace(ICON_GLYPHS, "").replace(SPACE, " ").trim();
}

/** A value a page gives about itself (a <meta>, a JSON-LD field, a byline) on one line; undefined when empty or too long to be one. */
export function metaText(s: string | null | undefined): string | undefined {
  const t = squash(s ?? "");
  return t === "" || t.length > 300 ? undefined : t;
}

/** The element's visible text on one line. */
export function textOf(el: Element | null | undefined): string {
  return el ? squash(el.textContent ?? "") : "";
}

export const tagOf = (el: Element) => el.tagName.toLowerCase();

/** The class and id of an element as one lower-case string ("article-content main"). */
export function namesOf(el: Element): string {
  return `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase();
}
