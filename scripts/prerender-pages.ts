// Which pages to prerender: every item, person and topic in the built feed.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseFeedPage } from "../src/content/parse-feed-page";
import { htmlToText } from "../src/content/html-text";
import { uniqueById, walkPages } from "../src/content/paging";
import { PersonSchema, type Item } from "../src/content/feed-schema";
import { itemTopics } from "../src/content/item-topics";
import { aboutPath, itemPath, paths } from "../src/lib/paths";
import * as v from "valibot";

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, "utf8")) as unknown;
}

export async function collectPages(distDir: string): Promise<{ routes: string[]; items: Item[] }> {
  const pages: Item[][] = [];
  let peopleRef: string | undefined;
  // The built feed's pages, read from disk as the site will serve them (and walked the way
  // the app walks them: a next_url off the site or back to a page read is not followed).
  const origin = "http://dist.invalid";
  const read = async (url: string) => parseFeedPage(await readJson(join(distDir, decodeURIComponent(new URL(url).pathname))), { htmlToText }).page;
  for await (const { page } of walkPages(`${origin}/feed/feed.json`, read, (page) => page.next_url)) {
    peopleRef ??= page._qingyue?.people_url;
    pages.push(page.items);
  }
  const items = uniqueById(pages);
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
