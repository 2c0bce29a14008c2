// An entry's HTML as the feed we write keeps it (content_html): relative links and pictures
// made absolute against the entry's address (a reader of our feed would read them against our
// own site), the platform's buttons and subscription boxes dropped, and what runs code taken
// out — scripts, frames, plug-ins, forms, on* handlers, javascript: and other non-web links —
// and what the entry hides (html/hidden.ts), which would show once its style is gone. The app
// sanitizes again when it shows the HTML; this is
// for every other reader of the feed, which may not.
import { DomUtils, parseDocument } from "htmlparser2";
import { FORBIDDEN_ATTRIBUTES, FORBIDDEN_TAGS, URL_ATTRIBUTES } from "../../content/html-policy";
import { escapeText } from "../../content/html-text";
import { isSafeUrl } from "../../content/safe-url";
import { hiddenByMarkup } from "../html/hidden";
import { pictureRefs } from "../html/picture-refs";
import { playerPage } from "../html/players";
import { absoluteUrl } from "../urls";

type Node = ReturnType<typeof parseDocument>["children"][number];
type El = Extract<Node, { name: string; attribs: Record<string, string>; children: Node[] }>;
/** An element: a doctype or processing instruction has a name too, but no attributes or children. */
export const isElement = (node: Node): node is El => "attribs" in node && "children" in node;

/**
 * What newsletter and blog platforms put into every entry's HTML besides the story: Substack's
 * "Subscribe now" and "Leave a comment" buttons and its subscription box, Jetpack's share
 * buttons and related posts. Named by their classes, which carry no words of the story.
 */
const CALL_TO_ACTION = /(?:^|\s)(?:button-wrapper|subscription-widget[\w-]*|subscribe-widget|sharedaddy|jp-relatedposts|sd-sharing[\w-]*)(?:\s|$)/u;
export const isCallToAction = (el: El): boolean => CALL_TO_ACTION.test(el.attribs.class ?? "") || el.attribs.id === "jp-relatedposts";

/** The app's list, and what DOMPurify drops by itself: scripts, and what shows only without them. */
const DROPPED = new Set<string>([...FORBIDDEN_TAGS, "script", "noscript"]);
/** The app's address attributes, and those lazy-loading pages put a picture's address in. */
const ADDRESSES = new Set<string>([...URL_ATTRIBUTES, "longdesc", "data-src", "data-original", "data-lazy-src"]);
const FORBIDDEN = new Set<string>(FORBIDDEN_ATTRIBUTES);
/** Handlers and attributes that load a document whatever their element. */
const CODE_ATTRIBUTE = /^(?:on|srcdoc$|xmlns)/i;


/** The address read as the entry's other links are (urls.ts), kept only when it is a safe web address. */
function webUrl(value: string, base: string | undefined): string | undefined {
  const raw = value.trim();
  // A link within the story (a footnote) stays where it points.
  if (raw.startsWith("#")) return raw;
  const url = absoluteUrl(raw, base);
  return url !== undefined && isSafeUrl(url) ? url : undefined;
}

/**
 * A lazy-loading page's picture shows its placeholder (a data: address, or none) in src and its
 * address in data-lazy-src or a srcset: src is given the address, so any reader shows it.
 */
function withRealSource(img: El, base: string | undefined): void {
  const src = img.attribs.src?.trim();
  if (src !== undefined && src !== "" && !src.startsWith("data:")) return;
  const real = pictureRefs((name) => img.attribs[name]).map((ref) => webUrl(ref, base)).find((url) => url !== undefined && !url.startsWith("#"));
  if (real !== undefined) img.attribs.src = real;
}

/**
 * Where a video a post embeds from a video site is watched (html/players.ts): the reader is not
 * shown the frame, but is given the video's page where it stood. A frame from anywhere else is dropped.
 */
export function embeddedUrl(el: El, base: string | undefined): string | undefined {
  if (el.name.toLowerCase() !== "iframe") return undefined;
  const url = webUrl(el.attribs.src ?? el.attribs["data-src"] ?? "", base);
  return url === undefined ? undefined : playerPage(url);
}

function clean(nodes: readonly Node[], base: string | undefined): void {
  // A copy: removing an element shifts the list being walked.
  for (const node of [...nodes]) {
    if (!isElement(node)) continue;
    const embedded = embeddedUrl(node, base);
    if (embedded !== undefined) {
      const link = parseDocument(`<p><a href="${embedded.replace(/"/gu, "%22")}">${escapeText(embedded)}</a></p>`).children;
      for (const part of link) DomUtils.prepend(node, part);
      DomUtils.removeElement(node);
      continue;
    }
    if (DROPPED.has(node.name.toLowerCase()) || isCallToAction(node) || hiddenByMarkup((name) => node.attribs[name], () => DomUtils.textContent(node))) {
      DomUtils.removeElement(node);
      continue;
    }
    if (node.name.toLowerCase() === "img") withRealSource(node, base);
    for (const [name, value] of Object.entries(node.attribs)) {
      const lower = name.toLowerCase();
      if (CODE_ATTRIBUTE.test(lower) || FORBIDDEN.has(lower)) {
        delete node.attribs[name];
      } else if (ADDRESSES.has(lower)) {
        const url = webUrl(value, base);
        if (url === undefined) delete node.attribs[name];
        else node.attribs[name] = url;
      } else if (lower === "srcset" || lower === "data-srcset" || lower === "data-lazy-srcset") {
        const candidates = value.split(",").flatMap((part) => {
          const [ref, ...size] = part.trim().split(/\s+/u);
          const url = ref ? webUrl(ref, base) : undefined;
          return url !== undefined && !url.startsWith("#") ? [[url, ...size].join(" ")] : [];
        });
        if (candidates.length > 0) node.attribs[name] = candidates.join(", ");
        else delete node.attribs[name];
      }
    }
    clean(node.children, base);
  }
}

/** Whether a heading says the title, as the feed's title and its HTML may space it differently. */
export const isTitle = (heading: string, title: string | undefined) => title !== undefined && heading.replace(/\s+/gu, " ").trim() === title.replace(/\s+/gu, " ").trim();

/** The first element of the body, when no words stand before it. */
function opening(nodes: readonly Node[]): El | undefined {
  for (const node of nodes) {
    if (isElement(node)) return node;
    if (node.type === "text" && DomUtils.getText(node).trim() !== "") return undefined;
  }
  return undefined;
}

const squashed = (el: El) => DomUtils.textContent(el).replace(/\s+/gu, " ").trim();

/** The elements at the end of the HTML whose words are one of `lines` (the story's closing lines), removed from the last up. */
function dropClosing(nodes: Node[], lines: ReadonlySet<string>): void {
  let within = nodes;
  for (let steps = 0; steps < 64; steps += 1) {
    const last = within.findLast((n) => isElement(n) || (n.type === "text" && DomUtils.getText(n).trim() !== ""));
    if (last === undefined || !isElement(last)) return;
    if (lines.has(squashed(last))) DomUtils.removeElement(last);
    else if (last.children.some(isElement)) within = last.children;
    else return;
  }
}

/**
 * The HTML with relative addresses read against `base` and nothing in it that runs code; a
 * heading that opens it with the entry's `title` is left out, as the reader sees the title above,
 * and so are the `closing` lines at its end (a credit the reader sees as the byline, an end mark).
 */
export function cleanEntryHtml(html: string, base: string | undefined, title?: string, closing: readonly string[] = []): string {
  const doc = parseDocument(html, { decodeEntities: true });
  const first = opening(doc.children);
  if (first !== undefined && /^h[1-6]$/iu.test(first.name) && isTitle(DomUtils.textContent(first), title)) DomUtils.removeElement(first);
  if (closing.length > 0) dropClosing(doc.children, new Set(closing));
  clean(doc.children, base);
  return DomUtils.getOuterHTML(doc.children, { encodeEntities: "utf8" });
}
