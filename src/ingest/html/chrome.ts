// What a news page carries besides its story: scripts, forms, navigation, share bars,
// comment boxes, related and hot lists, ads, copyright footers, hidden text and controls (a
// 分享 or 收藏 that runs a script or opens a share service, wherever it sits, even at the end
// of a paragraph). It is taken out of the DOM before the body is looked for; a related list is
// kept aside as headlines first.
import type { RelatedLink } from "../../content/feed-schema";
import { pictureRefs, PICTURE_TAGS } from "./blocks";
import { namesOf, tagOf, textOf } from "./dom";
import { hiddenByMarkup, hiddenByStyleSheets, SENTENCE_END } from "./hidden";
import { isCommentBoxLine } from "../parse/chrome";
import { absoluteUrl } from "../urls";

const DROPPED_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "frame", "object", "embed", "svg", "canvas", "video", "audio",
  "input", "button", "select", "textarea", "nav", "footer", "aside", "link", "meta", "map", "dialog",
  // A reading over its characters (furigana: <ruby>漢字<rt>かんじ</rt></ruby>) would run into them.
  "rt", "rp",
]);

/** Class or id words that name page chrome, as whole words ("nav", "ad") or inside names ("bdshare"). */
const CHROME_WORD = /(?:^|[\s_-])(?:pullquote|pull-quote|nav|navbar|menu|menus|ad|ads|adv|gg|foot|footer|crumbs?|sidebar|side|login|search|hide|hidden|toolbar|tools|topbar|tags?|pager|pagination|copyright|qr|qrcode|ewm|hot|rank|top10|weixin|wechat|print)(?:$|[\s_-]|\d)/u;
const CHROME_PART = /share|comment|reply|replies|pinglun|gentie|breadcrumb|footer|copyright|recommend|related|relate|advert|banner|sidebar|navigation|login|toolbar|social|guess|relevant|xgyd|xgxw|tjyd|hotnews|morenews|qrcode|erweima|backtop|gotop|disclaimer|statement|editsection|cookie|consent|gdpr|subscription-widget|subscribe-(?:form|box|widget|cta)|newsletter-(?:signup|form|box|cta)|signup-form|mc4wp|sr-only|screen-reader|visually-?hidden|offscreen|backref|reversefootnote|backlink|sign-?in-?gate|paywall|contributions?-epic|membership-prompt|donate|navbox|catlinks|ambox|hatnote|dablink/u;
/** Landmark roles of what surrounds a story: a table of contents or a navbox, a sidebar, a footer. */
const CHROME_ROLES = new Set(["navigation", "complementary", "contentinfo", "search"]);

const LANDMARKS = new Set(["nav", "aside", "footer"]);
const COMMENT_HEADING_TAGS = new Set(["h2", "h3", "h4", "h5", "h6", "div", "p", "span", "strong", "b", "dt"]);
/** A control says what it does in a few words; anything longer is text, whatever runs on a click. */
const LABEL_CHARS = 12;
const TEXT_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th"]);

/**
 * A share service's address (service.weibo.com/share, connect.qq.com/widget/shareqq, a
 * sharer.php, intent/tweet …): "share" in its host or path, and the page handed to it in the query.
 */
function isShareService(href: string): boolean {
  const query = href.indexOf("?");
  if (query < 0 || !/^(?:https?:)?\/\//iu.test(href) || !/share|intent\/tweet/iu.test(href.slice(0, query))) return false;
  return /(?:^|&)(?:url|u|link|resourceurl|title|text|summary)=/iu.test(href.slice(query + 1));
}

/** Headings of the lists of other stories under an article. */
export const RELATED_HEADING =
  /^[^\p{L}\p{N}]*(?:今日|今天|本周|本月|24小时|一周|每日|编辑|频道|网友|独家|图片|视频)?(?:相关|推荐|延伸|热点|热门|猜你喜欢|更多|精彩|热读|最新|往期|要闻|排行榜?|点击排行|阅读排行)(?:阅读|新闻|文章|推荐|报道|资讯|内容|链接|专题|稿件|图片|回顾|精彩|排行榜?|榜)?[^\p{L}\p{N}]*$/u;

/**
 * A control with a short label: a link that runs a script (javascript:, or "#" with a click
 * handler) or opens a share service, any other element that does something on a click, a
 * role="button". Its label is not the story's words. A real link with a click handler (to
 * count clicks) is a link, and stays.
 */
function isControl(el: Element, tag: string): boolean {
  const clicks = el.hasAttribute("onclick");
  const href = tag === "a" ? (el.getAttribute("href")?.trim() ?? "") : "";
  const acts =
    el.getAttribute("role") === "button" ||
    (tag === "a" ? /^javascript:/iu.test(href) || ((href === "" || href.startsWith("#")) && clicks) || isShareService(href) : clicks);
  // A paragraph or a heading is text; a picture that opens larger on a click is the story's picture.
  if (!acts || TEXT_TAGS.has(tag) || tag === "img" || el.querySelector("img") !== null) return false;
  const label = textOf(el);
  // A script link in a sentence ("click <a href="javascript:…">here</a>") keeps its words, unless
  // they name what a control does.
  if (tag === "a" && !isShareService(href) && !/\p{Script=Han}/u.test(label) && !CONTROL_LABEL.test(label)) return false;
  return [...label].length <= LABEL_CHARS;
}

/** What a control says it does, in Latin script: "Print", "Share", "Email", "Close", "Copy link" … */
const CONTROL_LABEL = /^(?:[^\p{L}\p{N}]*|print|share|e-?mail|save|close|like|tweet|pin(?:\s+it)?|copy(?:\s+link)?|reply|follow|subscribe|comment|more|top|back(?:\s+to\s+top)?|facebook|twitter|whatsapp|linkedin|reddit|imprimer|partager|drucken|teilen|imprimir|compartir)$/iu;

/**
 * A heading's permalink mark ("#", "¶", "§", "🔗" linking to the heading itself), or a note's
 * link back to where the story marks it ("↩︎", "↑", "^"): not its words.
 */
function isPermalinkMark(el: Element, tag: string): boolean {
  return tag === "a" && (el.getAttribute("href") ?? "").startsWith("#") && /^(?:[#¶§↩↑^⤴]|🔗)(?:[#¶§↩↑^⤴\s]|🔗|[\uFE0E\uFE0F])*$/u.test(textOf(el));
}

/** A block that opens with "网友评论", "热门评论", "发表评论": the comment list, whatever it is named. */
function opensComments(el: Element): boolean {
  const first = el.firstElementChild;
  return first !== null && first.children.length <= 1 && COMMENT_HEADING_TAGS.has(tagOf(first)) && isCommentBoxLine(textOf(first));
}

/** A picture's own class names it chrome only as an ad or a QR code: WeChat's story pictures are "rich_pages". */
const CHROME_PICTURE = /(?:^|[\s_-])(?:ad|ads|adv|gg)(?:$|[\s_-]|\d)|advert|banner|qr|ewm|erweima/u;

/** Layout utilities that say nothing of what a block holds: "overflow-hidden", "hide-scrollbar". */
const LAYOUT_UTILITY = /(?:^|\s)(?:overflow(?:-[xy])?-hidden|hide-scrollbar|scrollbar-hide|scrollbar-hidden)(?=\s|$)/gu;
const HIDDEN_NAME = /(?:^|\s)(?:hide|hidden)(?:\s|$)/u;
/**
 * Words that name chrome whatever it holds: a footer's statement or a menu is never the story;
 * a pull quote sets the story's own words again ("wp-block-pullquote", "pull-quote", never "has-pullquotes").
 */
const FIRM_WORD = /(?:^|[\s_-])(?:foot|nav|navbar|menu|menus|crumbs?|copyright|login|search|pager|pagination|qr|qrcode|ewm|weixin|wechat|pullquote|pull-quote)(?:$|[\s_-]|\d)/u;

/**
 * Paragraphs of sentences, few of them links: a block named like chrome by a loose word of its
 * names ("index_side__x", "tools-wrap") that holds the story.
 */
function holdsProse(el: Element): boolean {
  const text = el.textContent ?? "";
  if ((text.match(SENTENCE_END)?.length ?? 0) < 3) return false;
  const linked = Array.from(el.querySelectorAll("a")).reduce((n, a) => n + (a.textContent?.length ?? 0), 0);
  return linked < 0.2 * text.length;
}

/**
 * A list of links to the page's own sections (a table of contents, whatever it is named): the
 * reading view makes its own from the story's subheads.
 */
function isPageIndex(el: Element, tag: string): boolean {
  if (tag !== "ul" && tag !== "ol") return false;
  const links = Array.from(el.querySelectorAll("a[href]"));
  if (links.length < 2 || !links.every((a) => (a.getAttribute("href") ?? "").startsWith("#"))) return false;
  const linked = links.reduce((n, a) => n + textOf(a).length, 0);
  return linked >= 0.9 * textOf(el).replace(/\s+/gu, "").length;
}

/**
 * A box asking for the reader's e-mail (a newsletter's sign-up), whatever it is named: a form
 * with an address field or a subscribe button, and a few words around it.
 */
function isSignUpBox(el: Element): boolean {
  const form = el.querySelector("form, input[type=email]");
  if (form === null || el.querySelector("h1") !== null) return false;
  const asks = el.querySelector("input[type=email]") !== null || /subscribe|sign\s*up|newsletter|订阅|邮箱/iu.test(textOf(form));
  // A heading and a line of its blurb beside the form, not a story's paragraphs.
  const paragraphs = Array.from(el.querySelectorAll("p")).filter((p) => p.closest("form") === null).length;
  return asks && paragraphs <= 1 && textOf(el).length - textOf(el.querySelector("form")).length <= 200;
}

/** A copy of the page for its printer: "print-only", Bootstrap's "visible-print" and "d-print-block", Foundation's "show-for-print". */
const PRINT_COPY = /(?:^|\s)(?:print-?only|only-?print|print-show|show-?for-print|visible-print(?:-block)?|d-print-block)(?:$|\s)/u;

/** The story set again for print, beside the one the screen shows: the page's text holds it twice. */
function isPrintCopy(el: Element, names: string): boolean {
  if (!PRINT_COPY.test(names)) return false;
  const page = el.ownerDocument.body?.textContent?.length ?? 0;
  return page - (el.textContent?.length ?? 0) >= 0.5 * (el.textContent?.length ?? 0);
}

function isChrome(el: Element): boolean {
  if (CHROME_ROLES.has(el.getAttribute("role") ?? "") && el.querySelector("h1") === null) return true;
  if (isPageIndex(el, tagOf(el)) || isSignUpBox(el)) return true;
  if (opensComments(el)) return true;
  const names = namesOf(el).replace(LAYOUT_UTILITY, " ").trim();
  if (names === "") return false;
  if (tagOf(el) === "img") return CHROME_PICTURE.test(names);
  if (isPrintCopy(el, names)) return true;
  // A wrapper named "content-nav" still holds the story if the headline is inside it.
  const part = CHROME_PART.test(names);
  if (!(part || CHROME_WORD.test(names))) return false;
  if (el.querySelector("h1") !== null) return false;
  if (/article|content|detail|main|body/u.test(names) && !/comment|share|recommend|relate|footer|copyright|ambox/u.test(names)) return false;
  return part || HIDDEN_NAME.test(names) || FIRM_WORD.test(names) || !holdsProse(el);
}

/** The links of a related list: headline-length texts, each once. */
function relatedLinks(list: Element, pageUrl: string | undefined): RelatedLink[] {
  const links: RelatedLink[] = [];
  const seen = new Set<string>();
  for (const a of list.querySelectorAll("a")) {
    // "·白水县举办农民丰收节（2019-09-20）": the list's bullet and the story's day are no part of the headline.
    const title = textOf(a)
      .replace(/^[·•●○■□◆◇▪▶►\-\s]+/u, "")
      .replace(/\s*[(（[【]?(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?[)）\]】]?$/u, "");
    const n = [...title].length;
    if (n < 6 || n > 80 || seen.has(title)) continue;
    seen.add(title);
    const url = absoluteUrl(a.getAttribute("href"), pageUrl);
    links.push({ title, ...(url !== undefined ? { url } : {}) });
    if (links.length >= 30) break;
  }
  return links;
}

/** Headings of lists of stories related to this one (not the site's hot or latest lists). */
const OWN_RELATED = /^[^\p{L}\p{N}]*(?:相关|推荐|延伸|猜你喜欢)(?:阅读|新闻|文章|推荐|报道|资讯|内容|链接|专题|稿件)?[^\p{L}\p{N}]*$/u;

/** The block a list's heading heads: its parent, or up to three levels up, with two headlines or more. */
function listUnder(heading: Element, pageUrl: string | undefined): { block: Element; links: RelatedLink[] } | undefined {
  let block: Element | null = heading.parentElement;
  for (let up = 0; block !== null && up < 3; up += 1) {
    const links = relatedLinks(block, pageUrl);
    if (links.length >= 2) return { block, links };
    block = block.parentElement;
  }
  return undefined;
}

/** Short elements that may head a list: "相关阅读", "今日要闻". */
function listHeadings(root: Element, heading: RegExp): Element[] {
  return Array.from(root.querySelectorAll("h2, h3, h4, h5, h6, div, span, p, strong, b, dt, li")).filter((el) => {
    if (el.children.length > 1) return false;
    const text = textOf(el);
    return text.length <= 12 && heading.test(text);
  });
}

/** The first related list on the page: the block under a 相关阅读 / 推荐阅读 heading, with its links. */
export function findRelated(body: Element, pageUrl: string | undefined): RelatedLink[] {
  for (const el of listHeadings(body, OWN_RELATED)) {
    const list = listUnder(el, pageUrl);
    if (list) return list.links;
  }
  return [];
}

/**
 * Boxes of other stories that open with their heading (相关新闻, 今日要闻, 热点推荐 …): taken out
 * of the page, as their headlines' summaries may outweigh a short story. Read after the related
 * list is kept aside.
 */
export function dropStoryLists(root: Element, pageUrl: string | undefined): void {
  for (const el of listHeadings(root, RELATED_HEADING)) {
    if (!root.contains(el)) continue;
    const list = listUnder(el, pageUrl);
    if (list === undefined || list.block === root || !textOf(list.block).startsWith(textOf(el)) || list.block.querySelector("h1") !== null) continue;
    // A headline for every summary; a story opening with a label holds more paragraphs than links.
    const paragraphs = Array.from(list.block.querySelectorAll("p, li, dd")).filter((p) => p.querySelector("p, li, dd") === null && /[。！？]/u.test(textOf(p))).length;
    if (list.links.length >= paragraphs) list.block.remove();
  }
}

/**
 * A <noscript> holding the picture a lazy-loading page shows only after its script runs: the
 * picture stays, unless the element beside it already names the same picture.
 */
function unwrapNoscriptPictures(root: Element): void {
  // How many pictures under each parent name each address, counted once per parent: a page of
  // thousands of <noscript>s beside each other was read in quadratic time (10,000 took 34 s).
  const counted = new Map<Element, Map<string, number>>();
  const picturesNaming = (pictures: Iterable<Element>) => {
    const counts = new Map<string, number>();
    for (const img of pictures) for (const ref of new Set(pictureRefs(img))) counts.set(ref, (counts.get(ref) ?? 0) + 1);
    return counts;
  };
  for (const noscript of Array.from(root.querySelectorAll("noscript"))) {
    const parent = noscript.parentElement;
    if (parent === null || noscript.querySelector("img") === null || PICTURE_TAGS.has(tagOf(parent))) continue;
    const beside = [noscript.previousElementSibling, noscript.nextElementSibling].some((el) => el !== null && PICTURE_TAGS.has(tagOf(el)) && pictureRefs(el).length > 0);
    let underParent = counted.get(parent);
    if (underParent === undefined) counted.set(parent, (underParent = picturesNaming(parent.querySelectorAll("img, amp-img"))));
    const inside = picturesNaming(noscript.querySelectorAll("img"));
    // The same picture elsewhere under the parent: more pictures there name it than inside.
    const same = [...inside].some(([ref, n]) => (underParent.get(ref) ?? 0) > n);
    if (!beside && !same) noscript.replaceWith(...Array.from(noscript.childNodes));
  }
}

/** Takes the chrome out of the tree, in place. */
export function dropChrome(root: Element): void {
  unwrapNoscriptPictures(root);
  const styled = hiddenByStyleSheets(root.ownerDocument);
  const isHidden = (el: Element) => styled.has(el) || hiddenByMarkup((name) => el.getAttribute(name), () => el.textContent ?? "");
  const doomed: Element[] = [];
  const visit = (el: Element) => {
    for (const child of Array.from(el.children)) {
      const tag = tagOf(child);
      // A page may put its headline in an <aside> or <nav> of its own: that one stays.
      const holdsHeadline = LANDMARKS.has(tag) && child.querySelector("h1") !== null;
      if ((DROPPED_TAGS.has(tag) && !holdsHeadline) || isHidden(child) || (tag !== "body" && (isChrome(child) || isControl(child, tag) || isPermalinkMark(child, tag)))) doomed.push(child);
      else visit(child);
    }
  };
  visit(root);
  for (const el of doomed) el.remove();
  // Comments in the markup are not text either.
  const comments: Node[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 8) comments.push(child);
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(root);
  for (const c of comments) (c as ChildNode).remove();
}
