// The data a prerendered page was rendered from, carried in the page itself: the browser
// hydrates from exactly what the server rendered, whatever the live feed says by then, and
// refreshes afterwards (new stories wait behind "N 条新内容"). A JSON data block is not a
// script the browser runs, so the strict CSP (script-src 'self') allows it.
import { dehydrate, hydrate, type DehydratedState, type Query, type QueryClient } from "@tanstack/react-query";
import { currentOrigin } from "../lib/site";

const PAGE_DATA_ID = "qingyue-data";

/** Pages and index shards are how a page's data was found, not what it shows: they stay out (people and the feed's authors are shown). */
const SHOWN = new Set(["info", "window", "item", "items", "topic"]);

function isShown(query: Query): boolean {
  const [resource, part] = query.queryKey;
  return query.state.status === "success" && (resource === "people" || (resource === "feed" && SHOWN.has(String(part))));
}

/**
 * The cache's shown queries as a <script type="application/json"> block. `<` is escaped in
 * the JSON, so no `</script>` or `<!--` in a story can end the block early.
 */
export function pageDataBlock(client: QueryClient, origin = currentOrigin()): string {
  const state = dehydrate(client, { shouldDehydrateQuery: isShown });
  const json = JSON.stringify(state)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  // The site's address the data's absolute URLs (page addresses) were made with.
  return `<script type="application/json" id="${PAGE_DATA_ID}" data-origin="${origin}">${json}</script>`;
}

/** Fills `client` from the page's data block; true when the page carried one. */
export function hydrateFromPage(client: QueryClient, doc: Document = document, origin = window.location.origin): boolean {
  const block = doc.getElementById(PAGE_DATA_ID);
  let text = block?.textContent;
  if (!block || !text) return false;
  // Served from another address than the one it was built for (a preview host, a test
  // server): the feed's pages are read from here, so their addresses move here too.
  const builtFor = block.dataset.origin;
  if (builtFor && builtFor !== origin) text = text.split(`${builtFor}/`).join(`${origin}/`);
  let state: DehydratedState;
  try {
    state = JSON.parse(text) as DehydratedState;
  } catch {
    // A damaged block only costs the head start: the loaders fetch what they need.
    return false;
  }
  hydrate(client, state);
  return true;
}
