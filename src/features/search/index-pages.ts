// A feed without a search index (any other publisher's JSON Feed): its stories indexed here,
// in the browser, the way the ingest indexes them. Loaded only for such a feed.
import type { Item } from "../../content/feed-schema";
import { itemSearchDoc } from "../../content/search/item-text";
import { SearchIndexBuilder, type SearchDoc } from "../../content/search/index-builder";

export function indexItems(items: readonly Item[]): { index: SearchIndexBuilder; docs: SearchDoc[] } {
  const index = new SearchIndexBuilder();
  const docs = items.map(itemSearchDoc);
  for (const doc of docs) index.add(doc);
  return { index, docs };
}
