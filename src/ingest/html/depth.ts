// How deep a page's tags nest. A real page nests a few dozen levels; a broken or hostile one
// (tens of thousands of unclosed <div>s) would take the parser seconds per page and overflow
// the stack of every walk of its tree. Past MAX_DEPTH the tree is flattened as Chromium's
// parser does at 512 levels: the text and pictures stay, in order, one level deep. Past
// REFUSED_DEPTH the page is not parsed at all.

/** Chromium's parser stops nesting at this depth. */
export const MAX_DEPTH = 512;
/** Start tags left open, counted before parsing, past which the page is not read. */
export const REFUSED_DEPTH = 4096;

/** Elements that never hold others, and those the parser closes by itself when the next one opens. */
const NEVER_NEST = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "p", "li", "dt", "dd", "option", "tr", "td", "th",
]);
// A tag ends before the next "<": else each of thousands of unclosed "<a " looks to the end of
// the page for its ">", and the count takes minutes.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)\b[^<>]*?(\/?)>/gu;

/** Levels of the tree per level openTagDepth counts, at most: a <ul> holds an <li> that holds a <p>. */
export const UNCOUNTED_PER_LEVEL = 4;

/** How deep the start tags nest, counting each one left open but those that close themselves (a quarter of the tree's depth, at least). */
export function openTagDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    if (selfClosing === "/" || NEVER_NEST.has((name as string).toLowerCase())) continue;
    if (closing === "/") depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, (depth += 1));
  }
  return deepest;
}

/**
 * Lifts everything below `maxDepth` levels under `root` up to that level, in document order: an
 * element there keeps its text and its childless elements (pictures, line breaks, short
 * paragraphs); the elements that held them are unwrapped. Walks without recursion.
 */
export function flattenDeep(root: Element, maxDepth = MAX_DEPTH): void {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop() as [Element, number];
    if (depth < maxDepth) {
      for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
      continue;
    }
    // Deepest first, so that each element is unwrapped after everything inside it.
    const below = Array.from(el.querySelectorAll("*")).reverse();
    for (const inner of below) if (inner.firstElementChild !== null) inner.replaceWith(...Array.from(inner.childNodes));
  }
}
