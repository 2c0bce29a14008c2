// The site's route paths, in one place. Ids are URL-safe by contract, but encode anyway.
import type { ItemKind } from "../content/feed-schema";

export const paths = {
  home: () => "/",
  article: (id: string) => `/articles/${encodeURIComponent(id)}`,
  post: (id: string) => `/posts/${encodeURIComponent(id)}`,
  people: () => "/people",
  person: (id: string) => `/people/${encodeURIComponent(id)}`,
  topic: (name: string) => `/topics/${encodeURIComponent(name)}`,
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : "/search"),
};

/** A story's page: what its link needs is its id and its kind. */
export function itemPath(item: { id: string; _qingyue: { kind: ItemKind } }): string {
  return item._qingyue.kind === "article" ? paths.article(item.id) : paths.post(item.id);
}
