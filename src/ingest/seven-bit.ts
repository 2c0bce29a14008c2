// Encodings that write CJK in 7-bit bytes, switching by escape sequences: ISO-2022-JP (Japanese
// mail and old blogs), ISO-2022-KR and HZ-GB-2312. Their bytes are all ASCII, so they would
// otherwise pass for ASCII text full of "$B" and "~{". The Encoding Standard keeps only
// ISO-2022-JP (TextDecoder reads it); the other two map one to one onto EUC-KR and GB2312 bytes,
// which it does read.
import { commonShare, readsAsChinese } from "./chinese";
import { keepsToGb2312 } from "./short-texts";

const ESC = 0x1b;
const SO = 0x0e;
const SI = 0x0f;

const strictly = (encoding: string, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/** Whether the bytes hold ESC followed by these characters. */
function escapes(bytes: Uint8Array, ...sequences: string[]): boolean {
  for (let i = bytes.indexOf(ESC); i !== -1; i = bytes.indexOf(ESC, i + 1)) {
    const next = String.fromCharCode(...bytes.subarray(i + 1, i + 4));
    if (sequences.some((s) => next.startsWith(s))) return true;
  }
  return false;
}

/** ISO-2022-KR: after its ESC $ ) C header, SO shifts to KS X 1001 (EUC-KR's bytes less their high bit), SI back. */
function iso2022kr(bytes: Uint8Array): string | undefined {
  const out: number[] = [];
  let korean = false;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] as number;
    if (b === ESC && bytes[i + 1] === 0x24 && bytes[i + 2] === 0x29 && bytes[i + 3] === 0x43) {
      i += 3;
      continue;
    }
    if (b === SO || b === SI) {
      korean = b === SO;
      continue;
    }
    if (b === 0x0a || b === 0x0d) korean = false;
    out.push(korean && b >= 0x21 && b <= 0x7e ? b | 0x80 : b);
  }
  return strictly("euc-kr", Uint8Array.from(out));
}

/** HZ: "~{" shifts to GB2312 (its bytes less their high bit), "~}" back; "~~" is "~", "~" before a line break joins lines. Its GB2312 bytes. */
function hzBytes(bytes: Uint8Array): Uint8Array | undefined {
  const out: number[] = [];
  let chinese = false;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i] as number;
    if (b === 0x7e) {
      const next = bytes[i + 1];
      i += 1;
      if (next === 0x7b) chinese = true;
      else if (next === 0x7d) chinese = false;
      else if (next === 0x7e) out.push(0x7e);
      else if (next !== 0x0a) return undefined;
      continue;
    }
    if (chinese) {
      const trail = bytes[i + 1];
      if (b < 0x21 || b > 0x7e || trail === undefined || trail < 0x21 || trail > 0x7e) return undefined;
      out.push(b | 0x80, trail | 0x80);
      i += 1;
      continue;
    }
    out.push(b);
  }
  return Uint8Array.from(out);
}

/**
 * All-ASCII bytes in one of these encodings, by its escape sequences (or, for HZ, whose "~{"
 * ASCII text may hold, by its label or a reading that is Chinese); else undefined.
 */
export function sevenBit(bytes: Uint8Array, label: string | undefined): { text: string; encoding: string } | undefined {
  const declared = label?.trim().toLowerCase();
  if (escapes(bytes, "$B", "$@", "$(D") || declared === "iso-2022-jp") {
    const text = strictly("iso-2022-jp", bytes);
    if (text !== undefined) return { text, encoding: "iso-2022-jp" };
  }
  if (escapes(bytes, "$)C") || declared === "iso-2022-kr") {
    const text = iso2022kr(bytes);
    if (text !== undefined) return { text, encoding: "iso-2022-kr" };
  }
  if (declared === "hz-gb-2312" || bytes.includes(0x7e)) {
    const gb = hzBytes(bytes);
    const text = gb !== undefined ? strictly("gbk", gb) : undefined;
    // Unlabelled, it must read as Chinese, or (a short title) keep to GB2312's common characters.
    if (gb !== undefined && text !== undefined && (declared === "hz-gb-2312" || (/[\u4e00-\u9fff]/u.test(text) && (readsAsChinese(text, commonShare(text)) || keepsToGb2312(gb)))))
      return { text, encoding: "hz-gb-2312" };
  }
  return undefined;
}
