// The byline as a page's markup marks it: the writer's name where its elements say "author"
// (microdata, rel="author", WordPress's vcard, a byline's class), and the story's own <time>.
import { metaText, textOf } from "./dom";

/**
 * Where a blog's or newspaper's markup names its writer (WordPress's author vcard, Blogger's
 * itemprop="author", a rel="author" link, a byline's author), outside its comment thread.
 */
const MARKED_AUTHOR = '[itemprop~="author"], a[rel~="author"], .byline .author, .byline .fn, .author.vcard .fn, .author-name';
/** Where the markup says no more than a class name: the first such byline, away from lists of other stories. */
const AUTHOR_CLASS =
  '.author, .autor, .auteur, .autore, .byline, .firma, .article-author, .post-author, .entry-author, [class*="author-name"], [class*="author__name"], [class*="byline__author"], [class*="byline-author"]';
const ELSEWHERE = '[class*="comment"], [id*="comment"], [class*="related"], [class*="recommend"], aside, nav';
/** "By ", "Posted by ", "Par ": the words a byline opens with. */
export const BYLINE_WORDS = /^(?:(?:posted|written)\s+)?(?:by|par|por|von|di|door)\s+/iu;
/** Between two writers' names: a comma, an ampersand, "and" in a few languages. */
export const NAME_SPLIT = /\s*(?:,|&|\s(?:and|et|y|und|e|en)\s)\s*/u;

function namesIn(el: Element): string[] {
  const named = el.querySelector('[itemprop~="name"]') ?? el;
  const text = metaText(named.getAttribute("content") ?? textOf(named))?.replace(BYLINE_WORDS, "");
  // A name, not a sentence, a date or a link's "View all posts".
  return (text?.split(NAME_SPLIT) ?? []).filter((name) => name !== "" && name.length <= 40 && name.split(" ").length <= 5 && !/[\d!?。:：@/]/u.test(name));
}

/**
 * Chinese pages name their writers in 作者 / 记者 lines, read as such: the names their markup
 * calls an author's are the channel's or account's.
 */
export function markedAuthors(doc: Document): string[] {
  const namesOf = (el: Element) => namesIn(el).filter((name) => !/\p{Script=Han}/u.test(name));
  const names = Array.from(doc.querySelectorAll(MARKED_AUTHOR)).flatMap((el) => (el.closest('[class*="comment"], [id*="comment"]') === null ? namesOf(el) : []));
  if (names.length > 0) return names;
  for (const el of doc.querySelectorAll(AUTHOR_CLASS)) {
    if (el.closest(ELSEWHERE) !== null || el.querySelector(AUTHOR_CLASS) !== null) continue;
    const found = namesOf(el);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * The story's own <time>: the one marked as its publishing date, else the first that is not
 * in a list of other stories, a sidebar or a comment (each of those prints its own dates).
 */
export function printedTime(doc: Document): Element | undefined {
  const marked = doc.querySelector("[itemprop~=datePublished][datetime], abbr[itemprop~=datePublished][title], abbr.published[title], time.published[datetime]");
  if (marked !== null && marked.closest(ELSEWHERE) === null) return marked;
  return Array.from(doc.querySelectorAll("time[datetime]")).find((el) => el.closest(ELSEWHERE) === null);
}
