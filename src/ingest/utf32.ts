// UTF-32, which no TextDecoder reads (the Encoding Standard dropped it): four bytes a character,
// little- or big-endian. Strict, as every decoder here is: a length that is not a multiple of
// four, or a value that is no character (past U+10FFFF, a surrogate), is not UTF-32.

export const UTF32 = ["utf-32le", "utf-32be"];

export function decodeUtf32(bytes: Uint8Array, encoding: string): string | undefined {
  if (bytes.length % 4 !== 0) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = encoding === "utf-32le";
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let at = 0; at < bytes.length; at += 4) {
    const code = view.getUint32(at, little);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    chunk.push(code);
    // String.fromCodePoint takes its arguments on the stack: a long text goes in pieces.
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join("");
}
