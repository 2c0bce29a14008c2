// A story the page cuts into parts (ads, a "Mehr zum Thema" box of links between them), each
// part a block of the same name ("article-body-part", "StoryBodyCompanionColumn"): the block
// found by density is one part. Its sibling parts are the story's too, and join it, in order;
// what stood between them stays outside the story. So do the paragraphs a page sets right
// before or after the story's block, beside it rather than in it (its lead, its closing lines).
import type { Stats } from "./density";
import { isDek } from "./blocks";
import { tagOf, textOf } from "./dom";

/** A teaser's headline, linked to its own story: parts holding one are a list, not a story. */
const LINKED_HEADLINE = "h1 a, h2 a, h3 a, h4 a, a h1, a h2, a h3, a h4";

/** A part of prose: a paragraph or more, punctuated, few of its words links. */
function isProse(s: Stats | undefined): boolean {
  return s !== undefined && s.paragraphs >= 1 && s.punctuation >= 2 && s.linkText < 0.3 * s.text;
}

/**
 * The story's parts joined into the first of them (the DOM is changed in place), or undefined
 * when the block found stands alone: the stats are then still the page's.
 */
export function joinStoryParts(body: Element, stats: Map<Element, Stats>): Element | undefined {
  // Named alike: by the first of their class names ("text-block", "text-block text-block--last").
  const nameOf = (el: Element) => el.getAttribute("class")?.trim().split(/\s+/u)[0];
  const name = nameOf(body);
  const parent = body.parentElement;
  if (!name || parent === null) return undefined;
  const parts = Array.from(parent.children).filter((el) => el === body || (tagOf(el) === tagOf(body) && nameOf(el) === name && isProse(stats.get(el))));
  if (parts.length < 2 || parts.some((part) => part.querySelector(LINKED_HEADLINE) !== null)) return undefined;
  const [first, ...rest] = parts as [Element, ...Element[]];
  for (const part of rest) {
    first.append(...Array.from(part.childNodes));
    part.remove();
  }
  return first;
}

/** A paragraph of prose that ends a sentence: a story's line, not a credit, a tag list or a link. */
const SENTENCE_END = /[.!?。！？…؟][”’"'」』）)]?$/u;

function isParagraph(el: Element): boolean {
  if (tagOf(el) !== "p") return false;
  const text = textOf(el);
  const linked = Array.from(el.querySelectorAll("a")).reduce((n, a) => n + textOf(a).length, 0);
  return SENTENCE_END.test(text) && [...text].length >= (/\p{Script=Han}/u.test(text) ? 20 : 40) && linked < 0.25 * text.length;
}

/**
 * The paragraphs set right before and right after the story's block, as its siblings, moved
 * into it (the DOM is changed in place); true when there were any. Each run stops at the first
 * sibling that is not one; a standfirst over the story stays the header's.
 */
export function joinSiblingParagraphs(body: Element): boolean {
  const opening: Element[] = [];
  for (let before = body.previousElementSibling; before !== null && isParagraph(before) && !isDek(before); before = before.previousElementSibling) opening.unshift(before);
  const closing: Element[] = [];
  for (let next = body.nextElementSibling; next !== null && isParagraph(next); next = next.nextElementSibling) closing.push(next);
  body.prepend(...opening);
  body.append(...closing);
  return opening.length + closing.length > 0;
}
