// An entry's HTML → what a reader sees, in reading order: paragraphs under their headings,
// list items as paragraphs of their own (with their bullet or number), pictures as figures
// at the paragraph they stand before, with their caption. A picture set inside a sentence
// stands after its paragraph: it never cuts the sentence in two. Read with htmlparser2's DOM.
import { DomUtils, parseDocument } from "htmlparser2";
import type { Attachment, Figure, Section } from "../../content/feed-schema";
import { escapeText, htmlToText } from "../../content/html-text";
import { isCaptionLine, isCentered } from "../html/captions";
import { hiddenByMarkup } from "../html/hidden";
import { videoAttachment } from "../html/videos";
import { iconText, isInlineIcon } from "../html/inline-icon";
import { largerCopy, pictureRefs } from "../html/picture-refs";
import { absoluteUrl } from "../urls";
import { embeddedUrl, isCallToAction, isElement, isTitle } from "./clean-html";
import { describingAlt } from "../../content/picture-alt";

type Node = ReturnType<typeof parseDocument>["children"][number];
type El = Extract<Node, { name: string; attribs: Record<string, string> }>;

export interface Picture {
  url: string;
  alt?: string;
  width?: number;
  height?: number;
}

export interface HtmlBody {
  sections: Section[];
  pictures: Picture[];
  /** The videos it plays in <video> elements, as attachments (their file and still picture). */
  videos: Attachment[];
}

/** The figures whose caption was a line of the story's under them (not a <figcaption>). */
const CAPTION_LINES = new WeakSet<Figure>();

/**
 * A section's words as a post shows them: its paragraphs, with the line under a picture that
 * was taken for its caption where it stood (a post shows no figures, and would lose it).
 */
export function postParagraphsOf(section: Section): string[] {
  const captions = (section.figures ?? []).filter((f) => f.caption !== undefined && CAPTION_LINES.has(f));
  if (captions.length === 0) return section.paragraphs;
  const out: string[] = [];
  section.paragraphs.forEach((p, i) => {
    for (const f of captions) if (f.before === i) out.push(f.caption!);
    out.push(p);
  });
  for (const f of captions) if (f.before >= section.paragraphs.length) out.push(f.caption!);
  return out;
}

const BLOCKS = new Set(["p", "div", "section", "article", "blockquote", "pre", "table", "tr", "ul", "ol", "dl", "dt", "dd", "figure", "main", "aside", "center", "hr"]);
// An article's <footer> is its copyright and share lines, not its story.
const SKIP = new Set(["script", "style", "template", "noscript", "iframe", "head", "svg", "form", "button", "video", "audio", "footer"]);
const HEADINGS = /^h[1-6]$/;

const dimension = (v: string | undefined) => {
  const n = v === undefined ? NaN : Number(v);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : undefined;
};

export function pictureOf(el: El, base?: string): Picture | undefined {
  // Lazy-loading pages keep the real address in data-src, data-lazy-src or a srcset, behind a placeholder.
  const own = pictureRefs((name) => el.attribs[name], sourcesOf(el));
  const larger = largerCopy(linkAround(el), own[0]);
  const refs = larger === undefined ? own : [larger, ...own];
  if (refs.length === 0 || el.attribs.hidden !== undefined || el.attribs.width === "0" || isInlineIcon({ ...el.attribs, src: refs[0] })) return undefined;
  const url = refs.map((ref) => absoluteUrl(ref, base)).find((u) => u !== undefined);
  if (url === undefined) return undefined;
  const alt = describingAlt(el.attribs.alt);
  const width = dimension(el.attribs.width);
  const height = dimension(el.attribs.height);
  return { url, ...(alt ? { alt } : {}), ...(width && height ? { width, height } : {}) };
}

/** The address of the link a picture stands in (its parent's, or its grandparent's). */
function linkAround(el: El): string | undefined {
  for (let node = el.parent, depth = 0; node !== null && depth < 2; node = node.parent, depth++) {
    if ("name" in node && node.name === "a") return node.attribs.href;
  }
  return undefined;
}

/** The srcsets of the <picture> an <img> stands in. */
function sourcesOf(el: El): (string | undefined)[] {
  const parent = el.parent;
  if (parent === null || !("name" in parent) || parent.name !== "picture") return [];
  return DomUtils.getElementsByTagName("source", parent.children, false).map((source) => source.attribs["data-srcset"] ?? source.attribs.srcset);
}


/**
 * The HTML's sections and pictures; `base` resolves relative picture addresses. A heading that
 * opens the body with the entry's `title` (Medium's feeds begin so) is not a section's: the
 * reader sees the title once.
 */
export function readHtmlBody(html: string, base?: string, title?: string): HtmlBody {
  const doc = parseDocument(html, { decodeEntities: true });
  const sections: Section[] = [];
  const pictures: Picture[] = [];
  const videos: Attachment[] = [];
  let current: Section = { paragraphs: [] };
  let line = "";
  /** Figures met inside the line: they stand after it. */
  let waiting: Omit<Figure, "before">[] = [];
  // A list item's bullet or number, for the first paragraph inside it (<li><p>…</p></li>).
  let mark = "";
  const lineText = () => htmlToText(line, { known: true }).replace(/\s+/gu, " ").trim();
  const flush = () => {
    const text = lineText();
    if (text !== "") {
      current.paragraphs.push(`${mark}${text}`);
      mark = "";
    }
    line = "";
    for (const figure of waiting) (current.figures ??= []).push({ before: current.paragraphs.length, ...figure });
    waiting = [];
  };
  const startSection = (heading: string) => {
    flush();
    if (sections.length === 0 && current.paragraphs.length === 0 && current.figures === undefined && isTitle(heading, title)) return;
    if (current.paragraphs.length > 0 || current.heading !== undefined || (current.figures?.length ?? 0) > 0) sections.push(current);
    current = { heading, paragraphs: [] };
  };
  const addFigure = (picture: Picture, caption?: string) => {
    pictures.push(picture);
    waiting.push({
      url: picture.url,
      ...(picture.alt ? { alt: picture.alt.slice(0, 2000) } : {}),
      ...(caption ? { caption: caption.slice(0, 2000) } : {}),
      ...(picture.width && picture.height ? { width: picture.width, height: picture.height } : {}),
    });
    // At the start of a line the picture stands where it is, before the words that follow.
    if (lineText() === "") flush();
  };
  const walk = (nodes: readonly Node[], list?: { ordered: boolean; n: number }) => {
    for (const node of nodes) {
      if (node.type === "text") {
        line += escapeText(DomUtils.getText(node));
        continue;
      }
      // A doctype or a processing instruction has a name but holds nothing.
      if (!isElement(node)) continue;
      const el = node as El;
      const name = el.name.toLowerCase();
      const embedded = embeddedUrl(el as Parameters<typeof embeddedUrl>[0], base);
      if (embedded !== undefined) {
        flush();
        line = `<a href="${embedded}">${escapeText(embedded)}</a>`;
        flush();
        continue;
      }
      if (name === "video") {
        const sources = [el, ...DomUtils.getElementsByTagName("source", el.children, true)].map((source) => ({ src: source.attribs.src, type: source.attribs.type }));
        const video = videoAttachment({ sources, poster: el.attribs.poster }, base);
        const width = dimension(el.attribs.width);
        const height = dimension(el.attribs.height);
        // Its box is sized from the size it gives, before it loads.
        if (video !== undefined && !videos.some((v) => v.url === video.url)) videos.push(width && height ? { ...video, _qingyue: { ...video._qingyue, width, height } } : video);
        continue;
      }
      if (SKIP.has(name) || isCallToAction(el) || hiddenByMarkup((attribute) => el.attribs[attribute], () => DomUtils.textContent(el))) continue;
      if (HEADINGS.test(name)) {
        const heading = DomUtils.textContent(el).replace(/\s+/gu, " ").trim();
        if (heading !== "") startSection(heading.slice(0, 2000));
        continue;
      }
      if (name === "img") {
        const picture = pictureOf(el, base);
        if (picture) addFigure(picture);
        else line += escapeText(iconText(el.attribs));
        continue;
      }
      if (name === "header") {
        // A whole article's <header> (as instant articles ship in content:encoded) repeats the
        // title and says its deck, time and byline, which the entry gives: only its pictures stay.
        const figures = DomUtils.findAll((n) => n.name === "figure", el.children);
        walk(figures.length > 0 ? figures : DomUtils.findAll((n) => n.name === "img", el.children), list);
        continue;
      }
      if (name === "figure") {
        const caption = DomUtils.findOne((n) => n.name === "figcaption", el.children);
        const img = DomUtils.findOne((n) => n.name === "img", el.children);
        const picture = img ? pictureOf(img as El, base) : undefined;
        const captionText = caption ? DomUtils.textContent(caption).replace(/\s+/gu, " ").trim() : "";
        if (picture) {
          flush();
          addFigure(picture, captionText || undefined);
          continue;
        }
      }
      if (name === "br") {
        flush();
        continue;
      }
      if (name === "li") {
        flush();
        mark = list?.ordered ? `${(list.n += 1)}. ` : "• ";
        walk(el.children, undefined);
        flush();
        mark = "";
        continue;
      }
      if (name === "ul" || name === "ol") {
        flush();
        walk(el.children, { ordered: name === "ol", n: 0 });
        flush();
        continue;
      }
      if (name === "a") {
        const pictures = DomUtils.findAll((n) => n.name === "img", el.children);
        // A link around a picture only (to its full size, or to the story) has no words: its
        // address is not a line of text.
        const wordless = pictures.length > 0 && DomUtils.textContent(el).trim() === "";
        if (!wordless) line += DomUtils.getOuterHTML(el).replace(/<img\b[^>]*>/gi, "");
        // Pictures inside a link are still the entry's pictures.
        for (const img of pictures) {
          const picture = pictureOf(img as El, base);
          if (picture) addFigure(picture);
        }
        continue;
      }
      if (BLOCKS.has(name) || name === "td" || name === "th") {
        flush();
        // The line set under a picture as its caption (centred, or "图为…") is the picture's.
        const figure = current.figures?.at(-1);
        if (figure !== undefined && figure.before === current.paragraphs.length && figure.caption === undefined && DomUtils.findOne((n) => n.name === "img", el.children) === null) {
          const text = DomUtils.textContent(el).replace(/\s+/gu, " ").trim();
          if (text !== "" && isCaptionLine(text, isCentered(name, (attribute) => el.attribs[attribute], true))) {
            figure.caption = text.slice(0, 2000);
            CAPTION_LINES.add(figure);
            continue;
          }
        }
        walk(el.children, list);
        flush();
        continue;
      }
      // Inline markup: its text joins the line.
      walk(el.children, list);
    }
  };
  walk(doc.children);
  flush();
  if (current.paragraphs.length > 0 || current.heading !== undefined || (current.figures?.length ?? 0) > 0) sections.push(current);
  return { sections, pictures, videos };
}
