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

/** The authors an item names: its writers, and those of the original it reposts. */
function authorsNamedBy(item: Item): readonly Author[] {
  const ext = item._qingyue;
  const reposted = ext.kind === "post" ? (ext.repost?.authors ?? []) : [];
  return [...(item.authors ?? []), ...reposted];
}

/** An author as the people document's authors list has them: the JSON Feed author, its profile id and its items. */
export type ListedAuthor = Author & { id: string; items: string[] };

/**
 * The same authors gathered one item at a time (the ingest sees each item once, in feed
 * order), in the people document's shape: what one mention leaves out another may give.
 */
export class AuthorList {
  private readonly byId = new Map<string, { author: ListedAuthor; items: Set<string> }>();

  add(item: Item): void {
    for (const author of authorsNamedBy(item)) {
      const id = authorId(author);
      const known = this.byId.get(id);
      if (!known) {
        // A copy: filling in what a later mention gives must not touch the item's own author.
        const copy: ListedAuthor = { ...author, ...(author._qingyue ? { _qingyue: { ...author._qingyue } } : {}), id, items: [item.id] };
        this.byId.set(id, { author: copy, items: new Set([item.id]) });
        continue;
      }
      const listed = known.author;
      if (listed.url === undefined && author.url !== undefined) listed.url = author.url;
      if (listed.avatar === undefined && author.avatar !== undefined) listed.avatar = author.avatar;
      const more = author._qingyue;
      if (more) {
        const ext = (listed._qingyue ??= {});
        for (const key of ["verified", "description", "followers"] as const) {
          const value = more[key];
          // An empty description counts as none: a later mention may give one.
          if (!ext[key] && value) ext[key] = value;
        }
      }
      if (!known.items.has(item.id)) {
        known.items.add(item.id);
        listed.items.push(item.id);
      }
    }
  }

  get size(): number {
    return this.byId.size;
  }

  /** In order of first appearance, each with its items in feed order. */
  list(): ListedAuthor[] {
    return [...this.byId.values()].map(({ author }) => author);
  }
}

/**
 * Every author in these items, once each, in order of first appearance: the writers of the
 * items and of the originals they repost. What one mention leaves out another may give.
 */
export function authorsOf(items: readonly Item[]): AuthorProfile[] {
  const list = new AuthorList();
  for (const item of items) list.add(item);
  return list.list().map(({ items: ids, ...author }) => ({ ...authorProfile(author), items: ids }));
}

/** The first character a reader sees of a name, for an avatar that did not load. */
export function initialOf(name: string): string {
  const first = [...new Intl.Segmenter("zh", { granularity: "grapheme" }).segment(name.trim())][0];
  return first?.segment ?? "?";
}
