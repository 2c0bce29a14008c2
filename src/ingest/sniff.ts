// What kind of input a file is, read from its first bytes (and its name only as a hint): a
// JSON Lines corpus, an HTML page, a weiboSpider txt file, or page text. Detectors are tried in
// order; the first that claims the input decides.

import { open } from "node:fs/promises";

export type InputKind = "jsonl" | "feed" | "json" | "csv" | "html" | "weibo-txt" | "text";

export interface Detector {
  kind: InputKind;
  /** `head`: the first bytes read as Latin-1 (enough for markup and JSON punctuation); `name`: the file name. */
  claims: (head: string, name: string) => boolean;
}

/** How many bytes of an input the detectors see. */
export const SNIFF_BYTES = 4096;

const extensionOf = (name: string) => /\.([A-Za-z0-9]+)$/u.exec(name)?.[1]?.toLowerCase() ?? "";
/** BOM, whitespace, an XML declaration, comments and a doctype (with its declarations) may come before the root element. */
const PROLOGUE = /^(?:\uFEFF|\xEF\xBB\xBF|\s|<\?xml[^>]*>|<!--[\s\S]*?-->|<!doctype[^>[]*(?:\[[\s\S]*?\]\s*)?>)*/iu;

export const DETECTORS: Detector[] = [
  {
    kind: "jsonl",
    claims: (head, name) =>
      ["jsonl", "ndjson"].includes(extensionOf(name)) || /^(?:\uFEFF|\xEF\xBB\xBF)?\s*\{\s*"(?:text|html|url)"\s*:/u.test(head),
  },
  {
    // RSS, RDF, Atom and OPML, whatever the file is called.
    kind: "feed",
    claims: (head, name) =>
      ["xml", "rss", "atom", "rdf", "opml"].includes(extensionOf(name)) || /^<(?:rss|feed|rdf:RDF|RDF|opml)[\s>]/u.test(head.replace(PROLOGUE, "")),
  },
  {
    // A JSON document: Weibo data as APIs and crawlers ship it, or a JSON Feed.
    kind: "json",
    claims: (head, name) => extensionOf(name) === "json" || /^(?:\uFEFF|\xEF\xBB\xBF)?\s*(?:\{\s*"|\[\s*[[{"\d\]])/u.test(head),
  },
  { kind: "csv", claims: (_head, name) => extensionOf(name) === "csv" },
  {
    kind: "html",
    claims: (head, name) => {
      if (["html", "htm", "shtml", "xhtml"].includes(extensionOf(name))) return true;
      const rest = head.replace(PROLOGUE, "");
      return /^<!doctype html/iu.test(head.replace(/^(?:\uFEFF|\xEF\xBB\xBF|\s)*/u, "")) || /^<(?:html|head|body)[\s>]/iu.test(rest);
    },
  },
  {
    // weiboSpider's txt result: it opens with the 用户信息 block, 用户昵称 and 用户id first, as
    // its writer prints them; page text never starts so. Seen once the text is decoded, as its
    // labels are Chinese (inputs.ts).
    kind: "weibo-txt",
    claims: (head) => /^\uFEFF?\s*用户信息\s*[：:]?[ \t]*\r?\n用户昵称\s*[：:][^\r\n]*\r?\n用户id\s*[：:]/u.test(head),
  },
];

export function sniffKind(head: Uint8Array | string, name: string): InputKind {
  const text = typeof head === "string" ? head : new TextDecoder("latin1").decode(head.subarray(0, SNIFF_BYTES));
  return DETECTORS.find((d) => d.claims(text, name))?.kind ?? "text";
}

/** Names a folder walk picks up: page files, corpora, data files, feeds, and files without an extension. */
export function isInputFileName(name: string): boolean {
  const ext = extensionOf(name);
  return ext === "" || ["txt", "text", "jsonl", "ndjson", "html", "htm", "shtml", "xhtml", "json", "csv", "xml", "rss", "atom", "rdf", "opml"].includes(ext);
}

/** A file's first bytes, as the detectors see them. */
export async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
