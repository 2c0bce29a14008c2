// The story's block as the reader sees it, top to bottom: lines of text (a paragraph, a list
// item, a table row), headings, pictures and their captions. Inline markup joins into the
// line around it; block elements and <br> end a line. A picture set inside a sentence stands
// after its line: it never cuts the sentence in two.
import { ELEMENT, namesOf, squash, TEXT, tagOf } from "./dom";
import { append } from "../append";
import { isCentered } from "./captions";
import { absoluteUrl } from "../urls";
import { iconText, isInlineIcon, type ImgAttributes } from "./inline-icon";
import { largerCopy, pictureRefs as sharedPictureRefs } from "./picture-refs";
import { describingAlt } from "../../content/picture-alt";
import { lowered, mathText, raised } from "./math-text";
import type { TableRow } from "../parse/article";

export type Block =
  /** `mark`: a list item's bullet or number ("• ", "2. "), kept apart so the line is still read as printed. */
  /** `verbatim`: a table's row or a line of code, read as printed: never a subhead, never chrome. */
  /** `linked`: the whole line is a link (a headline pointing at another story). */
  /** `quote`: the line is quoted from elsewhere (set in a <blockquote>). */
  /** `dek`: set in an element the page names its subtitle (see DEK_NAMES). */
  /** `code`: a line of a program, as a <pre> sets it. */
  /** `underPicture`: the line follows a picture inside the same block ("<p><img><br>东河镇农民收割晚稻</p>"). */
  /** `time`: the words of a <time> element in the line ("Иван Петров <time>10 сентября 2021</time>"). */
  /** `row`: the line is a data table's row, its cells kept for the story's HTML. */
  /** `term`: a term a definition list defines (<dt>), set over its definition but no subhead. */
  | { kind: "text"; text: string; centered: boolean; strong: boolean; mark?: string; verbatim?: true; linked?: true; quote?: true; dek?: true; code?: true; underPicture?: true; time?: string; row?: Omit<TableRow, "at">; term?: true }
  /** `dek`: the page names the heading its subtitle (a standfirst under the headline). */
  | { kind: "heading"; text: string; dek?: true }
  /** A picture; without a url when its address cannot be made absolute (a saved page's relative path). */
  | { kind: "image"; url?: string; alt?: string; width?: number; height?: number }
  | { kind: "caption"; text: string };

const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "header", "blockquote", "center", "ul", "ol", "li", "dl", "dt", "dd",
  "table", "tbody", "thead", "tr", "td", "th", "pre", "figure", "address", "hr", "form", "fieldset", "details", "summary",
]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** What a page names its subtitle: Medium's "graf--subtitle", a "standfirst", a "dek", itemprop="description". */
/** Also a "lead", "desc" or "intro" named so (Le Monde's "article__desc"), but not a lead picture's holder. */
/** Chinese pages' 副题: class="sub", "fbt" (副标题), "subtit". */
const DEK_NAMES = /sub-?title|sub_?tit|(?:^|\s)(?:sub|fbt|fu-?title)(?:$|\s)|standfirst|\bdeck?\b|description|summary|excerpt|lede|strapline|(?:^|[\s_-])(?:lead|desc|intro)(?:$|\s|[_-](?!image|img|media|photo|pic|figure|video|art))/u;
export const isDek = (el: Element) => DEK_NAMES.test(`${namesOf(el)} ${el.getAttribute("itemprop") ?? ""} ${el.getAttribute("data-gu-name") ?? ""}`.toLowerCase());

function dimension(value: string | null): number | undefined {
  const n = value !== null && /^\d{1,6}$/u.test(value.trim()) ? Number(value) : undefined;
  return n !== undefined && n >= 1 && n <= 100_000 ? n : undefined;
}

const attributesOf = (img: Element): ImgAttributes => {
  const get = (name: string) => img.getAttribute(name) ?? undefined;
  return { src: get("src"), alt: get("alt"), class: get("class"), style: get("style"), width: get("width"), height: get("height") };
};

/** The addresses a picture gives, best first (picture-refs.ts). */
export function pictureRefs(img: Element): string[] {
  const picture = img.parentElement;
  const sources = picture !== null && tagOf(picture) === "picture" ? Array.from(picture.querySelectorAll("source"), (source) => source.getAttribute("data-srcset") ?? source.getAttribute("srcset") ?? undefined) : [];
  const refs = sharedPictureRefs((name) => img.getAttribute(name) ?? undefined, sources);
  const larger = largerCopy(img.closest("a")?.getAttribute("href") ?? undefined, refs[0]);
  return larger === undefined ? refs : [larger, ...refs];
}

export const PICTURE_TAGS = new Set(["img", "amp-img"]);
const PLACEHOLDER = /progressivemedia-thumbnail|(?:^|[\s_-])(?:lqip|placeholder|blur|blurred|blur-up)(?:$|[\s_-])/u;

/**
 * Most SVG pictures on a page are its icons; one set in a <figure>, drawn wide or described in
 * words is the story's chart or diagram.
 */
function isDiagram(img: Element): boolean {
  const width = dimension(img.getAttribute("width"));
  const alt = squash(img.getAttribute("alt") ?? "");
  return img.closest("figure") !== null || (width !== undefined && width >= 200) || alt.split(" ").length >= 3 || ([...alt].length >= 8 && /\p{Script=Han}/u.test(alt));
}

function imageBlock(img: Element, pageUrl: string | undefined): Block | undefined {
  let url: string | undefined;
  let ref: string | undefined;
  for (const value of pictureRefs(img)) {
    ref ??= value;
    url = absoluteUrl(value, pageUrl);
    if (url !== undefined) break;
  }
  if (ref === undefined || /spacer|blank\.gif|loading|icon|logo|avatar|qrcode|erweima/iu.test(ref) || isInlineIcon({ ...attributesOf(img), src: ref })) return undefined;
  if (/\.svg(?:$|[?#])/iu.test(ref) && !isDiagram(img)) return undefined;
  // A writer's portrait beside the byline ("author-profile-image", "author-icon", "avatar") is not the story's.
  const holders = [img, img.parentElement, img.parentElement?.parentElement].map((el) => (el ? namesOf(el) : ""));
  if (holders.some((names) => /avatar|author|profile/u.test(names))) return undefined;
  // A blog's 原创 / 转载 mark by the headline ("article-type-img") names the kind of post, and shows nothing.
  if (/badge|(?:^|[\s_-])type(?:$|[\s_-])/u.test(holders[0] ?? "")) return undefined;
  // A blurred copy shown while the picture loads (Medium's "progressiveMedia-thumbnail") is not a
  // picture of its own, unless it names the picture it stands for (lazysizes' "lazyload blur-up").
  if (PLACEHOLDER.test(namesOf(img)) && ref === img.getAttribute("src")?.trim()) return undefined;
  const width = dimension(img.getAttribute("width"));
  const height = dimension(img.getAttribute("height"));
  // Icons and tracking pixels are not pictures of the story.
  if ((width !== undefined && width < 60) || (height !== undefined && height < 40)) return undefined;
  const alt = describingAlt(img.getAttribute("alt") ?? undefined);
  return {
    kind: "image",
    ...(url !== undefined ? { url } : {}),
    ...(alt !== undefined ? { alt } : {}),
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
  };
}

interface Line {
  parts: string[];
  centered: boolean;
  strongChars: number;
  linkChars: number;
  time?: string;
}

/** A list of two items or more; a lone <li> is a page's layout, not a list. */
function listItems(list: Element): Element[] | undefined {
  const items = Array.from(list.children).filter((c) => tagOf(c) === "li");
  return items.length >= 2 ? items : undefined;
}

/** Each item's bullet or number: "• " in a <ul> ("◦ " in one nested in an item), "1. " on in an <ol> (from its start, or an item's value). */
function listMarks(list: Element, items: readonly Element[]): Map<Element, string> {
  const marks = new Map<Element, string>();
  const ordered = tagOf(list) === "ol";
  // A list inside a list's item is set under it: a hollow bullet tells its items from their parent's.
  const bullet = list.parentElement !== null && tagOf(list.parentElement) === "li" ? "◦ " : "• ";
  let n = Number.parseInt(list.getAttribute("start") ?? "1", 10);
  if (!Number.isFinite(n)) n = 1;
  for (const item of items) {
    const value = Number.parseInt(item.getAttribute("value") ?? "", 10);
    if (Number.isFinite(value)) n = value;
    marks.set(item, ordered ? `${n}. ` : bullet);
    n += 1;
  }
  return marks;
}

/** Cells that lay out a page (its story, other tables) rather than hold data. */
const LAYOUT_INSIDE = "table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, iframe";
const MAX_CELL = 60;
const MAX_HEADED_CELL = 300;

interface Row {
  cells: string[];
  pictures: Element[];
  /** Header cells only, a row of the table's <thead>, or a first row set wholly in bold. */
  head: boolean;
  spans?: [number, number][];
}

const span = (cell: Element, name: string) => Math.min(Math.max(Number.parseInt(cell.getAttribute(name) ?? "1", 10) || 1, 1), 100);
/** A cell whose words are all bold ("<td><p><b>序号</b></p></td>"), as a header row set in a word processor. */
const boldCell = (cell: Element, text: string) =>
  text === "" || Array.from(cell.querySelectorAll("b, strong"), (b) => b.textContent ?? "").join("").replace(/\s+/gu, "") === text.replace(/\s+/gu, "");

/** Rows of the same three cells or more, none holding more than a paragraph: no page's layout. */
function isGrid(table: Element): boolean {
  const rows = Array.from(table.querySelectorAll("tr"), (tr) => Array.from(tr.children).filter((c) => tagOf(c) === "td" || tagOf(c) === "th"));
  const width = rows[0]?.length ?? 0;
  return rows.length >= 2 && width >= 3 && rows.every((cells) => cells.length === width && cells.every((c) => c.querySelectorAll("p, div, br").length <= 1));
}

/**
 * A data table's rows, each as its cells' texts and its pictures; undefined for a table that
 * lays out a page. A data table has short cells, two rows or more of text only, and at least
 * one of them of two cells or more (an infobox: a picture over rows of labels and values).
 */
function tableRows(table: Element): Row[] | undefined {
  if (table.querySelector(LAYOUT_INSIDE) !== null) return undefined;
  // A table with header cells is data, however long its cells: pages do not lay out with <th>;
  // so is a grid of three columns or more whose cells hold a paragraph each (a list of tasks).
  const longest = table.querySelector("th") !== null || isGrid(table) ? MAX_HEADED_CELL : MAX_CELL;
  const rows: Row[] = [];
  for (const tr of table.querySelectorAll("tr")) {
    const cells = Array.from(tr.children).filter((c) => tagOf(c) === "td" || tagOf(c) === "th");
    const texts = cells.map((c) => squash(c.textContent ?? ""));
    if (texts.some((t) => [...t].length > longest)) return undefined;
    const pictures = Array.from(tr.querySelectorAll("img, amp-img"));
    const bold = rows.length === 0 && texts.some((t) => t !== "") && cells.every((c, i) => boldCell(c, texts[i] ?? ""));
    const head = bold || tr.closest("thead") !== null || (cells.length > 0 && cells.every((c) => tagOf(c) === "th"));
    const spans = cells.map((c): [number, number] => [span(c, "colspan"), span(c, "rowspan")]);
    const spanned = spans.some(([cols, down]) => cols > 1 || down > 1) ? { spans } : {};
    if (texts.some((t) => t !== "") || pictures.length > 0) rows.push({ cells: texts, pictures, head, ...spanned });
  }
  const textRows = rows.filter((r) => r.pictures.length === 0);
  return textRows.length >= 2 && textRows.some((r) => r.cells.length >= 2) ? rows : undefined;
}

const CODE_NAMES = /code|lang|highlight|brush|prettyprint|hljs|syntax/iu;

/**
 * A <pre>'s lines, each a line of its own (a page may set its whole story in one <pre>). Code
 * keeps its indentation, its aligned columns and its blank lines, as no-break spaces that
 * survive in a paragraph.
 */
function preBlocks(pre: Element): Block[] {
  const whole = preText(pre);
  const code = pre.querySelector("code") !== null || CODE_NAMES.test(`${pre.getAttribute("class") ?? ""} ${pre.getAttribute("data-lang") ?? ""}`) || looksLikeCode(whole);
  const wrapped = code ? undefined : hardWrapped(whole);
  if (wrapped !== undefined) return wrapped.map((text) => ({ kind: "text", text, centered: false, strong: false }));
  const blocks: Block[] = [];
  /** Blank lines of code waiting for a line after them: they part its blocks, but do not trail it. */
  let blank = 0;
  for (const raw of whole.split(/\r\n?|\n/u)) {
    const text = squash(raw);
    if (text === "") {
      if (code && blocks.length > 0) blank += 1;
      continue;
    }
    // A blank line in code is kept, as a line of one no-break space: it parts its functions.
    for (; blank > 0; blank -= 1) blocks.push({ kind: "text", text: "\u00A0", centered: false, strong: false, verbatim: true, code: true });
    if (!code) {
      blocks.push({ kind: "text", text, centered: false, strong: false });
      continue;
    }
    blocks.push({ kind: "text", text: codeLine(raw), centered: false, strong: false, verbatim: true, code: true });
  }
  return blocks;
}

/** A line that starts an item of a plain-text list ("- ", "* ", "1. ", "a) "). */
const LIST_LINE = /^\s*(?:[-*•+]\s|\d{1,3}[.)]\s|[a-z][.)]\s)/u;

/**
 * Plain text wrapped at a fixed width (a mailing list's message, an old text file), its
 * paragraphs parted by blank lines: each paragraph's lines joined into one, a list's items kept
 * apart. Undefined for text of one line a paragraph, or written in Han (each line its own).
 */
function hardWrapped(text: string): string[] | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const han = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  if (letters === 0 || han > 0.2 * letters) return undefined;
  const groups = text.split(/(?:\r\n?|\n)[ \t\u00A0]*(?:\r\n?|\n)/u).map((g) => g.split(/\r\n?|\n/u).filter((line) => squash(line) !== ""));
  const filled = groups.filter((lines) => lines.length > 0);
  if (filled.length < 2 || !filled.some((lines) => lines.length >= 2)) return undefined;
  const paragraphs: string[] = [];
  for (const lines of filled) {
    let current = "";
    for (const line of lines) {
      if (LIST_LINE.test(line) && current !== "") {
        paragraphs.push(current);
        current = "";
      }
      current = current === "" ? squash(line) : `${current} ${squash(line)}`;
    }
    paragraphs.push(current);
  }
  return paragraphs;
}

/** A line of code as laid out: its indentation, and the spaces that line up its columns, as no-break spaces. */
function codeLine(raw: string): string {
  const line = raw.replace(/\t/gu, "    ").replace(/[\u200B\uFEFF]/gu, "").trimEnd();
  const indent = /^[ \u00A0]*/u.exec(line)?.[0].length ?? 0;
  return `${"\u00A0".repeat(Math.min(indent, 40))}${line.slice(indent).replace(/ {2,}/gu, (run) => "\u00A0".repeat(run.length))}`;
}

/** A <pre>'s text, a <br> in it a line break (editors that set code in spans between <br>s). */
function preText(el: Element): string {
  let text = "";
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === TEXT) text += node.textContent ?? "";
    else if (node.nodeType === ELEMENT) text += tagOf(node as Element) === "br" ? "\n" : preText(node as Element);
  }
  return text;
}

/**
 * Code set in a bare <pre>: few Han characters, and lines that end in a brace or a semicolon
 * or are indented under the line before.
 */
function looksLikeCode(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han < 0.05 * text.length && /[{};]\s*$|^[ \t]{2,}\S/mu.test(text) && text.includes("\n");
}

/**
 * A caption's text, its parts set apart where the page sets them side by side in elements of
 * their own ("…in Elmwood, Ga." and "Audra Melton for The Times"), Latin words not run together.
 */
function captionText(caption: Element): string {
  let text = "";
  for (const node of Array.from(caption.childNodes)) {
    const part = node.nodeType === ELEMENT ? captionText(node as Element) : (node.textContent ?? "");
    if (node.nodeType === ELEMENT && /[\p{Script=Latin}\d.!?:;,)]$/u.test(text) && /^[\p{Script=Latin}\d(]/u.test(part)) text += " ";
    text += part;
  }
  return squash(text);
}

/**
 * A <figure> of pictures: the pictures, then their caption, with the credit the page prints
 * beside the picture rather than in the <figcaption> ("Sarah Lee") after it. Undefined for a
 * figure that holds more than pictures and a few words (a quote, a table, a chart's text).
 */
function figureBlocks(figure: Element, pageUrl: string | undefined): Block[] | undefined {
  const pictures = Array.from(figure.querySelectorAll("img, amp-img"));
  if (pictures.length === 0) return undefined;
  const caption = figure.querySelector("figcaption");
  const words = captionText(figure);
  const captionWords = caption !== null ? captionText(caption) : "";
  const credit = squash(words.replace(captionWords, ""));
  if ([...credit].length > 60) return undefined;
  const images = pictures.flatMap((img) => imageBlock(img, pageUrl) ?? []);
  const text = squash(`${captionWords} ${credit}`);
  return [...images, ...(text !== "" ? [{ kind: "caption" as const, text }] : [])];
}

/**
 * A footnote's mark: a <sup> linking to a note on the page ("…skipped entirely.<sup><a
 * href="#fn1">1</a></sup>"), read as "[1]" so its number does not run into the word before it.
 */
function footnoteMark(sup: Element): string | undefined {
  const text = squash(sup.textContent ?? "");
  const m = /^\[?(\d{1,3}|[a-z])\]?$/u.exec(text);
  const link = sup.querySelector("a[href]")?.getAttribute("href")?.trim() ?? "";
  return m !== null && link.includes("#") ? `[${m[1]}]` : undefined;
}

/**
 * A footnote's mark set as a link of its own, not in a <sup> ("…every day.<a class="footnote-anchor"
 * href="#footnote-1">1</a>", "<a class="footnote-ref" href="#fn1"><sup>1</sup></a>"): "[1]" too.
 */
function footnoteLink(a: Element): string | undefined {
  const m = /^\[?(\d{1,3})\]?$/u.exec(squash(a.textContent ?? ""));
  const named = /footnote|fnref|noteref|(?:^|[\s_-])fn(?:$|[\s_-])/iu.test(`${namesOf(a)} ${a.getAttribute("role") ?? ""}`) || a.querySelector("sup") !== null;
  // The note's own number links back to the mark ("#footnote-anchor-1", "#fnref1"): no mark.
  const href = a.getAttribute("href") ?? "";
  const back = /anchor|ref|back/iu.test(href.slice(href.indexOf("#"))) || /number|back|reverse/iu.test(namesOf(a));
  return m !== null && named && !back && href.includes("#") ? `[${m[1]}]` : undefined;
}

/**
 * A power or an index ("mc<sup>2</sup>", "H<sub>2</sub>O") in the characters written raised or
 * lowered, so that it does not read as "mc2" in the story's text; undefined where one of its
 * characters has no such form (it then joins the line as written).
 */
function scriptText(el: Element, shift: (text: string) => string | undefined): string | undefined {
  return el.children.length > 0 ? undefined : shift(squash(el.textContent ?? ""));
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
  /** A picture stood earlier in the block element being read. */
  let pictured = false;
  const marks = new Map<Element, string>();
  /** How many <blockquote>s the line being read stands in, and how many subtitles. */
  let quoted = 0;
  /** How many <dt>s the line being read stands in. */
  let terms = 0;
  let deks = isDek(root) ? 1 : 0;
  /** The data tables read so far: their rows are told apart by it. */
  let tables = 0;
  const flush = () => {
    const text = squash(line.parts.join(""));
    if (text !== "") {
      const chars = text.replace(/\s/gu, "").length;
      const strong = line.strongChars >= chars * 0.9;
      const own = mark !== undefined && !OWN_MARK.test(text) ? { mark } : {};
      const under = pictured && waiting.length === 0 ? { underPicture: true as const } : {};
      const time = line.time !== undefined ? { time: line.time } : {};
      blocks.push({ kind: "text", text, centered: line.centered, strong, ...own, ...(line.linkChars >= chars ? { linked: true as const } : {}), ...(quoted > 0 ? { quote: true as const } : {}), ...(deks > 0 ? { dek: true as const } : {}), ...under, ...time, ...(terms > 0 ? { term: true as const } : {}) });
      mark = undefined;
    }
    append(blocks, waiting);
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
      const note = tag === "sup" ? footnoteMark(c) : tag === "sub" ? scriptText(c, lowered) : tag === "a" ? footnoteLink(c) : undefined;
      const up = tag === "sup" && note === undefined ? scriptText(c, raised) : undefined;
      const formula = tag === "math" ? mathText(c) : undefined;
      if (note !== undefined || up !== undefined || formula !== undefined) {
        line.parts.push(note ?? up ?? formula ?? "");
        continue;
      }
      if (PICTURE_TAGS.has(tag)) {
        const image = imageBlock(c, pageUrl);
        if (image) {
          waiting.push(image);
          pictured = true;
          // At the start of a line the picture stands where it is, before the words that follow.
          if (squash(line.parts.join("")) === "") flush();
        } else line.parts.push(iconText(attributesOf(c)));
        continue;
      }
      if (HEADINGS.has(tag)) {
        flush();
        const text = squash(c.textContent ?? "");
        if (text !== "") blocks.push({ kind: "heading", text, ...(isDek(c) ? { dek: true as const } : {}) });
        for (const img of c.querySelectorAll("img")) {
          const image = imageBlock(img, pageUrl);
          if (image) blocks.push(image);
        }
        continue;
      }
      const figure = tag === "figure" ? figureBlocks(c, pageUrl) : undefined;
      if (figure) {
        flush();
        append(blocks, figure);
        continue;
      }
      if (tag === "figcaption") {
        flush();
        const text = captionText(c);
        if (text !== "") blocks.push({ kind: "caption", text });
        continue;
      }
      if (tag === "pre") {
        flush();
        append(blocks, preBlocks(c));
        continue;
      }
      // A data table reads row by row, its cells side by side, as a reader scans it.
      const rows = tag === "table" ? tableRows(c) : undefined;
      if (rows) {
        flush();
        // The table's own title (<caption>) over its rows, read as printed.
        const title = squash(c.querySelector("caption")?.textContent ?? "");
        if (title !== "") blocks.push({ kind: "text", text: title, centered: false, strong: false, verbatim: true });
        tables += 1;
        for (const { cells, pictures, head, spans } of rows) {
          const images = pictures.flatMap((img) => imageBlock(img, pageUrl) ?? []);
          const text = squash(cells.filter((t) => t !== "").join(" | "));
          append(blocks, images);
          const row = { table: tables, cells, ...(head ? { head: true as const } : {}), ...(spans !== undefined ? { spans } : {}) };
          // The words beside a picture in its row are its caption.
          if (text !== "") blocks.push(images.length > 0 ? { kind: "caption", text } : { kind: "text", text: squash(cells.join(" | ")), centered: false, strong: false, verbatim: true, row });
        }
        continue;
      }
      const isBlock = BLOCK_TAGS.has(tag);
      const centeredHere = centered || isCentered(tag, (name) => c.getAttribute(name), isBlock);
      const strongHere = strong || tag === "strong" || tag === "b";
      if (isBlock) flush();
      else if (spaced) line.parts.push(" ");
      if (tag === "ul" || tag === "ol") {
        const items = listItems(c);
        if (items) for (const [item, m] of listMarks(c, items)) marks.set(item, m);
      }
      if (tag === "li") mark = marks.get(c);
      if (tag === "time") line.time ??= squash(c.textContent ?? "");
      const dek = isBlock && isDek(c);
      if (tag === "blockquote") quoted += 1;
      if (tag === "dt") terms += 1;
      if (dek) deks += 1;
      const outer = pictured;
      if (isBlock) pictured = false;
      visit(c, centeredHere, strongHere, linked || (tag === "a" && c.hasAttribute("href")));
      if (isBlock) {
        flush();
        pictured = outer;
      }
      if (tag === "blockquote") quoted -= 1;
      if (tag === "dt") terms -= 1;
      if (dek) deks -= 1;
      if (tag === "li") mark = undefined;
      else if (spaced) line.parts.push(" ");
      if (tag === "td" || tag === "th") line.parts.push(" ");
    }
  };
  visit(root, false, false, false);
  flush();
  return blocks;
}
