// An entry body that is a whole HTML page (a CMS that puts the page it renders into
// <content:encoded>: doctype, <head>, the site's menu, the story, the footer). A reader of the
// entry wants the story: its <article>, else its <main>, else its <body>, without the page's
// menus, side columns and footers. A body that is no whole page is left as it is.
import { DomUtils, parseDocument } from "htmlparser2";

const WHOLE_PAGE = /^\s*(?:<!doctype\s+html[^>]*>|(?:<!--[^]{0,2000}?-->\s*)*<html[\s>])/iu;
/** A page's parts around its story. */
const CHROME = new Set(["nav", "aside", "footer", "head", "script", "style", "noscript", "template"]);

export function storyOfPage(html: string): string {
  if (!WHOLE_PAGE.test(html)) return html;
  const doc = parseDocument(html);
  const find = (name: string) => DomUtils.findAll((el) => el.name.toLowerCase() === name, doc.children);
  const articles = find("article");
  const root = (articles.length === 1 ? articles[0] : undefined) ?? find("main")[0] ?? find("body")[0];
  if (root === undefined) return html;
  // The page's own <header> (its logo and menu) stands beside the story in its body.
  const inBody = root.name.toLowerCase() === "body";
  const around = DomUtils.findAll((el) => CHROME.has(el.name.toLowerCase()) || (inBody && el.parent === root && el.name.toLowerCase() === "header"), root.children);
  for (const el of around) DomUtils.removeElement(el);
  return DomUtils.getOuterHTML(root.children, { encodeEntities: "utf8" });
}
