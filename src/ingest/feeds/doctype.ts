// An XML feed's doctype. Most have none, or name a public DTD; some declare entities of their
// own (`<!ENTITY nbsp "&#160;">`), which the parser expands. Two kinds of declaration are
// attacks, never content, and the whole file is refused with words that say which: an entity
// read from outside the file (a local file such as /etc/passwd, or another address), and
// entities built of other entities, which expand a kilobyte into gigabytes.

/** The doctype, with the internal subset of declarations in brackets when it has one. */
export const DOCTYPE = /<!DOCTYPE[^>[]*(?:\[[\s\S]*?\]\s*)?>/iu;

const ENTITY = /<!ENTITY\s+(%\s+)?[^\s>]+\s+([\s\S]*?)>/giu;
/** A reference to a named entity (not a character reference such as &#160;). */
const NAMED_REFERENCE = /[&%][A-Za-z_][\w.-]*;/u;

export const EXTERNAL_ENTITY = "订阅源声明了外部实体（要读本机文件或别的网址），为安全起见不读";
export const NESTED_ENTITIES = "订阅源声明了层层嵌套的实体（会展开成海量文字），为安全起见不读";

/**
 * What comes before the root element: the declaration, comments, processing instructions and
 * the doctype, read from the start one at a time (a pattern tried over the whole document met
 * every unclosed "<!--" or "<!DOCTYPE" in it, and 20,000 of them took seconds). `rootAt` is
 * where the root element starts, or -1 when the prologue never ends.
 */
export function prologue(xml: string): { doctype?: string; rootAt: number } {
  let at = xml.startsWith("\ufeff") ? 1 : 0;
  let doctype: string | undefined;
  for (;;) {
    while (/\s/u.test(xml[at] ?? "")) at += 1;
    let end: number;
    if (xml.startsWith("<?", at)) end = xml.indexOf("?>", at) + 2;
    else if (xml.startsWith("<!--", at)) end = xml.indexOf("-->", at) + 3;
    else if (/^<!DOCTYPE/iu.test(xml.slice(at, at + 9))) {
      const sticky = new RegExp(DOCTYPE.source, "iuy");
      sticky.lastIndex = at;
      doctype = sticky.exec(xml)?.[0];
      end = doctype === undefined ? -1 : at + doctype.length;
    } else return { ...(doctype !== undefined ? { doctype } : {}), rootAt: at };
    if (end < at + 2) return { rootAt: -1 };
    at = end;
  }
}

/** Why the XML's doctype makes it unsafe to read, or undefined. */
export function unsafeDoctype(xml: string): string | undefined {
  const subset = prologue(xml).doctype;
  if (subset === undefined) return undefined;
  for (const [, , definition] of subset.matchAll(ENTITY)) {
    if (/^(?:SYSTEM|PUBLIC)\b/u.test(definition as string)) return EXTERNAL_ENTITY;
    if (NAMED_REFERENCE.test(definition as string)) return NESTED_ENTITIES;
  }
  return undefined;
}
