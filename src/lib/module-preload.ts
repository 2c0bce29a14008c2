// The page's code, asked for all at once: the prerender lists every chunk a page needs in a
// JSON block (scripts/preload-links.ts), and the boot script turns the list into
// <link rel="modulepreload"> tags once the page's words are on the screen, so the chunks load
// in parallel without competing with the words.

const LIST_ID = "qingyue-modules";

/** The same-site script paths the page lists; nothing when the list is absent or damaged. */
export function listedModules(doc: Document): string[] {
  const text = doc.getElementById(LIST_ID)?.textContent;
  if (!text) return [];
  try {
    const list: unknown = JSON.parse(text);
    if (!Array.isArray(list)) return [];
    return list.filter((entry): entry is string => typeof entry === "string" && /^\/(?!\/)[\w./-]+\.js$/.test(entry));
  } catch {
    return [];
  }
}

/**
 * Adds a modulepreload link for each listed chunk (once each), in the listed order: the browser
 * fetches them in parallel. All at once, in one insertion: adding them a few a task (each link
 * costs the main thread about a millisecond on a slow phone) left the later chunks asking a task
 * or two later, behind the evaluation of the first ones, and the page hydrated 100–150 ms later.
 */
export function preloadListedModules(doc: Document = document): void {
  const present = new Set([...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.getAttribute("href")));
  const links = doc.createDocumentFragment();
  for (const path of listedModules(doc)) {
    if (present.has(path)) continue;
    present.add(path);
    const link = doc.createElement("link");
    link.rel = "modulepreload";
    link.crossOrigin = "";
    link.href = path;
    links.append(link);
  }
  doc.head.append(links);
}
