// A feed file's bytes → text. XML feeds say their encoding in the XML declaration, and Chinese
// feeds are still served in GB2312, GBK or Big5: Node's TextDecoder reads those (gb2312 is
// read as GBK, its superset). A byte order mark wins over the declaration; no declaration
// means UTF-8, as XML says. Decoding is strict: bytes the encoding does not allow are an
// error, never mojibake.

export type DecodedFeed = { text: string } | { reason: string };

const DECLARATION = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/u;

function labelOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  // The declaration is ASCII in every encoding a feed uses, so read the head as Latin-1.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 256));
  return DECLARATION.exec(head)?.[1]?.toLowerCase() ?? "utf-8";
}

export function decodeFeedBytes(bytes: Uint8Array): DecodedFeed {
  if (bytes.length === 0) return { reason: "文件是空的" };
  const label = labelOf(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return { reason: `声明的字符编码“${label}”无法识别` };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { reason: `按声明的字符编码 ${label} 读不通：文件里有不属于这种编码的字节` };
  }
}
