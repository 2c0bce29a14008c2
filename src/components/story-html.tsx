// A story's HTML (content_html) as the reading view shows it: sanitized by DOMPurify, its
// relative links resolved, then turned into React elements (html-react-parser) so that
// pictures, tables and players get their reading-view behaviour, headings and paragraphs
// get anchors (#s-N for the contents, #p-N for paragraph links; a block of code counts its
// lines, as the story's text does), and Chinese text its
// full-width punctuation. No feed HTML reaches the page through innerHTML.
import type { HTMLAttributes, ReactNode } from "react";
import { domToReact, htmlToDOM, attributesToProps, type DOMNode, type Element, type Text, type HTMLReactParserOptions } from "html-react-parser";
import { sanitizeHtml } from "../lib/sanitize-html";
import { fullWidthPunctuation } from "../content/cjk-punctuation";
import { StoryPicture } from "./story-picture";
import { PersonMention } from "./person-mention";
import { splitMentions } from "../content/mentions";
import { ownDirection } from "../content/text-direction";
import type { Profile } from "../content/profiles";

export interface StoryHeading {
  id: string;
  heading: string;
}

export interface StoryDocument {
  nodes: DOMNode[];
  /** The story's section headings, in order, for its table of contents. */
  headings: StoryHeading[];
}

// By node type, not instanceof: the browser's parser may build its nodes with another copy
// of domhandler's classes than the one imported here.
const isElement = (node: DOMNode): node is Element => node.type === "tag" || node.type === "script" || node.type === "style";
const isText = (node: DOMNode): node is Text => node.type === "text";

function walk(nodes: readonly DOMNode[], visit: (node: DOMNode, inCode: boolean) => void, inCode = false): void {
  for (const node of nodes) {
    visit(node, inCode);
    if (isElement(node)) walk(node.children as DOMNode[], visit, inCode || node.name === "pre" || node.name === "code");
  }
}

function textOf(node: DOMNode): string {
  if (isText(node)) return node.data;
  return isElement(node) ? (node.children as DOMNode[]).map(textOf).join("") : "";
}

const HEADING = /^h([1-6])$/;
/** The blocks that run their own way when their words do. */
const OWN_DIRECTION = /^(?:p|li|h[1-6]|figcaption|blockquote)$/;

/**
 * Reads a story's HTML: sanitized, relative links resolved against `base`, headings moved
 * down so the story's top level is h2 (the page's h1 is the story's title), and anchors
 * numbered. `chinese`: the story is Chinese, so its text gets full-width punctuation. `dir`: the
 * story's direction; a paragraph, item or heading whose words run the other way (an English
 * quote in a Hebrew story) is given its own, unless its HTML gives one.
 */
export function readStoryHtml(html: string, base: string | undefined, chinese: boolean, dir: "ltr" | "rtl" = "ltr"): StoryDocument {
  const nodes = htmlToDOM(sanitizeHtml(html, base)) as DOMNode[];
  let top = 6;
  walk(nodes, (node) => {
    const level = isElement(node) ? HEADING.exec(node.name)?.[1] : undefined;
    if (level !== undefined) top = Math.min(top, Number(level));
  });
  const shift = Math.max(0, 2 - top);
  const headings: StoryHeading[] = [];
  let paragraphs = 0;
  walk(nodes, (node, inCode) => {
    if (isText(node) && chinese && !inCode) node.data = fullWidthPunctuation(node.data);
    if (!(isElement(node))) return;
    if (OWN_DIRECTION.test(node.name) && node.attribs.dir === undefined) {
      const own = ownDirection(textOf(node), dir);
      if (own !== undefined) node.attribs.dir = own;
    }
    const level = HEADING.exec(node.name)?.[1];
    if (level !== undefined) {
      const to = Math.min(6, Number(level) + shift);
      node.name = `h${to}`;
      const heading = textOf(node).replace(/\s+/g, " ").trim();
      // The contents list the story's two top levels.
      if (heading !== "" && to <= 3) {
        node.attribs.id = `s-${headings.length + 1}`;
        headings.push({ id: node.attribs.id, heading });
      }
    } else if (node.name === "p" || node.name === "tr") {
      // A table's row is one of the story's paragraphs in its text (cells joined by " | "): it keeps that number here.
      paragraphs += 1;
      node.attribs.id = `p-${paragraphs}`;
      // The reading position (use-reading-position) follows paragraphs marked so.
      node.attribs["data-paragraph"] = String(paragraphs);
    } else if (node.name === "pre") {
      // A block of code is its lines, each a paragraph of the story's text: the block takes its first line's anchor.
      node.attribs.id = `p-${paragraphs + 1}`;
      paragraphs += textOf(node).replace(/\n$/u, "").split("\n").length;
    }
  });
  return { nodes, headings };
}

const dimension = (value: string | undefined) => (value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : undefined);

/** Inside a link or code a name is not linked again. */
function inLinkOrCode(node: DOMNode): boolean {
  for (let at = node.parent; at !== null; at = at.parent) if (at.type === "tag" && ["a", "code", "pre"].includes((at as Element).name)) return true;
  return false;
}

/** How a story's numbered paragraph is drawn, when its page draws them its own way (an article's, with a link to copy). */
export type ParagraphRenderer = (paragraph: { n: number; attributes: HTMLAttributes<HTMLParagraphElement>; children: ReactNode }) => ReactNode;

function options(marked: number | undefined, people: readonly Profile[], paragraph: ParagraphRenderer | undefined): HTMLReactParserOptions {
  const self: HTMLReactParserOptions = {
    replace(node) {
      // The people the story names link to their profiles, as in a story shown as paragraphs.
      if (isText(node) && people.length > 0 && !inLinkOrCode(node)) {
        const segments = splitMentions(node.data, people);
        if (!segments.some((s) => s.person)) return undefined;
        return (
          <>
            {segments.map((segment, i) =>
              segment.person ? (
                <PersonMention key={i} person={segment.person}>
                  {segment.text}
                </PersonMention>
              ) : (
                segment.text
              ),
            )}
          </>
        );
      }
      if (!(isElement(node))) return undefined;
      const children = () => domToReact(node.children as DOMNode[], self);
      const { attribs } = node;
      switch (node.name) {
        case "img":
          return (
            <StoryPicture src={attribs.src} alt={attribs.alt} title={attribs.title} width={dimension(attribs.width)} height={dimension(attribs.height)} />
          );
        case "table":
          // A wide table scrolls sideways on its own, never the page.
          return (
            <div className="story-table" role="region" aria-label="表格（可左右滚动）" tabIndex={0}>
              <table {...attributesToProps(attribs)}>{children()}</table>
            </div>
          );
        case "video":
        case "audio": {
          const Player = node.name;
          return (
            <Player {...attributesToProps(attribs)} controls preload="none">
              {children()}
            </Player>
          );
        }
        case "p": {
          const n = Number(attribs["data-paragraph"]);
          if (paragraph !== undefined && n > 0) return <>{paragraph({ n, attributes: attributesToProps(attribs), children: children() })}</>;
          if (marked !== undefined && attribs.id === `p-${marked}`) {
            return (
              <p {...attributesToProps(attribs)} className="paragraph-marked">
                {children()}
              </p>
            );
          }
          return undefined;
        }
        default:
          return undefined;
      }
    },
  };
  return self;
}

interface StoryHtmlProps {
  story: StoryDocument;
  /** The paragraph a #p-N link points at. */
  marked?: number | undefined;
  /** Those whose names link to their profiles. */
  people?: readonly Profile[];
  /** Draws each numbered paragraph (an article's has its link to copy); else it is drawn as given. */
  paragraph?: ParagraphRenderer;
  className?: string;
}

/** A story read with readStoryHtml. */
export function StoryHtml({ story, marked, people = [], paragraph, className = "" }: StoryHtmlProps) {
  return <div className={`story ${className}`}>{domToReact(story.nodes, options(marked, people, paragraph))}</div>;
}
