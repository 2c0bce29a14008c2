// A list page of teasers (a blog's home page, a section front): each story's headline a link
// to its own page, with a line or two of its summary. The block read as the story is one
// teaser, or the whole list; either way the page holds no article of its own.
import { absoluteUrl } from "../urls";
import type { Block } from "./blocks";
import type { Stats } from "./density";
import { tagOf, textOf } from "./dom";

const HEADINGS = "h1, h2, h3, h4";
const bare = (s: string) => s.replace(/\s+/gu, "");

/** Where a heading links to, when its words are all one link's (in it, or around it). */
function linkOf(heading: Element): string | undefined {
  const around = heading.closest("a[href]");
  const inside = Array.from(heading.querySelectorAll("a[href]")).find((a) => bare(textOf(a)) === bare(textOf(heading)));
  const href = (around ?? inside)?.getAttribute("href")?.trim();
  return href === undefined || href === "" || href.startsWith("#") ? undefined : href;
}

/** An address as compared: absolute where it can be, without its fragment or a closing slash. */
function addressKey(href: string, pageUrl: string | undefined): string {
  return (absoluteUrl(href, pageUrl) ?? href).replace(/#.*$/u, "").replace(/\/$/u, "");
}

/**
 * True when the headline (or, failing a linked one, the first linked heading in the story's
 * block) links to another page, and two headings more of its kind link to two others: under
 * each, a teaser, or a post's opening over its "Read more", or a whole post (a blog's home
 * page). A story of more than three paragraphs
 * with such headings only around it (a box of other stories' teasers) is still the story.
 */
export function isTeaserList(root: Element, headline: Element | undefined, body: Element, stats: Map<Element, Stats>, pageUrl: string | undefined, ownUrls: readonly (string | undefined)[]): boolean {
  const own = new Set(ownUrls.flatMap((u) => (u !== undefined ? [addressKey(u, pageUrl)] : [])));
  const elsewhere = (heading: Element) => {
    const href = linkOf(heading);
    const key = href !== undefined ? addressKey(href, pageUrl) : undefined;
    return key !== undefined && !own.has(key) ? key : undefined;
  };
  const first = headline !== undefined && /^h[1-4]$/u.test(tagOf(headline)) && elsewhere(headline) !== undefined ? headline : Array.from(body.querySelectorAll(HEADINGS)).find((h) => elsewhere(h) !== undefined);
  if (first === undefined) return false;
  const seen = new Set([elsewhere(first)]);
  const others: Element[] = [];
  for (const heading of root.querySelectorAll(tagOf(first))) {
    const key = elsewhere(heading);
    if (heading === first || key === undefined || seen.has(key)) continue;
    seen.add(key);
    others.push(heading);
  }
  if (others.length < 2) return false;
  // "Read more »" under the block read, to the page its headline links to: the block is that story's opening.
  const target = elsewhere(first);
  const readMore = Array.from(body.querySelectorAll("a[href]")).some((a) => bare(textOf(a)).length <= 30 && addressKey(a.getAttribute("href") ?? "", pageUrl) === target);
  return others.some((h) => body.contains(h)) || (stats.get(body)?.paragraphs ?? 0) <= 3 || readMore || others.some((h) => headsWholeStory(h, first, stats));
}

/**
 * True when the heading stands over a whole story of its own, as on a blog's home page that
 * shows its latest posts whole: the largest box around it that leaves out the first headline
 * holds three paragraphs or more of prose.
 */
function headsWholeStory(heading: Element, first: Element, stats: Map<Element, Stats>): boolean {
  let box = heading;
  while (box.parentElement !== null && !box.parentElement.contains(first)) box = box.parentElement;
  const s = stats.get(box);
  return s !== undefined && s.paragraphs >= 3 && s.text - s.linkText >= 300;
}

/** A sentence's end, in any script. */
const PROSE = /[.!?。！？…؟]["'”’」)）]?$/u;

/**
 * The same list read from its lines, where its headlines are links set in no heading element
 * (<a class="title">): from its top, a linked line over a line of prose, three times or more,
 * and a third of its lines or more such headlines.
 */
export function isTeaserLines(blocks: readonly Block[]): boolean {
  const lines = blocks.filter((b): b is Extract<Block, { kind: "text" }> => b.kind === "text");
  const headline = (b: (typeof lines)[number] | undefined) => b !== undefined && b.linked === true && [...b.text].length >= 8 && [...b.text].length <= 120;
  let pairs = 0;
  let first = -1;
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const next = lines[i + 1];
    if (!headline(lines[i]) || next === undefined || next.linked === true || !PROSE.test(next.text)) continue;
    pairs += 1;
    if (first === -1) first = i;
  }
  return pairs >= 3 && first <= 1 && pairs * 2 >= 0.6 * lines.length;
}
