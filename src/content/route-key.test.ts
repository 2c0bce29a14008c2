import { describe, expect, it } from "vitest";
import { MAX_ENCODED_BYTES, ROUTE_KEY, routeKey, URL_SAFE_ID } from "./route-key";

// The key read back to its id: proof that keys carry their ids whole (every key but a long
// id's hash), so two ids cannot share one.
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const decoder = new TextDecoder("utf-8", { fatal: true });

function fromBase64url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return undefined;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  // Leftover bits must be zero, or two texts would decode to the same bytes.
  if ((buffer & ((1 << bits) - 1)) !== 0) return undefined;
  return Uint8Array.from(bytes);
}

/** The id a key stands for, when the key carries it (every key but a long id's hash). */
function idOfRouteKey(key: string): string | undefined {
  if (URL_SAFE_ID.test(key)) return key;
  if (!key.startsWith("_")) return undefined;
  const bytes = fromBase64url(key.slice(1));
  if (bytes === undefined) return undefined;
  try {
    const id = decoder.decode(bytes);
    return routeKey(id) === key ? id : undefined;
  } catch {
    return undefined;
  }
}


/** A random id: any code points but lone surrogates, up to 300 UTF-16 units. */
function randomId(random: () => number): string {
  const pools = [
    () => String.fromCharCode(0x21 + Math.floor(random() * 94)),
    () => String.fromCharCode(0x4e00 + Math.floor(random() * 0x5000)),
    () => String.fromCodePoint(0x1f300 + Math.floor(random() * 0x300)),
    () => "-_/:.?#"[Math.floor(random() * 7)]!,
    () => String.fromCharCode(0x300 + Math.floor(random() * 0x70)),
  ];
  const length = 1 + Math.floor(random() ** 3 * 300);
  let id = "";
  while (id.length < length) id += pools[Math.floor(random() * pools.length)]!();
  return id;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe("routeKey", () => {
  it("keeps an id that is already URL-safe as it is, so old links keep working", () => {
    for (const id of ["a-3m9rqtzp4essw", "p-1topjn8nmp0em", "canary-1", "42", "A_b-C"]) expect(routeKey(id)).toBe(id);
  });

  it("gives any other id a URL-safe key that starts with _ and reads back to the id", () => {
    for (const id of ["https://example.org/2024/01/post", "tag:example.org,2024:post/3", "中文编号", "_x", "-x", "a b", "x".repeat(129)]) {
      const key = routeKey(id);
      expect(key).toMatch(ROUTE_KEY);
      expect(key.startsWith("_")).toBe(true);
      expect(idOfRouteKey(key)).toBe(id);
      expect(encodeURIComponent(key)).toBe(key);
    }
  });

  it("is stable: the same id always gives the same key", () => {
    expect(routeKey("https://example.org/a")).toBe("_aHR0cHM6Ly9leGFtcGxlLm9yZy9h");
  });

  it("gives ids that differ only in Unicode normalisation different keys", () => {
    const nfc = "Caf\u00e9 文章";
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(routeKey(nfc)).not.toBe(routeKey(nfd));
    expect(idOfRouteKey(routeKey(nfd))).toBe(nfd);
  });

  it("gives 100,000 different random ids 100,000 different keys, each a file name of at most 255 bytes", () => {
    const random = seeded(20_261_127);
    const keys = new Map<string, string>();
    while (keys.size < 100_000) {
      const id = randomId(random);
      const key = routeKey(id);
      const other = keys.get(key);
      if (other !== undefined && other !== id) throw new Error(`${JSON.stringify(id)} and ${JSON.stringify(other)} share ${key}`);
      if (key.length > 255 || !ROUTE_KEY.test(key)) throw new Error(`${JSON.stringify(id)} has the unusable key ${key}`);
      keys.set(key, id);
    }
    const hashed = [...keys.keys()].filter((key) => key.startsWith("-")).length;
    expect(hashed).toBeGreaterThan(1_000);
  }, 60_000);

  it("gives an id too long for a file name a fixed-length hashed key", () => {
    const long = `https://example.org/${"长".repeat(MAX_ENCODED_BYTES)}`;
    expect(routeKey(long)).toMatch(/^-[0-9a-z]{26}$/);
    expect(routeKey(long)).toBe(routeKey(long));
    expect(routeKey(`${long}x`)).not.toBe(routeKey(long));
    expect(idOfRouteKey(routeKey(long))).toBeUndefined();
  });

  it("reads back no id from a key it did not make", () => {
    for (const key of ["_", "_A", "_AB", "_AR", "_____", "_%41", "", "-x", "/etc"]) {
      const id = idOfRouteKey(key);
      if (id !== undefined) expect(routeKey(id)).toBe(key);
    }
    expect(idOfRouteKey("_AR")).toBeUndefined();
  });
});
