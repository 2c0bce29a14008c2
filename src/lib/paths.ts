// The site's route paths, in one place. A story's path segment is its route key
// (content/route-key.ts), URL-safe by construction; encode anyway. A topic or a query from a
// feed may hold half a character (an emoji cut in two), which no address can hold: it is
// written as U+FFFD rather than break the page that links it.
import { wellFormedText } from "../content/clean-text";
import type { ItemKind } from "../content/feed-schema";
import { routeKey } from "../content/route-key";

const segment = (text: string) => encodeURIComponent(wellFormedText(text));

export const paths = {
  home: () => "/",
  article: (key: string) => `/articles/${segment(key)}`,
  post: (key: string) => `/posts/${segment(key)}`,
  people: () => "/people",
  person: (id: string) => `/people/${segment(id)}`,
  topic: (name: string) => `/topics/${segment(name)}`,
  search: (q?: string) => (q ? `/search?q=${segment(q)}` : "/search"),
};

/** A story's page: what its link needs is its id and its kind. */
export function itemPath(item: { id: string; _qingyue: { kind: ItemKind } }): string {
  const key = routeKey(item.id);
  return item._qingyue.kind === "article" ? paths.article(key) : paths.post(key);
}

/** The about page: the feed's own title, description, site and authors. */
export const aboutPath = () => "/about";
