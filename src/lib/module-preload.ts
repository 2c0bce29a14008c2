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
 * Links a task adds. Each link costs the main thread about a millisecond on a slow phone (the
 * browser starts its fetch on insertion): two dozen at once would be one long task just after
 * the words paint, and nothing is gained by asking a few milliseconds sooner.
 */
const LINKS_PER_TASK = 6;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Adds a modulepreload link for each listed chunk (once each), in the listed order, a few a
 * task: the browser fetches them in parallel. Resolves once every link is in.
 */
export async function preloadListedModules(doc: Document = document): Promise<void> {
  const present = new Set([...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.getAttribute("href")));
  const wanted = listedModules(doc).filter((path) => !present.has(path) && present.add(path));
  for (let from = 0; from < wanted.length; from += LINKS_PER_TASK) {
    if (from > 0) await nextTask();
    const batch = doc.createDocumentFragment();
    for (const path of wanted.slice(from, from + LINKS_PER_TASK)) {
      const link = doc.createElement("link");
      link.rel = "modulepreload";
      link.crossOrigin = "";
      link.href = path;
      batch.append(link);
    }
    doc.head.append(batch);
  }
}
