// Bytes of one page → text, or the reason it is not usable text. Strict UTF-8: a GBK page
// decoded leniently would come out as mojibake that looks like content.

export type Decoded = { text: string } | { reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodePage(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { reason: "empty file" };
  if (bytes.includes(0)) return { reason: "binary data (contains NUL bytes)" };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { reason: "not UTF-8 text (GBK or another encoding?)" };
  }
  return checkText(text);
}

/** Text that decoded is still unusable when it is blank or carries NUL characters. */
export function checkText(text: string): Decoded {
  if (text.includes("\u0000")) return { reason: "binary data (contains NUL characters)" };
  if (text.trim() === "") return { reason: "empty (only whitespace)" };
  return { text };
}
