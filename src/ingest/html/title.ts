// The headline: the page's own heading, not the <title> with its "_频道_站名" tail. A heading
// the <title> (or og:title) contains is the headline; failing that, og:title or JSON-LD's
// headline; failing that, the heading nearest above the story; last, the <title>'s first part.
import { ELEMENT, namesOf, squash, tagOf, TEXT, textOf } from "./dom";
import type { Block } from "./blocks";
import type { Stats } from "./density";
import { CHANNEL_NAME, parseMetaLine } from "../parse/meta";

/** "发布时间：2019-09-26 10:09", "来源：新华社": the line under a headline, never one. */
const isMetaText = (text: string) => parseMetaLine(text) !== undefined;

/** Separators between a headline and the channel and site names in a <title>. */
/** "… @ 小米的日记 :: 痞客邦 ::", "… » Site", "… · Site": separators set between spaces. */
const SEPARATOR = /\s*(?:_{1,2}|[|｜]|-{2,}|——|—|\s[-–@»·•]\s|\s::(?:\s|$)|-)\s*/u;
/** In a title without Han, a bare hyphen between two words joins them ("Croix-Rousse", "Beispiel-Zeitung"). */
const LATIN_SEPARATOR = /\s*(?:_{1,2}|[|｜]|-{2,}|——|—|\s[-–»·•]\s|\s::(?:\s|$)|(?<=^|[^\p{L}\p{N}])-|-(?=$|[^\p{L}\p{N}]))\s*/u;
const bare = (s: string) => s.replace(/[\s\u3000]+/gu, "").toLowerCase();

export function titleParts(docTitle: string): string[] {
  const separator = /\p{Script=Han}/u.test(docTitle) ? SEPARATOR : LATIN_SEPARATOR;
  return docTitle.split(separator).map((s) => s.trim()).filter((s) => s !== "");
}

/** The site's name from the <title> tail ("…-股票频道-和讯网" → "和讯网"), when the headline is before it. */
export function siteNameFrom(docTitle: string | undefined, headline: string): string | undefined {
  if (docTitle === undefined) return undefined;
  const parts = titleParts(docTitle);
  const last = parts.at(-1);
  // "… - by Dana Whitfield" names the writer.
  if (parts.length < 2 || last === undefined) return undefined;
  // "青山新闻网 - 青山县秋收时节": a site that puts its name first.
  const first = parts[0] as string;
  const leads = !bare(docTitle).startsWith(bare(headline).slice(0, 4)) && bare(docTitle).endsWith(bare(headline).slice(-4));
  // A site's name in Latin letters runs longer than one in Han ("Local History Society").
  const longest = /\p{Script=Han}/u.test(docTitle) ? 20 : 32;
  if (leads) return [...first].length <= longest && !bare(headline).includes(bare(first)) ? first : undefined;
  if ([...last].length > longest || /^by\s/iu.test(last) || CHANNEL_NAME.test(last)) return undefined;
  if (bare(headline).includes(bare(last)) || !bare(docTitle).startsWith(bare(headline).slice(0, 4))) return undefined;
  // "…_澎湃新闻-The Paper": a Chinese site's name, then its English one; a Chinese story's reader knows the first.
  const before = parts.at(-2);
  const english = /^[\p{Script=Latin}\d\s.&'-]+$/u.test(last) && /\p{Script=Han}/u.test(headline);
  if (english && parts.length >= 3 && before !== undefined && /\p{Script=Han}/u.test(before) && [...before].length <= 20 && !CHANNEL_NAME.test(before)) return before;
  // "央视网(cctv.com)": the site's name, without its address beside it.
  return last.replace(/(?<=\p{Script=Han})\s*[(（](?:www\.)?[\w-]+(?:\.[\w-]+)+[)）]$/u, "");
}

const lengthOf = (s: string) => [...s].length;

export interface Title {
  text: string;
  el?: Element;
}

export function chooseTitle(root: Element, docTitle: string | undefined, metaHeadline: string | undefined, stats: Map<Element, Stats>, body: Element | undefined): Title | undefined {
  const candidates: Element[] = [];
  for (const el of root.querySelectorAll("h1, h2, h3, [class*=title], [id*=title], [class*=Title], [class*=headline]")) {
    const n = lengthOf(textOf(el));
    if (n >= 4 && n <= 100 && tagOf(el) !== "title" && el.querySelector("h1, h2, h3, p, div") === null && !isMetaText(textOf(el))) candidates.push(el);
  }
  const references = [docTitle, metaHeadline].filter((t): t is string => t !== undefined).map(bare);
  const parts = docTitle !== undefined ? titleParts(docTitle) : [];
  const longestPart = [...parts].sort((a, b) => lengthOf(b) - lengthOf(a))[0] ?? "";
  // The other parts of the <title> are the channel's and the site's names.
  const siteNames = parts.filter((p) => p !== longestPart).map(bare);
  const siteName = bare(parts.length > 1 ? (parts.at(-1) ?? "") : "");
  const contained = candidates.filter((el) => {
    const t = bare(textOf(el));
    if (lengthOf(t) < 5 || lengthOf(t) < 0.6 * lengthOf(bare(longestPart))) return false;
    return references.some((r) => r.includes(t)) && !siteNames.some((name) => name.includes(t));
  });
  const orderOf = (el: Element) => stats.get(el)?.order ?? Number.MAX_SAFE_INTEGER;
  const longest = contained.sort((a, b) => lengthOf(textOf(b)) - lengthOf(textOf(a)) || orderOf(a) - orderOf(b))[0];
  if (longest) {
    // A <title> of one part that a masthead repeats ("青山县人民政府" on every page of the
    // site) is the site's name: the heading between it and the story is the headline.
    // A blog's headline that is its whole <title> has its writer's name under it ("<h4
    // class="author-name">"): a name, not the headline.
    const near = parts.length === 1 ? nearestHeading(root, stats, body) : undefined;
    const byline = near !== undefined && (/author|byline/u.test(namesOf(near)) || near.closest("[class*=author], [class*=byline]") !== null);
    // A paper's headline whose subtitle (副题) is set right under it, a smaller heading: the headline still.
    const subtitle = near !== undefined && tagOf(longest) === "h1" && tagOf(near) !== "h1" && nextWithText(longest) === near;
    if (near !== undefined && !byline && !subtitle && orderOf(near) > orderOf(longest) && !longest.contains(near)) return { text: headlineText(near), el: near };
    // With no heading under it, a linked masthead ("<h1><a href="/">Daily Ledger</a></h1>") that
    // the one-part <title> repeats is the site's name; og:title names the story.
    const masthead = parts.length === 1 && metaHeadline !== undefined && !bare(metaHeadline).includes(bare(textOf(longest))) && (longest.closest("a") !== null || longest.querySelector("a") !== null);
    if (!masthead) return { text: headlineText(longest), el: longest };
  }
  if (metaHeadline !== undefined) {
    const head = titleParts(metaHeadline)[0] ?? metaHeadline;
    if (bare(head) !== siteName) {
      const el = candidates.find((c) => bare(textOf(c)) === bare(metaHeadline) || bare(textOf(c)) === bare(head));
      // og:title written as the <title> is, "Headline | Site": the site's name is not the headline's.
      const tailed = siteName !== "" && bare(metaHeadline).endsWith(siteName) && bare(head) !== bare(metaHeadline);
      return { text: lengthOf(metaHeadline) <= 60 && !tailed ? metaHeadline : head, ...(el ? { el } : {}) };
    }
  }
  const near = nearestHeading(root, stats, body);
  if (near) return { text: headlineText(near), el: near };
  const first = [...parts].sort((a, b) => lengthOf(b) - lengthOf(a))[0];
  return first !== undefined ? { text: first } : undefined;
}

/** The element after this one that has words, past empty ones (people.cn's empty <h4 class="sub">). */
function nextWithText(el: Element): Element | null {
  let next = el.nextElementSibling;
  while (next !== null && textOf(next) === "") next = next.nextElementSibling;
  return next;
}

/** "青山县晚稻喜获丰收<br>全县预计增产百分之五": a headline's two lines, a space between them. */
function headlineText(el: Element): string {
  if (el.querySelector("br") === null) return textOf(el);
  let text = "";
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT) text += child.textContent ?? "";
      else if (child.nodeType === ELEMENT) {
        if (tagOf(child as Element) === "br") text += " ";
        else walk(child);
      }
    }
  };
  walk(el);
  return squash(text);
}

/** The heading nearest above the story, or the first inside it. */
function nearestHeading(root: Element, stats: Map<Element, Stats>, body: Element | undefined): Element | undefined {
  if (body === undefined) return undefined;
  const orderOf = (el: Element) => stats.get(el)?.order ?? Number.MAX_SAFE_INTEGER;
  const at = orderOf(body);
  const headings = [...root.querySelectorAll("h1, h2, h3, h4, h5, h6, [class*=title], [id*=title]")].filter((el) => {
    const n = lengthOf(textOf(el));
    return n >= 6 && n <= 100 && el.querySelector("h1, h2, h3, h4, h5, h6, p, div") === null && (/^h[1-6]$/u.test(tagOf(el)) || /title/iu.test(namesOf(el))) && !isMetaText(textOf(el));
  });
  const before = headings.filter((el) => orderOf(el) < at && !el.contains(body)).at(-1);
  return before ?? headings.find((el) => body.contains(el));
}

/**
 * A <title> that is only the site's name ("青山县人民政府", printed in its logo too), with no
 * heading element: the headline is the story block's first line, set as a heading, in bold or
 * centred over its text, short and no sentence.
 */
export function headlineUnderSiteTitle(root: Element, body: Element, blocks: readonly Block[], chosen: string, docTitle: string | undefined): string | undefined {
  if (docTitle === undefined || bare(chosen) !== bare(docTitle) || !namedOutside(root, body, chosen)) return undefined;
  const first = blocks[0];
  if (first === undefined || (first.kind !== "heading" && !(first.kind === "text" && (first.strong || first.centered)))) return undefined;
  const text = first.text;
  return lengthOf(text) >= 5 && lengthOf(text) <= 60 && !/[。！？]$/u.test(text) && !isMetaText(text) ? text : undefined;
}

/** The site's name printed outside the story's block: its logo's words or picture, its masthead. */
function namedOutside(root: Element, body: Element, name: string): boolean {
  const own = bare(name);
  const count = (el: Element) => bare(textOf(el)).split(own).length - 1;
  if (count(root) > count(body)) return true;
  return Array.from(root.querySelectorAll("img[alt]")).some((img) => !body.contains(img) && bare(img.getAttribute("alt") ?? "") === own);
}
