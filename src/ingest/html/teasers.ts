// A list page of teasers (a blog's home page, a section front): each story's headline a link
// to its own page, with a line or two of its summary. The block read as the story is one
// teaser, or the whole list; either way the page holds no article of its own.
import { absoluteUrl } from "../urls";
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
 * each, a teaser. A story of more than three paragraphs with such headings only around it
 * (a box of other stories) is still the story.
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
  return others.some((h) => body.contains(h)) || (stats.get(body)?.paragraphs ?? 0) <= 3;
}
