// A story the page keeps for its script to lay out: in a frame's srcdoc, in a hidden
// <textarea>, in a <script type="text/template">; or for a browser whose script is off, in a
// <noscript>. A browser shows it once the script has run (or has not); read from the saved
// page, it is set where its holder stands, as the page shows it.
import { decodeHTML } from "entities";
import { SENTENCE_END } from "./hidden";
import { squash, tagOf } from "./dom";

const HOLDERS = 'iframe[srcdoc], textarea, noscript, script[type="text/template" i], script[type="text/html" i], script[type="text/x-template" i]';
/** The template's HTML itself, past the page around it a frame's document has. */
const BODY = /<body[^>]*>([\s\S]*?)(?:<\/body>|$)/iu;
const HEAD = /<!doctype[^>]*>|<\/?html[^>]*>|<head[^>]*>[\s\S]*?<\/head>/giu;

/** What the holder holds as HTML: a textarea's escaped markup (&lt;p&gt;) read as markup. */
function heldHtml(el: Element): string {
  const tag = tagOf(el);
  // A <noscript>'s markup is parsed as elements, the page's script being off here.
  const raw = tag === "iframe" ? (el.getAttribute("srcdoc") ?? "") : el.children.length > 0 ? el.innerHTML : (el.textContent ?? "");
  const html = tag === "textarea" && /&lt;\/?[a-z]/iu.test(raw) ? decodeHTML(raw) : raw;
  return BODY.exec(html)?.[1] ?? html.replace(HEAD, "");
}

const timesIn = (text: string, part: string) => text.split(part).length - 1;

/** The page shows the held story already (a copy kept for editing or sharing): its first sentence stands outside its holder. */
function shownElsewhere(doc: Document, holder: Element, words: string): boolean {
  const first = squash(words).split(/(?<=[。！？])/u).find((s) => s.length >= 10)?.slice(0, 30);
  if (first === undefined) return false;
  return timesIn(squash(doc.body?.textContent ?? ""), first) > timesIn(squash(holder.textContent ?? ""), first);
}

/** Sets each held story (paragraphs of sentences, not a form's empty box or a template's {{fields}}) in its holder's place. */
export function unfoldHeldStories(doc: Document): void {
  for (const holder of Array.from(doc.querySelectorAll(HOLDERS))) {
    const html = heldHtml(holder);
    if (!/<(?:p|h[1-6]|div|br|section|article)\b/iu.test(html)) continue;
    const words = html.replace(/<[^>]*>/gu, "");
    if ((words.match(SENTENCE_END)?.length ?? 0) < 2 || shownElsewhere(doc, holder, words)) continue;
    const story = doc.createElement("div");
    story.innerHTML = html;
    holder.replaceWith(story);
  }
}
