// A story's route key: the path segment of /articles/:key and /posts/:key, and the key of
// the item index. JSON Feed ids are any string (URLs, `tag:` URIs, numbers read as text);
// a path segment and a prerendered file name are not. Ids that are already URL-safe are
// their own key, so every link made before keeps working. Any other id is `_` and the
// base64url of its UTF-8 bytes: a URL-safe id never starts with `_`, and base64url is
// one-to-one, so two different ids never share a key (ids that differ only in Unicode
// normalisation are different bytes, so different keys). Keys become file names when the
// site is prerendered (at most 255 bytes), so an id too long for that gets `-` and a
// 128-bit hash instead: not one-to-one in principle, so the feed parser refuses a second
// item whose key is taken.
import { stableHash } from "./ids";

/** Ids that are their own route key (the contract's id alphabet before any id was allowed). */
export const URL_SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** Any route key this module makes. */
export const ROUTE_KEY = /^(?:[A-Za-z0-9][A-Za-z0-9_-]{0,127}|_[A-Za-z0-9_-]{1,200}|-[0-9a-z]{26})$/;

/** UTF-8 bytes of an id encoded in full; longer ids get a hashed key (201 characters at most). */
export const MAX_ENCODED_BYTES = 150;

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += ALPHABET[b0 >> 2]! + ALPHABET[((b0 & 3) << 4) | ((b1 ?? 0) >> 4)]!;
    if (b1 !== undefined) out += ALPHABET[((b1 & 15) << 2) | ((b2 ?? 0) >> 6)]!;
    if (b2 !== undefined) out += ALPHABET[b2 & 63]!;
  }
  return out;
}

/** The route key of an item id (a well-formed, non-empty string: see the contract's ItemId). */
export function routeKey(id: string): string {
  if (URL_SAFE_ID.test(id)) return id;
  const bytes = encoder.encode(id);
  if (bytes.length <= MAX_ENCODED_BYTES) return `_${base64url(bytes)}`;
  return `-${stableHash(id)}${stableHash(`\u0001${id}`)}`;
}
