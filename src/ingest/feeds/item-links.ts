// Two links to an item's story that the feed parser does not read: FeedBurner's
// <feedburner:origLink> (its <link> is a feedproxy redirect that no longer leads anywhere), and
// an RSS item's Atom-style <link href="…"/> (an empty <link> to the parser). Read in one
// streaming pass, each item's in document order, only when the feed has either.
import { Parser } from "htmlparser2";

export interface ItemLinks {
  /** FeedBurner's record of the story's own address. */
  origLink?: string;
  /** An unprefixed <link> with an href (and no rel, or rel="alternate"). */
  href?: string;
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1).toLowerCase();
const ITEM = new Set(["item", "entry"]);

/** Whether the feed has links only this pass reads (an Atom entry's <link href> the parser reads). */
const hasItemLinks = (xml: string, atom: boolean) => /<[\w.-]+:origLink[\s>]/iu.test(xml) || (!atom && /<link\s[^<>]{0,1000}\bhref\s*=/iu.test(xml));

/** Each item's (or Atom entry's) links, in document order; undefined when the feed has none. */
export function itemLinks(xml: string, atom: boolean): ItemLinks[] | undefined {
  if (!hasItemLinks(xml, atom)) return undefined;
  const found: ItemLinks[] = [];
  // The open elements' names, and where in that stack the current item opened.
  const open: string[] = [];
  let item: ItemLinks | undefined;
  let itemDepth = -1;
  let origLink: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        open.push(name);
        const local = localName(name);
        if (item === undefined) {
          if (ITEM.has(local)) {
            item = {};
            itemDepth = open.length;
          }
          return;
        }
        if (open.length !== itemDepth + 1) return;
        if (local === "origlink" && name.includes(":")) origLink = "";
        const rel = attribs.rel?.trim().toLowerCase();
        if (name === "link" && attribs.href?.trim() && (rel === undefined || rel === "" || rel === "alternate")) item.href ??= attribs.href.trim();
      },
      ontext(text) {
        if (origLink !== undefined) origLink += text;
      },
      onclosetag() {
        if (item !== undefined && origLink !== undefined && open.length === itemDepth + 1) {
          if (origLink.trim()) item.origLink ??= origLink.trim();
          origLink = undefined;
        }
        if (item !== undefined && open.length === itemDepth) {
          found.push(item);
          item = undefined;
        }
        open.pop();
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return found;
}
