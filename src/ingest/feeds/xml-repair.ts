// A feed's XML as its publisher meant it, where their tools wrote it wrong: text before the
// declaration, a "<" that opens no tag, control characters, and person fields no parser can
// read in time; and Atom 0.3's base64 content, which the parser does not decode.
import { escapeText } from "../../content/html-text";

/** Control characters XML does not allow (a reader would see them as boxes); form feeds and vertical tabs were spaces. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

/** Character references to those control characters ("&#x1;", "&#27;"): the parser would give the characters. */
const CONTROL_REFERENCES = /&#(?:x0*(?:[0-8bcef]|1[0-9a-f]|7f)|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|127));/giu;

/**
 * The feed's XML as its publisher meant it, where a template wrote text unescaped: a "<" that
 * opens no tag ("a < b", "1<2") is the character, and control characters, written as such or
 * as character references, are dropped. The parser refuses the whole feed for the first two,
 * and gives a reader the characters of the third. CDATA sections and comments, which the
 * parser does not read as markup, are kept as they are; an unclosed one leaves the rest as it
 * is, for the parser to judge. One pass: each search starts where the last one ended.
 */
export function repairXml(xml: string): string {
  const text = (part: string) => part.replace(/<(?![A-Za-z_:/!?])/gu, "&lt;").replace(CONTROL_REFERENCES, (ref) => (/^&#(?:x0*[bc]|0*1[12]);$/iu.test(ref) ? " " : ""));
  let out = "";
  let at = 0;
  let cdata = xml.indexOf("<![CDATA[");
  let comment = xml.indexOf("<!--");
  while (cdata !== -1 || comment !== -1) {
    const isCdata = cdata !== -1 && (comment === -1 || cdata < comment);
    const start = isCdata ? cdata : comment;
    const closer = isCdata ? "]]>" : "-->";
    const end = xml.indexOf(closer, start + (isCdata ? 9 : 4));
    if (end === -1) break;
    out += text(xml.slice(at, start)) + xml.slice(start, end + closer.length);
    at = end + closer.length;
    if (cdata !== -1 && cdata < at) cdata = xml.indexOf("<![CDATA[", at);
    if (comment !== -1 && comment < at) comment = xml.indexOf("<!--", at);
  }
  return (out + text(xml.slice(at))).replace(CONTROLS, (c) => (c === "\u000b" || c === "\u000c" ? " " : ""));
}

/** How far into a feed its XML declaration is looked for after something else. */
const DECLARATION_WITHIN = 4096;

/**
 * The feed from its XML declaration on, when the server wrote something before it (a PHP
 * warning, a stray line): the parser reads no document whose declaration is not first.
 */
export function fromDeclaration(text: string): string {
  const at = text.slice(0, DECLARATION_WITHIN).search(/<\?xml\s/u);
  return at > 0 ? text.slice(at) : text;
}

/** RSS's person fields: "name (mail)" or "mail (name)", read bracket by bracket. */
const PERSON_TAGS = ["author", "managingEditor", "webMaster"];
const LONGEST_PERSON = 1000;

/**
 * The feed with every RSS person field past a thousand characters emptied: no name is that
 * long, and the parser reads such a field bracket by bracket, each unclosed "(" or "[" to its
 * end (40,000 of them took 5 s). One pass per tag, with no pattern that could backtrack.
 */
export function withoutOverlongPeople(xml: string): string {
  let text = xml;
  for (const tag of PERSON_TAGS) {
    const parts: string[] = [];
    let from = 0;
    for (let start = text.indexOf(`<${tag}`); start !== -1; start = text.indexOf(`<${tag}`, from)) {
      const opened = text.indexOf(">", start);
      if (opened === -1) break;
      const close = text.indexOf(`</${tag}>`, opened);
      if (close === -1) break;
      // <authorName> is another element; <author/> holds nothing.
      const named = /[\s>]/u.test(text[start + tag.length + 1] ?? "");
      const long = named && text[opened - 1] !== "/" && close - opened - 1 > LONGEST_PERSON;
      parts.push(text.slice(from, long ? opened + 1 : close));
      from = close;
    }
    text = parts.length === 0 ? text : parts.join("") + text.slice(from);
  }
  return text;
}

/** An Atom 0.3 element whose text is base64 (mode="base64"): its tag's opening, and the text. */
const BASE64_ELEMENT = /<(content|summary|title|tagline|info)(\s[^<>]*?)\bmode\s*=\s*(["'])base64\3([^<>]*)>([A-Za-z0-9+/=\s]*)<\/\1>/gu;
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Atom 0.3's base64 content (mode="base64") as the escaped text it encodes, which the parser
 * reads as any escaped content: left as it is, a reader would get the letters of the code. Text
 * that does not decode to UTF-8 is left as written.
 */
export function decodedBase64(xml: string): string {
  if (!/\bmode\s*=\s*["']base64/u.test(xml)) return xml;
  return xml.replace(BASE64_ELEMENT, (whole, tag: string, before: string, _quote: string, after: string, code: string) => {
    let decoded: string;
    try {
      decoded = UTF8.decode(Buffer.from(code.replace(/\s+/gu, ""), "base64"));
    } catch {
      return whole;
    }
    const escaped = escapeText(decoded);
    return `<${tag}${before}mode="escaped"${after}>${escaped}</${tag}>`;
  });
}
