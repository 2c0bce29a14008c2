// The site's route paths, in one place. A story's path segment is its route key
// (content/route-key.ts), URL-safe by construction; encode anyway.
import type { ItemKind } from "../content/feed-schema";
import { routeKey } from "../content/route-key";

export const paths = {
  home: () => "/",
  article: (key: string) => `/articles/${encodeURIComponent(key)}`,
  post: (key: string) => `/posts/${encodeURIComponent(key)}`,
  people: () => "/people",
  person: (id: string) => `/people/${encodeURIComponent(id)}`,
  topic: (name: string) => `/topics/${encodeURIComponent(name)}`,
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : "/search"),
};

/** A story's page: what its link needs is its id and its kind. */
export function itemPath(item: { id: string; _qingyue: { kind: ItemKind } }): string {
  const key = routeKey(item.id);
  return item._qingyue.kind === "article" ? paths.article(key) : paths.post(key);
}

/** The about page: the feed's own title, description, site and authors. */
export const aboutPath = () => "/about";
