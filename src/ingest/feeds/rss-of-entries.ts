// An RSS document whose channel holds Atom <entry> elements and no <item> (a generator that
// wrote Atom's entries into an RSS template): read as the Atom feed it is, with the channel's
// title and link, and the namespaces the RSS root declares. Read as RSS, it has no entries.
import { prologue } from "./doctype";
import { scanEntries } from "./slices";

const ATOM = "http://www.w3.org/2005/Atom";

/** The Atom feed such a document is; undefined for any other. */
export function rssOfEntries(xml: string): string | undefined {
  const { rootAt } = prologue(xml);
  const root = rootAt === -1 ? undefined : /^<rss\b([^>]*)>/u.exec(xml.slice(rootAt, rootAt + 4096));
  // Tested first in one look each, so that an RSS feed of items is not scanned again.
  if (!root || /<item[\s/>]/u.test(xml) || !/<entry[\s/>]/u.test(xml)) return undefined;
  const entries = scanEntries(xml, "entry");
  if (entries === undefined || entries.spans.length === 0) return undefined;
  const spans = entries.spans;
  const head = xml.slice(rootAt, spans[0]![0]);
  const title = /<title(?:\s[^>]*)?>([\s\S]*?)<\/title>/u.exec(head)?.[1];
  const link = /<link(?:\s[^>]*)?>([^<]+)<\/link>/u.exec(head)?.[1]?.trim();
  const namespaces = [...(root[1] ?? "").matchAll(/\sxmlns:[\w.-]+\s*=\s*("[^"]*"|'[^']*')/gu)].map((m) => m[0]).join("");
  const body = spans.map(([start, end]) => xml.slice(start, end)).join("\n");
  return (
    `${xml.slice(0, rootAt)}<feed xmlns="${ATOM}"${namespaces}>` +
    (title !== undefined ? `<title>${title}</title>` : "") +
    (link ? `<link rel="alternate" href="${link.replace(/"/gu, "&quot;")}"/>` : "") +
    `${body}</feed>`
  );
}
