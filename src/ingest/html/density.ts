// Where the story is: the block with the most text per tag, as GeneralNewsExtractor finds it.
// For every element, in one pass: its text, the text inside its links, its tags, the tags
// inside its links, its paragraphs and its punctuation. A story's block is dense in text that
// is not a link, has paragraphs, and is punctuated like prose; menus and lists are links.
import { ELEMENT, TEXT, tagOf } from "./dom";

export interface Stats {
  text: number;
  linkText: number;
  tags: number;
  linkTags: number;
  paragraphs: number;
  punctuation: number;
  /** Position in document order. */
  order: number;
}

/** Arabic-script pages write their comma, semicolon and question mark as ، ؛ ؟; Hindi ends a sentence with ।. */
const PUNCT = /[。，！？；：、,.!?;:“”،؛؟।]/gu;
const NOT_SPACE = /[^\s\u00A0\u3000]/gu;
const countOf = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

export function measure(root: Element): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  let order = 0;
  const visit = (el: Element, inLink: boolean): Stats => {
    const own: Stats = { text: 0, linkText: 0, tags: 0, linkTags: 0, paragraphs: 0, punctuation: 0, order: order++ };
    const link = inLink || tagOf(el) === "a";
    let direct = 0;
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === TEXT) {
        const t = child.textContent ?? "";
        const n = countOf(t, NOT_SPACE);
        own.text += n;
        direct += n;
        if (link) own.linkText += n;
        else own.punctuation += countOf(t, PUNCT);
      } else if (child.nodeType === ELEMENT) {
        const c = visit(child as Element, link);
        own.text += c.text;
        own.linkText += c.linkText;
        own.tags += c.tags + 1;
        own.linkTags += c.linkTags + (link || tagOf(child as Element) === "a" ? 1 : 0);
        own.paragraphs += c.paragraphs;
        own.punctuation += c.punctuation;
      }
    }
    if (tagOf(el) === "p" || (direct >= 20 && !link)) own.paragraphs += 1;
    stats.set(el, own);
    return own;
  };
  visit(root, false);
  return stats;
}

/** Elements that hold one paragraph at most: never the story's block on their own. */
const INLINE = new Set(["p", "span", "font", "li", "strong", "b", "em", "a", "dd"]);
const CANDIDATE = new Set(["div", "article", "section", "main", "td", "body", "center", "font", "span", "p", "dd", "li"]);

export function scoreOf(s: Stats): number {
  const own = s.text - s.linkText;
  if (own <= 0) return 0;
  const density = own / (s.tags - s.linkTags + 1);
  return density * Math.log10(s.paragraphs + 2) * Math.log(s.punctuation + 2);
}

/** Where a page says its story is. */
const ARTICLE = "article, [itemprop~='articleBody']";
const isArticle = (el: Element) => el.matches(ARTICLE);

/** The element holding the story, or undefined when nothing on the page reads as prose. */
export function findBody(stats: Map<Element, Stats>): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, s] of stats) {
    if (!CANDIDATE.has(tagOf(el))) continue;
    const score = scoreOf(s);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  // The winner may be one paragraph of the story (or a span inside it): the story is the
  // block around it. Climb while an ancestor adds prose without turning into a list of links.
  while (INLINE.has(tagOf(best)) && best.parentElement !== null) best = best.parentElement;
  const floor = 0.2 * bestScore;
  let current = best;
  let ancestor = best.parentElement;
  for (let level = 0; ancestor !== null && level < 6; level += 1, ancestor = ancestor.parentElement) {
    // The page says where its story is: prose around an <article> (a comment thread beside
    // it) is not the story's.
    if (isArticle(current)) break;
    const s = stats.get(current);
    const up = stats.get(ancestor);
    if (s === undefined || up === undefined || up.linkText > 0.35 * up.text) break;
    // What the ancestor adds is a column of linked headlines with their summaries (a 要闻
    // sidebar), not more of the story: the story's own blocks carry few links.
    if (up.linkTags - s.linkTags >= 3 && up.linkText - s.linkText > 0.15 * (up.text - s.text)) break;
    // A <header> beside the block (a dek, a byline) adds the headline's prose, not the story's.
    const added = up.punctuation - headerPunctuation(ancestor, current, stats);
    if (added >= s.punctuation * 1.25 + 2 && scoreOf(up) >= floor) current = ancestor;
    else if (isArticle(ancestor)) {
      // The page says the story is the <article> around the block. A block of one paragraph is
      // one of its paragraphs, each in a wrapper of its own (a short story): the story is the
      // <article>. A block of several is the story's text under the article's header. Nothing
      // beyond the <article> (teasers of other stories under it) is the story's.
      if (s.paragraphs <= 1 && up.punctuation > s.punctuation) current = ancestor;
      break;
    }
  }
  return declaredArticle(current, stats) ?? current;
}

/** The punctuation of the <header>s in `ancestor` beside `block`. */
function headerPunctuation(ancestor: Element, block: Element, stats: Map<Element, Stats>): number {
  let sum = 0;
  for (const header of ancestor.querySelectorAll("header")) {
    if (!header.contains(block) && !block.contains(header)) sum += stats.get(header)?.punctuation ?? 0;
  }
  return sum;
}

/**
 * The one <article> (or articleBody) inside the block found, when it reads as a story: the rest
 * of the block is what a page sets beside its story, such as a comment thread.
 */
function declaredArticle(block: Element, stats: Map<Element, Stats>): Element | undefined {
  if (isArticle(block)) return undefined;
  const declared = Array.from(block.querySelectorAll(ARTICLE));
  const inner = declared.filter((el) => !declared.some((other) => other !== el && other.contains(el)));
  const article = inner.length === 1 ? inner[0] : undefined;
  const s = stats.get(block);
  const a = article !== undefined ? stats.get(article) : undefined;
  if (article === undefined || s === undefined || a === undefined) return undefined;
  const prose = (x: Stats) => x.text - x.linkText;
  // It reads as a story of its own (paragraphs of prose), though a long thread may outweigh it.
  return a.paragraphs >= 2 && prose(a) >= 0.1 * prose(s) && scoreOf(a) >= 0.25 * scoreOf(s) ? article : undefined;
}

const HEADING = "h2, h3, h4, h5, h6";
/** A box of its own beside the story: it opens with its own heading ("县情简介", "专题"). */
function isBox(el: Element): boolean {
  const heading = el.matches(HEADING) ? null : el.querySelector(HEADING);
  const text = (el.textContent ?? "").trim();
  return heading !== null && text.startsWith((heading.textContent ?? "").trim());
}

/**
 * The column of the block found that holds the headline and the story under it, when the
 * block is a page's columns side by side: a sidebar's boxes of longer prose (a county's
 * profile under 县情简介) may weigh more than a short story, but they are not its text.
 */
export function titleColumn(block: Element, title: Element | undefined, stats: Map<Element, Stats>): Element {
  if (title === undefined || title === block || !block.contains(title)) return block;
  let column = title;
  while (column.parentElement !== null && column.parentElement !== block) column = column.parentElement;
  const s = stats.get(column);
  if (column === title || s === undefined || s.paragraphs < 2 || s.punctuation < 4) return block;
  const others = Array.from(block.children).filter((c) => c !== column && (stats.get(c)?.text ?? 0) > 0);
  return others.length > 0 && others.every(isBox) ? column : block;
}
