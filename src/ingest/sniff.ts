// What kind of input a file is, read from its first bytes (and its name only as a hint): a
// JSON Lines corpus, an HTML page, a weiboSpider txt file, or page text. Detectors are tried in
// order; the first that claims the input decides.

import { open } from "node:fs/promises";
import { wideText } from "./decode";

export type InputKind = "jsonl" | "feed" | "json" | "csv" | "html" | "weibo-txt" | "text";

export interface Detector {
  kind: InputKind;
  /** `head`: the first bytes as text (headText); `name`: the file name. */
  claims: (head: string, name: string) => boolean;
}

/** How many bytes of an input the detectors see. */
export const SNIFF_BYTES = 4096;

const extensionOf = (name: string) => /\.([A-Za-z0-9]+)$/u.exec(name)?.[1]?.toLowerCase() ?? "";
/** BOM, whitespace, an XML declaration, comments and a doctype (with its declarations) may come before the root element. */
const PROLOGUE = /^(?:\uFEFF|\xEF\xBB\xBF|\s|<\?xml[^>]*>|<!--[\s\S]*?-->|<!doctype[^>[]*(?:\[[\s\S]*?\]\s*)?>)*/iu;

/** An HTML document by its first markup: an HTML doctype, or <html>, <head> or <body>. */
const isHtmlDocument = (head: string) =>
  /^<!doctype html/iu.test(head.replace(/^(?:\uFEFF|\xEF\xBB\xBF|\s)*/u, "")) || /^<(?:html|head|body)[\s>]/iu.test(head.replace(PROLOGUE, ""));

export const DETECTORS: Detector[] = [
  {
    kind: "jsonl",
    // A line's record opens on its line: `{` alone on the first line is a pretty-printed JSON document.
    claims: (head, name) =>
      ["jsonl", "ndjson"].includes(extensionOf(name)) || /^(?:\uFEFF|\xEF\xBB\xBF)?\s*\{[ \t]*"(?:text|html|url)"\s*:/u.test(head),
  },
  {
    // RSS, RDF, Atom and OPML, whatever the file is called.
    kind: "feed",
    claims: (head, name) =>
      // A feed's address that gives an HTML page (an error page, the site's home) gives a page.
      (["xml", "rss", "atom", "rdf", "opml"].includes(extensionOf(name)) && !isHtmlDocument(head)) ||
      /^<(?:rss|feed|rdf:RDF|RDF|opml)[\s>]/u.test(head.replace(PROLOGUE, "")) ||
      // A server's warning printed before the feed's declaration.
      /<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/u.test(head),
  },
  {
    // A JSON document: Weibo data as APIs and crawlers ship it, or a JSON Feed.
    kind: "json",
    claims: (head, name) => extensionOf(name) === "json" || /^(?:\uFEFF|\xEF\xBB\xBF)?\s*(?:\{\s*"|\[\s*[[{"\d\]])/u.test(head),
  },
  { kind: "csv", claims: (_head, name) => extensionOf(name) === "csv" },
  {
    kind: "html",
    claims: (head, name) => ["html", "htm", "shtml", "xhtml"].includes(extensionOf(name)) || isHtmlDocument(head),
  },
  {
    // weiboSpider's txt result: it opens with the 用户信息 block, 用户昵称 and 用户id first, as
    // its writer prints them; page text never starts so. Seen once the text is decoded, as its
    // labels are Chinese (inputs.ts).
    kind: "weibo-txt",
    claims: (head) => /^\uFEFF?\s*用户信息\s*[：:]?[ \t]*\r?\n用户昵称\s*[：:][^\r\n]*\r?\n用户id\s*[：:]/u.test(head),
  },
];

/** The first bytes as text: Latin-1 (enough for markup and JSON punctuation), or UTF-16 or UTF-32 when they are. */
function headText(head: Uint8Array): string {
  const bytes = head.subarray(0, SNIFF_BYTES);
  return wideText(bytes) ?? new TextDecoder("latin1").decode(bytes);
}

export function sniffKind(head: Uint8Array | string, name: string): InputKind {
  const text = typeof head === "string" ? head : headText(head);
  return DETECTORS.find((d) => d.claims(text, name))?.kind ?? "text";
}

/** Names a folder walk picks up: page files, corpora, data files, feeds, and files without an extension. */
export function isInputFileName(name: string): boolean {
  const ext = extensionOf(name);
  return ext === "" || ["txt", "text", "md", "markdown", "jsonl", "ndjson", "html", "htm", "shtml", "xhtml", "json", "csv", "xml", "rss", "atom", "rdf", "opml"].includes(ext);
}

/** A file's first bytes, as the detectors see them (or as many as `size` says). */
export async function readHead(path: string, size = SNIFF_BYTES): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(size), 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
