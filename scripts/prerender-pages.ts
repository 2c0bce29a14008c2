// Which pages to prerender: every item, person and topic in the built feed.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseFeedPage } from "../src/content/parse-feed-page";
import { htmlToText } from "../src/content/html-text";
import { PersonSchema, type Item } from "../src/content/feed-schema";
import { itemTopics } from "../src/content/item-topics";
import { aboutPath, itemPath, paths } from "../src/lib/paths";
import * as v from "valibot";

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, "utf8")) as unknown;
}

export async function collectPages(distDir: string): Promise<{ routes: string[]; items: Item[] }> {
  const items: Item[] = [];
  const seen = new Set<string>();
  const visited = new Set<string>();
  let name: string | undefined = "feed.json";
  let peopleRef: string | undefined;
  while (name !== undefined && !visited.has(name)) {
    visited.add(name);
    const { page } = parseFeedPage(await readJson(join(distDir, "feed", name)), { htmlToText });
    peopleRef ??= page._qingyue?.people_url;
    for (const item of page.items) {
      if (!seen.has(item.id)) items.push(item);
      seen.add(item.id);
    }
    // Shipped feeds use page-relative next_url ("feed-2.json").
    name = page.next_url?.split("/").pop();
  }
  const routes = new Set<string>(["/", paths.people(), aboutPath()]);
  for (const item of items) routes.add(itemPath(item));
  for (const item of items) for (const topic of itemTopics(item)) routes.add(paths.topic(topic));
  if (peopleRef) {
    const doc = (await readJson(join(distDir, "feed", peopleRef))) as { people?: unknown[] };
    for (const raw of doc.people ?? []) {
      const person = v.safeParse(PersonSchema, raw);
      if (person.success) routes.add(paths.person(person.output.id));
    }
  }
  // A path segment longer than a file name may be (a tag of hundreds of characters) is left
  // to the app shell, which renders any path.
  const fits = (route: string) => route.split("/").every((segment) => Buffer.byteLength(segment) <= 255);
  return { routes: [...routes].filter(fits), items };
}

/**
 * Where a route's page is written: a static host looks a request up by its decoded path, so
 * `/topics/%E6%9B%B2…` is the file `topics/曲…/index.html`. Undefined for a route no file can
 * stand for (an encoded slash, a dot segment, a NUL).
 */
export function routeFile(distDir: string, route: string): string | undefined {
  if (route === "/") return join(distDir, "index.html");
  const segments: string[] = [];
  for (const raw of route.split("/").slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === "" || segment === "." || segment === ".." || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return join(distDir, ...segments, "index.html");
}
