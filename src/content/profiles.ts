// People as the app shows them: the people stories are about (people.json, with honours and
// facts) and the authors who wrote the posts (from the items' JSON Feed `authors`). One shape
// for both, so one card shows either.
import type { Author, Item } from "./feed-schema";
import { normaliseForId, stableHash } from "./ids";

export interface Profile {
  id: string;
  name: string;
  avatar?: string | undefined;
  /** The platform's verification, as it words it. */
  verified?: string | undefined;
  description?: string | undefined;
  /** Followers as the source prints them: "12", "1.2万". */
  followers?: string | undefined;
  honours?: readonly string[] | undefined;
  organisation?: string | undefined;
  summary?: string | undefined;
}

/** An author, with the items they wrote (or that quote them), in feed order. */
export interface AuthorProfile extends Profile {
  url?: string | undefined;
  items: string[];
}

const AUTHOR_PREFIX = "au-";
const URL_SAFE = /^[A-Za-z0-9_-]{1,120}$/;

/**
 * An author's profile id: from their platform id where the source gives one (a Weibo uid is
 * the same person whatever name they use today), else from their name.
 */
export function authorId(author: Author): string {
  const platformId = author._qingyue?.id;
  if (platformId !== undefined && URL_SAFE.test(platformId)) return `${AUTHOR_PREFIX}${platformId}`;
  const key = platformId !== undefined ? `id:${platformId}` : `name:${normaliseForId(author.name)}`;
  return `${AUTHOR_PREFIX}${stableHash(key)}`;
}

export function authorProfile(author: Author): AuthorProfile {
  const ext = author._qingyue;
  return {
    id: authorId(author),
    name: author.name,
    url: author.url,
    avatar: author.avatar,
    verified: ext?.verified,
    description: ext?.description || undefined,
    followers: ext?.followers,
    items: [],
  };
}

/**
 * Every author in these items, once each, in order of first appearance: the writers of the
 * items and of the originals they repost. What one mention leaves out another may give.
 */
export function authorsOf(items: readonly Item[]): AuthorProfile[] {
  const byId = new Map<string, AuthorProfile>();
  const add = (author: Author, itemId: string) => {
    const found = authorProfile(author);
    const known = byId.get(found.id);
    if (!known) {
      byId.set(found.id, { ...found, items: [itemId] });
      return;
    }
    for (const key of ["url", "avatar", "verified", "description", "followers"] as const) {
      known[key] ??= found[key];
    }
    if (!known.items.includes(itemId)) known.items.push(itemId);
  };
  for (const item of items) {
    for (const author of item.authors ?? []) add(author, item.id);
    const ext = item._qingyue;
    if (ext.kind === "post") for (const author of ext.repost?.authors ?? []) add(author, item.id);
  }
  return [...byId.values()];
}

/** The first character a reader sees of a name, for an avatar that did not load. */
export function initialOf(name: string): string {
  const first = [...new Intl.Segmenter("zh", { granularity: "grapheme" }).segment(name.trim())][0];
  return first?.segment ?? "?";
}
