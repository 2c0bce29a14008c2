// UTF-8 with bytes of a legacy encoding pasted in: a Latin-1 database field or a Word paste in
// a UTF-8 template ("café" stored as 63 61 66 E9, “quotes” as 93 … 94). Such a byte stands
// alone, not followed by the continuation bytes UTF-8 would need: it is read as the character
// it is in that encoding (windows-1252 unless the caller knows better). A UTF-8 character cut short (its lead byte and some of its continuation
// bytes: a CMS truncated a summary) is a stray, read as U+FFFD and counted.

export interface MixedUtf8 {
  text: string;
  /** Characters in UTF-8's multi-byte sequences. */
  wide: number;
  /** Lone bytes, read in the legacy encoding. */
  latin: number;
  /** Those bytes, a space between two runs of them. */
  lone: Uint8Array;
  /** UTF-8 characters cut short, read as U+FFFD. */
  cut: number;
}

const UTF8 = new TextDecoder("utf-8");
const continuation = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;

/** How many bytes the UTF-8 character at `at` has, or 0 when none starts there. */
function sequenceAt(bytes: Uint8Array, at: number): { length: number; complete: boolean } {
  const lead = bytes[at] as number;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0) return { length: 0, complete: false };
  // The second byte's narrower ranges after E0, ED, F0 and F4 (no overlong forms, no surrogates).
  const second = bytes[at + 1];
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  if (second === undefined || second < low || second > high) return { length: 0, complete: false };
  let seen = 2;
  while (seen < length && continuation(bytes[at + seen])) seen += 1;
  return { length: seen, complete: seen === length };
}

/** How many of each the bytes hold, without reading them: a legacy page has lone bytes by the million. */
export function utf8Strays(bytes: Uint8Array): Omit<MixedUtf8, "text" | "lone"> {
  let wide = 0;
  let latin = 0;
  let cut = 0;
  for (let at = 0; at < bytes.length; ) {
    if ((bytes[at] as number) < 0x80) {
      at += 1;
      continue;
    }
    const { length, complete } = sequenceAt(bytes, at);
    if (complete) wide += 1;
    else if (length > 0) cut += 1;
    else latin += 1;
    at += Math.max(length, 1);
  }
  return { wide, latin, cut };
}

const WINDOWS_1252 = new TextDecoder("windows-1252");

export function mixedUtf8(bytes: Uint8Array, legacy: (bytes: Uint8Array) => string = (b) => WINDOWS_1252.decode(b)): MixedUtf8 {
  const parts: string[] = [];
  const lone: number[] = [];
  let wide = 0;
  let latin = 0;
  let cut = 0;
  let start = 0;
  let at = 0;
  while (at < bytes.length) {
    if ((bytes[at] as number) < 0x80) {
      at += 1;
      continue;
    }
    const { length, complete } = sequenceAt(bytes, at);
    if (complete) {
      wide += 1;
      at += length;
      continue;
    }
    parts.push(UTF8.decode(bytes.subarray(start, at)));
    if (lone.length > 0 && at > start) lone.push(0x20);
    if (length > 0) {
      cut += 1;
      parts.push("\uFFFD");
      at += length;
    } else {
      // A run of lone bytes is read together: a multi-byte legacy character spans two.
      let end = at + 1;
      while (end < bytes.length && (bytes[end] as number) >= 0x80 && sequenceAt(bytes, end).length === 0) end += 1;
      latin += end - at;
      parts.push(legacy(bytes.subarray(at, end)));
      lone.push(...bytes.subarray(at, end));
      at = end;
    }
    start = at;
  }
  parts.push(UTF8.decode(bytes.subarray(start)));
  return { text: parts.join(""), wide, latin, cut, lone: Uint8Array.from(lone) };
}
