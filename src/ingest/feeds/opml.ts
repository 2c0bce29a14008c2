// OPML: a list of feeds to read. Each outline's xmlUrl names a feed; a relative one is a file
// beside the OPML file. Web addresses are named, not fetched: the ingest reads local files.
import { parseOpml } from "feedsmith";
import { dirname, resolve } from "node:path";

export type OpmlFeed = { path: string } | { url: string };

export function readOpml(text: string, opmlPath: string): OpmlFeed[] | { reason: string } {
  let opml: { body?: { outlines?: unknown[] } };
  try {
    opml = parseOpml(text) as typeof opml;
  } catch {
    return { reason: "OPML 格式有误，读不出订阅列表" };
  }
  const found: OpmlFeed[] = [];
  const walk = (outlines: unknown[] | undefined) => {
    for (const o of outlines ?? []) {
      if (typeof o !== "object" || o === null) continue;
      const { xmlUrl, outlines: children } = o as { xmlUrl?: unknown; outlines?: unknown[] };
      if (typeof xmlUrl === "string" && xmlUrl.trim() !== "") {
        const ref = xmlUrl.trim();
        found.push(/^[a-z][a-z0-9+.-]*:\/\//i.test(ref) ? { url: ref } : { path: resolve(dirname(opmlPath), ref.replace(/^file:\/\//, "")) });
      }
      walk(children);
    }
  };
  walk(opml.body?.outlines);
  return found.length > 0 ? found : { reason: "OPML 里没有订阅源（没有 xmlUrl）" };
}
