// Text a reader of the page never sees: set hidden by its own markup (the hidden attribute,
// aria-hidden, display: none or visibility: hidden in its style), or by a rule of the page's own
// <style> naming its class or id. Sites slip such text into a story against copying (a line
// naming the site, random characters between the words), and a feed entry carries it too; where
// the style that hid it is dropped (the feed we write keeps no styles) it would show.
//
// One exception: a story set `visibility: hidden` until its script has laid out the pictures
// (WeChat's articles, js_content) is not hidden. It holds paragraphs of sentences, where hidden
// chrome or planted text holds a line or a few words. A rule of a style sheet hides no more than
// such a line, whatever it sets: a script may show what it hides (a page fading in, 展开全文).
import { append } from "../append";
import { styleSheetsOf } from "./dom";

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/iu;
const DISPLAY_NONE = /display\s*:\s*none/iu;
/** Sentences a reader would read: "。！？" closing a run of Han text. */
export const SENTENCE_END = /[\p{Script=Han}”」）)][。！？]/gu;

/** Sentences in a language of spaced words: a lower-case letter or a closing quote, then ". ", "! " or "? ". */
const LATIN_SENTENCE_END = /[\p{Ll}\p{N}”"')][.!?](?=\s|$)/gu;

const fewSentences = (text: string) => (text.match(SENTENCE_END)?.length ?? 0) + (text.match(LATIN_SENTENCE_END)?.length ?? 0) < 3;

/** Longer than a line planted against copying: a rule of a style sheet may hide it for a script to show. */
const PLANTED_CHARS = 200;

/** Whether an element's own markup hides it; `attribute` reads its attributes, `text` its words. */
export function hiddenByMarkup(attribute: (name: string) => string | null | undefined, text: () => string): boolean {
  if (attribute("hidden") != null || attribute("aria-hidden") === "true") return true;
  const style = attribute("style");
  if (style == null || !HIDDEN_STYLE.test(style)) return false;
  return DISPLAY_NONE.test(style) || fewSentences(text());
}

/** A selector the check below reads: one class or id, after a tag name or none ("span.hx", "#q1"). */
const SIMPLE_SELECTOR = /^(?:[a-z][a-z0-9]*)?[.#][\w-]+$/iu;
/** Enough for any page's own rules; a sheet of thousands is not read past them. */
const MAX_SELECTORS = 500;

/** The style sheet without its comments, read in one pass (one left open runs to the end). */
function withoutComments(css: string): string {
  const kept: string[] = [];
  let from = 0;
  for (let open = css.indexOf("/*"); open !== -1; open = css.indexOf("/*", from)) {
    kept.push(css.slice(from, open));
    const close = css.indexOf("*/", open + 2);
    if (close === -1) return kept.join("");
    from = close + 2;
  }
  kept.push(css.slice(from));
  return kept.join("");
}

/** The rules at the top of a style sheet: one inside @media (for print, for a small screen) hides nothing from every reader. */
function topLevelRules(css: string): { selectors: string; body: string }[] {
  const rules: { selectors: string; body: string }[] = [];
  let depth = 0;
  let start = 0;
  let open = 0;
  let nested = false;
  for (let i = 0; i < css.length; i += 1) {
    const c = css[i];
    if (c === "{") {
      if (depth === 0) open = i;
      else nested = true;
      depth += 1;
    } else if (c === "}" && depth > 0) {
      depth -= 1;
      if (depth > 0) continue;
      const selectors = css.slice(start, open).trim();
      if (!nested && !selectors.startsWith("@")) rules.push({ selectors, body: css.slice(open + 1, i) });
      start = i + 1;
      nested = false;
    }
  }
  return rules;
}

/** The elements a rule of the page's own <style> hides by their class or id alone, each no more than a line of a few words. */
export function hiddenByStyleSheets(doc: Document): Set<Element> {
  const selectors: string[] = [];
  for (const sheet of styleSheetsOf(doc)) {
    for (const rule of topLevelRules(withoutComments(sheet))) {
      if (HIDDEN_STYLE.test(rule.body)) append(selectors, rule.selectors.split(",").map((s) => s.trim()).filter((s) => SIMPLE_SELECTOR.test(s)));
    }
  }
  const hidden = new Set<Element>();
  for (const selector of selectors.slice(0, MAX_SELECTORS)) {
    let found: Element[];
    try {
      found = Array.from(doc.querySelectorAll(selector));
    } catch {
      // An id a selector cannot name ("#1a"): nothing to hide by it.
      continue;
    }
    for (const el of found) {
      const text = el.textContent ?? "";
      if (text.trim().length <= PLANTED_CHARS && fewSentences(text)) hidden.add(el);
    }
  }
  return hidden;
}
