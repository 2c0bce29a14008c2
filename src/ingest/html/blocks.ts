// The story's block as the reader sees it, top to bottom: lines of text (a paragraph, a list
// item, a table row), headings, pictures and their captions. Inline markup joins into the
// line around it; block elements and <br> end a line. A picture set inside a sentence stands
// after its line: it never cuts the sentence in two.
import { ELEMENT, squash, TEXT, tagOf } from "./dom";
import { absoluteUrl } from "../urls";
import { iconText, isInlineIcon, type ImgAttributes } from "./inline-icon";

export type Block =
  /** `mark`: a list item's bullet or number ("• ", "2. "), kept apart so the line is still read as printed. */
  /** `verbatim`: a table's row or a line of code, read as printed: never a subhead, never chrome. */
  /** `linked`: the whole line is a link (a headline pointing at another story). */
  | { kind: "text"; text: string; centered: boolean; strong: boolean; mark?: string; verbatim?: true; linked?: true }
  | { kind: "heading"; text: string }
  /** A picture; without a url when its address cannot be made absolute (a saved page's relative path). */
  | { kind: "image"; url?: string; alt?: string; width?: number; height?: number }
  | { kind: "caption"; text: string };

const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "header", "blockquote", "center", "ul", "ol", "li", "dl", "dt", "dd",
  "table", "tbody", "thead", "tr", "td", "th", "pre", "figure", "address", "hr", "form", "fieldset",
]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const LAZY_SRC = ["data-src", "data-original", "data-lazy-src", "data-url", "data-actualsrc", "src"];
const CENTERED = /text-align\s*:\s*center/iu;
const CAPTION_NAMES = /(?:^|[\s_-])(?:caption|pic|pics|img|image|photo|tu|center|desc)(?:$|[\s_-]|\d)/iu;

function dimension(value: string | null): number | undefined {
  const n = value !== null && /^\d{1,6}$/u.test(value.trim()) ? Number(value) : undefined;
  return n !== undefined && n >= 1 && n <= 100_000 ? n : undefined;
}

const attributesOf = (img: Element): ImgAttributes => {
  const get = (name: string) => img.getAttribute(name) ?? undefined;
  return { src: get("src"), alt: get("alt"), class: get("class"), style: get("style"), width: get("width"), height: get("height") };
};

/** The widest picture a srcset offers ("a-320.jpg 320w, a-640.jpg 640w" → a-640.jpg); else its last. */
function fromSrcset(srcset: string | null | undefined): string | undefined {
  let best: { ref: string; size: number } | undefined;
  for (const candidate of (srcset ?? "").split(/,\s+/u)) {
    const [ref, descriptor] = candidate.trim().split(/\s+/u);
    if (!ref || ref.startsWith("data:")) continue;
    const size = Number.parseFloat(descriptor ?? "1") || 1;
    if (best === undefined || size >= best.size) best = { ref, size };
  }
  return best?.ref;
}

/**
 * The addresses a picture gives, best first: its lazy-loading attributes, its src, then its
 * srcset and those of the <picture> around it (pages that set only a srcset).
 */
export function pictureRefs(img: Element): string[] {
  const refs = LAZY_SRC.map((attr) => img.getAttribute(attr)?.trim());
  refs.push(fromSrcset(img.getAttribute("data-srcset")), fromSrcset(img.getAttribute("srcset")));
  const picture = img.parentElement;
  if (picture !== null && tagOf(picture) === "picture") {
    for (const source of picture.querySelectorAll("source")) refs.push(fromSrcset(source.getAttribute("data-srcset") ?? source.getAttribute("srcset")));
  }
  return refs.filter((r): r is string => r !== undefined && r !== "" && !r.startsWith("data:"));
}

export const PICTURE_TAGS = new Set(["img", "amp-img"]);

function imageBlock(img: Element, pageUrl: string | undefined): Block | undefined {
  let url: string | undefined;
  let ref: string | undefined;
  for (const value of pictureRefs(img)) {
    ref ??= value;
    url = absoluteUrl(value, pageUrl);
    if (url !== undefined) break;
  }
  if (ref === undefined || /\.svg(?:$|\?)|spacer|blank\.gif|loading|icon|logo|avatar|qrcode|erweima/iu.test(ref) || isInlineIcon({ ...attributesOf(img), src: ref })) return undefined;
  const width = dimension(img.getAttribute("width"));
  const height = dimension(img.getAttribute("height"));
  // Icons and tracking pixels are not pictures of the story.
  if ((width !== undefined && width < 60) || (height !== undefined && height < 40)) return undefined;
  const alt = squash(img.getAttribute("alt") ?? "");
  return {
    kind: "image",
    ...(url !== undefined ? { url } : {}),
    ...(alt !== "" ? { alt } : {}),
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
  };
}

interface Line {
  parts: string[];
  centered: boolean;
  strongChars: number;
  linkChars: number;
}

/** A list of two items or more; a lone <li> is a page's layout, not a list. */
function listItems(list: Element): Element[] | undefined {
  const items = Array.from(list.children).filter((c) => tagOf(c) === "li");
  return items.length >= 2 ? items : undefined;
}

/** Each item's bullet or number: "• " in a <ul>, "1. " on in an <ol> (from its start, or an item's value). */
function listMarks(list: Element, items: readonly Element[]): Map<Element, string> {
  const marks = new Map<Element, string>();
  const ordered = tagOf(list) === "ol";
  let n = Number.parseInt(list.getAttribute("start") ?? "1", 10);
  if (!Number.isFinite(n)) n = 1;
  for (const item of items) {
    const value = Number.parseInt(item.getAttribute("value") ?? "", 10);
    if (Number.isFinite(value)) n = value;
    marks.set(item, ordered ? `${n}. ` : "• ");
    n += 1;
  }
  return marks;
}

/** Cells that lay out a page (its story, its pictures, other tables) rather than hold data. */
const LAYOUT_INSIDE = "table, img, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, iframe";
const MAX_CELL = 60;

/**
 * A data table's rows, each as its cells' texts; undefined for a table that lays out a page.
 * A data table has two rows or more, a row of two cells or more, and short cells of text only.
 */
function tableRows(table: Element): string[][] | undefined {
  if (table.querySelector(LAYOUT_INSIDE) !== null) return undefined;
  const rows: string[][] = [];
  for (const tr of table.querySelectorAll("tr")) {
    const cells = Array.from(tr.children).filter((c) => tagOf(c) === "td" || tagOf(c) === "th");
    const texts = cells.map((c) => squash(c.textContent ?? ""));
    if (texts.some((t) => [...t].length > MAX_CELL)) return undefined;
    if (texts.some((t) => t !== "")) rows.push(texts);
  }
  return rows.length >= 2 && rows.some((r) => r.length >= 2) ? rows : undefined;
}

const CODE_NAMES = /code|lang|highlight|brush|prettyprint|hljs|syntax/iu;

/**
 * A <pre>'s lines, each a line of its own (a page may set its whole story in one <pre>). Code
 * keeps its indentation, as no-break spaces that survive in a paragraph.
 */
function preBlocks(pre: Element): Block[] {
  const code = pre.querySelector("code") !== null || CODE_NAMES.test(`${pre.getAttribute("class") ?? ""} ${pre.getAttribute("data-lang") ?? ""}`);
  const blocks: Block[] = [];
  for (const raw of (pre.textContent ?? "").split(/\r\n?|\n/u)) {
    const text = squash(raw);
    if (text === "") continue;
    if (!code) {
      blocks.push({ kind: "text", text, centered: false, strong: false });
      continue;
    }
    const indent = (/^[ \t]*/u.exec(raw)?.[0] ?? "").replace(/\t/gu, "    ").length;
    blocks.push({ kind: "text", text: `${"\u00A0".repeat(Math.min(indent, 40))}${text}`, centered: false, strong: false, verbatim: true });
  }
  return blocks;
}

/** An item that prints its own number or bullet ("1、…", "（一）…", "● …") keeps only that. */
const OWN_MARK = /^(?:[•●○◆◇■□▪▶►·\-*]|\d{1,3}\s*[.、．)）](?!\d)|[(（]\d{1,3}[)）]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])/u;

/**
 * `spaced`: a space between inline elements, for the header under a headline, where a page
 * sets "2019-09-26 12:11", "来源：新华社" and "记者 王明" side by side in spans of their own.
 */
export function readBlocks(root: Element, pageUrl: string | undefined, spaced = false): Block[] {
  const blocks: Block[] = [];
  let line: Line = { parts: [], centered: false, strongChars: 0, linkChars: 0 };
  /** Pictures met inside the line: they stand after it. */
  let waiting: Block[] = [];
  /** The bullet or number of the list item being read, for its first line. */
  let mark: string | undefined;
  const marks = new Map<Element, string>();
  const flush = () => {
    const text = squash(line.parts.join(""));
    if (text !== "") {
      const chars = text.replace(/\s/gu, "").length;
      const strong = line.strongChars >= chars * 0.9;
      const own = mark !== undefined && !OWN_MARK.test(text) ? { mark } : {};
      blocks.push({ kind: "text", text, centered: line.centered, strong, ...own, ...(line.linkChars >= chars ? { linked: true as const } : {}) });
      mark = undefined;
    }
    blocks.push(...waiting);
    waiting = [];
    line = { parts: [], centered: false, strongChars: 0, linkChars: 0 };
  };
  const visit = (el: Element, centered: boolean, strong: boolean, linked: boolean) => {
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === TEXT) {
        const t = child.textContent ?? "";
        line.parts.push(t);
        if (t.trim() !== "") line.centered ||= centered;
        if (strong) line.strongChars += t.replace(/\s/gu, "").length;
        if (linked) line.linkChars += t.replace(/\s/gu, "").length;
        continue;
      }
      if (child.nodeType !== ELEMENT) continue;
      const c = child as Element;
      const tag = tagOf(c);
      if (tag === "br") {
        flush();
        continue;
      }
      if (PICTURE_TAGS.has(tag)) {
        const image = imageBlock(c, pageUrl);
        if (image) {
          waiting.push(image);
          // At the start of a line the picture stands where it is, before the words that follow.
          if (squash(line.parts.join("")) === "") flush();
        } else line.parts.push(iconText(attributesOf(c)));
        continue;
      }
      if (HEADINGS.has(tag)) {
        flush();
        const text = squash(c.textContent ?? "");
        if (text !== "") blocks.push({ kind: "heading", text });
        for (const img of c.querySelectorAll("img")) {
          const image = imageBlock(img, pageUrl);
          if (image) blocks.push(image);
        }
        continue;
      }
      if (tag === "figcaption") {
        flush();
        const text = squash(c.textContent ?? "");
        if (text !== "") blocks.push({ kind: "caption", text });
        continue;
      }
      if (tag === "pre") {
        flush();
        blocks.push(...preBlocks(c));
        continue;
      }
      // A data table reads row by row, its cells side by side, as a reader scans it.
      const rows = tag === "table" ? tableRows(c) : undefined;
      if (rows) {
        flush();
        for (const cells of rows) blocks.push({ kind: "text", text: squash(cells.join(" | ")), centered: false, strong: false, verbatim: true });
        continue;
      }
      const isBlock = BLOCK_TAGS.has(tag);
      const style = c.getAttribute("style") ?? "";
      const align = (c.getAttribute("align") ?? "").toLowerCase();
      const names = `${c.getAttribute("class") ?? ""}`;
      const centeredHere = centered || CENTERED.test(style) || align === "center" || tag === "center" || (isBlock && CAPTION_NAMES.test(names));
      const strongHere = strong || tag === "strong" || tag === "b";
      if (isBlock) flush();
      else if (spaced) line.parts.push(" ");
      if (tag === "ul" || tag === "ol") {
        const items = listItems(c);
        if (items) for (const [item, m] of listMarks(c, items)) marks.set(item, m);
      }
      if (tag === "li") mark = marks.get(c);
      visit(c, centeredHere, strongHere, linked || (tag === "a" && c.hasAttribute("href")));
      if (isBlock) flush();
      if (tag === "li") mark = undefined;
      else if (spaced) line.parts.push(" ");
      if (tag === "td" || tag === "th") line.parts.push(" ");
    }
  };
  visit(root, false, false, false);
  flush();
  return blocks;
}
