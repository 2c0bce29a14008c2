// RSS 1.0's enclosures (<enc:enclosure rdf:resource="…" enc:type="…"/>, the mod_enclosure
// module; classified-ad feeds carry their pictures so), which the feed parser does not read:
// each item's, in document order, read with an XML DOM.
import { DomUtils, parseDocument } from "htmlparser2";
import type { FeedEnclosure } from "./parse";

const NAMESPACE = "http://purl.oclc.org/net/rss_2.0/enc#";

type Node = ReturnType<typeof parseDocument>["children"][number];
type El = Extract<Node, { name: string; attribs: Record<string, string>; children: Node[] }>;

const localName = (name: string) => name.slice(name.indexOf(":") + 1);
/** An attribute by its local name, whatever prefix the feed gave it. */
const attribute = (el: El, name: string) => Object.entries(el.attribs).find(([key]) => localName(key) === name)?.[1]?.trim();

/** Each item's enclosures, in the order the items come; undefined when the feed uses no such module. */
export function rdfEnclosures(xml: string): FeedEnclosure[][] | undefined {
  if (!xml.includes(NAMESPACE)) return undefined;
  const doc = parseDocument(xml, { xmlMode: true });
  const items = DomUtils.findAll((el) => localName(el.name) === "item", doc.children);
  return items.map((item) =>
    DomUtils.findAll((el) => localName(el.name) === "enclosure" && el.name.includes(":"), item.children).flatMap((el) => {
      const url = attribute(el as El, "resource");
      if (url === undefined || url === "") return [];
      const type = attribute(el as El, "type");
      const length = Number(attribute(el as El, "length"));
      return [{ url, ...(type ? { type: type.toLowerCase() } : {}), ...(Number.isInteger(length) && length > 0 ? { length } : {}) }];
    }),
  );
}
