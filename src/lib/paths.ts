// The site's route paths, in one place. Ids are URL-safe by contract, but encode anyway.
import type { Item } from "../content/feed-schema";

export const paths = {
  home: () => "/",
  article: (id: string) => `/articles/${encodeURIComponent(id)}`,
  post: (id: string) => `/posts/${encodeURIComponent(id)}`,
  people: () => "/people",
  person: (id: string) => `/people/${encodeURIComponent(id)}`,
  topic: (name: string) => `/topics/${encodeURIComponent(name)}`,
};

export function itemPath(item: Pick<Item, "id" | "_qingyue">): string {
  return item._qingyue.kind === "article" ? paths.article(item.id) : paths.post(item.id);
}
