// Stable, content-derived ids. They must come out the same in Node (the ingest) and in the
// browser (which may recompute or check them), so no node:crypto: a small 64-bit hash over
// the UTF-8 bytes of the normalised content. Not cryptographic; it only has to spread well.

export type IdKind = "a" | "p" | "t" | "u";

const encoder = new TextEncoder();

/**
 * 64-bit hash (two 32-bit lanes with cyrb53's mixing) of the text's UTF-8 bytes, in base 36
 * padded to 13 characters so every id has the same length.
 */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const bytes = encoder.encode(text);
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] as number;
    h1 = Math.imul(h1 ^ byte, 2654435761);
    h2 = Math.imul(h2 ^ byte, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = (BigInt(h2 >>> 0) << 32n) | BigInt(h1 >>> 0);
  return value.toString(36).padStart(13, "0");
}

/**
 * Whitespace and Unicode composition differ between scrapes of the same story; they must
 * not change its id.
 */
export function normaliseForId(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** `<kind>-<hash>` of the normalised parts, e.g. "a-0k3j…" for an article. */
export function contentId(kind: IdKind, parts: readonly string[]): string {
  return `${kind}-${stableHash(parts.map(normaliseForId).join("\n"))}`;
}
