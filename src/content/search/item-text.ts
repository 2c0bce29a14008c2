// What of a story is searched: its title and its body text, as a reader sees them.
import type { Item } from "../feed-schema";
import { htmlToText } from "../html-text";
import type { SearchDoc } from "./index-builder";

export interface SearchText {
  title: string;
  body: string;
}

function bodyLines(item: Item): string[] {
  const ext = item._qingyue;
  switch (ext.kind) {
    case "article":
      return ext.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs]);
    case "post":
      // A repost reads with the words it quotes.
      return [...ext.paragraphs, ...(ext.repost?.headline ? [ext.repost.headline] : []), ...(ext.repost?.paragraphs ?? [])];
    case "trending":
      return [ext.text];
  }
}

/** The title and the body text of an item (paragraphs on lines of their own). */
export function itemSearchText(item: Item): SearchText {
  const ext = item._qingyue;
  const title = item.title ?? (ext.kind === "post" ? ext.headline : undefined) ?? "";
  const lines = bodyLines(item);
  const body = lines.length > 0 ? lines.join("\n") : (item.content_text ?? htmlToText(item.content_html ?? "", { known: true }));
  return { title, body };
}

/** A story as the search index keeps it. */
export function itemSearchDoc(item: Item): SearchDoc {
  const { title, body } = itemSearchText(item);
  return { id: item.id, kind: item._qingyue.kind, ...(title ? { title } : {}), text: body };
}
