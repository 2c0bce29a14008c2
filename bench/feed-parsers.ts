// Which feed parser reads broken feeds best: feedsmith and @rowanmanning/feed-parser on ten
// feeds broken the ways feeds in the wild are. A case is handled when the parser gives the
// entry with its title and link (a feed it can read), or refuses it (a feed cut off or not a
// feed at all, which must never be half-read). `npm run bench:feed-parsers`.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { parseFeed as feedsmith } from "feedsmith";

const require = createRequire(import.meta.url);
const rowan = require("@rowanmanning/feed-parser") as {
  parseFeed: (xml: string) => { items: { title: string | null; url: string | null }[] };
};

interface Case {
  name: string;
  xml: string;
  /** The first entry's title and link, or "refuse". */
  expect: { title: string; link: string } | "refuse";
}

const item = (title: string, link = "https://example.org/1") => `<item><title>${title}</title><link>${link}</link><description>正文</description></item>`;
const rss = (body: string, head = `<?xml version="1.0" encoding="UTF-8"?>`) =>
  `${head}<rss version="2.0"><channel><title>站点</title><link>https://example.org/</link>${body}</channel></rss>`;

export const BROKEN_FEEDS: Case[] = [
  { name: "bare & in a title", xml: rss(item("A&B 公司年报")), expect: { title: "A&B 公司年报", link: "https://example.org/1" } },
  { name: "HTML entities undeclared in XML", xml: rss(item("标题&nbsp;&mdash;一")), expect: { title: "标题\u00a0—一", link: "https://example.org/1" } },
  { name: "cut off after a whole entry", xml: rss(item("标题")).replace("</channel></rss>", ""), expect: "refuse" },
  {
    name: "Atom without its namespace",
    xml: `<?xml version="1.0"?><feed><title>站点</title><entry><title>标题</title><link href="https://example.org/1"/><id>1</id></entry></feed>`,
    expect: { title: "标题", link: "https://example.org/1" },
  },
  { name: "mis-nested tags in an entry", xml: rss(`<item><title>标题</title><link>https://example.org/1</link><description><b>一<i>二</b></i></description></item>`), expect: { title: "标题", link: "https://example.org/1" } },
  { name: "undeclared namespace prefix", xml: rss(`<item><title>标题</title><link>https://example.org/1</link><media:content url="https://example.org/a.jpg"/></item>`), expect: { title: "标题", link: "https://example.org/1" } },
  {
    name: "RSS 1.0 items outside the channel",
    xml: `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://example.org/"><title>站点</title><link>https://example.org/</link></channel><item rdf:about="https://example.org/1"><title>标题</title><link>https://example.org/1</link></item></rdf:RDF>`,
    expect: { title: "标题", link: "https://example.org/1" },
  },
  { name: "link with spaces and a CDATA title", xml: rss(`<item><title><![CDATA[标题]]></title><link>\n  https://example.org/1  \n</link></item>`), expect: { title: "标题", link: "https://example.org/1" } },
  { name: "cut off mid-entry", xml: rss(item("标题")).slice(0, 150), expect: "refuse" },
  { name: "an HTML page, not a feed", xml: `<!doctype html><html><head><title>新闻</title></head><body><p>正文</p></body></html>`, expect: "refuse" },
];

type Outcome = { title: string; link: string } | "refuse";

function viaFeedsmith(xml: string): Outcome {
  try {
    const { format, feed } = feedsmith(xml) as { format: string; feed: Record<string, unknown> };
    const entries = (format === "atom" ? feed.entries : feed.items) as Record<string, unknown>[] | undefined;
    const first = entries?.[0];
    if (!first) return "refuse";
    const title = typeof first.title === "string" ? first.title : ((first.title as { value?: string } | undefined)?.value ?? "");
    const link = typeof first.link === "string" ? first.link : ((first.links as { href?: string }[] | undefined)?.[0]?.href ?? "");
    return { title, link: link.trim() };
  } catch {
    return "refuse";
  }
}

function viaRowan(xml: string): Outcome {
  try {
    const first = rowan.parseFeed(xml).items[0];
    return first ? { title: first.title ?? "", link: (first.url ?? "").trim() } : "refuse";
  } catch {
    return "refuse";
  }
}

const same = (a: Outcome, b: Outcome) => (a === "refuse" || b === "refuse" ? a === b : a.title === b.title && a.link === b.link);

export function compareFeedParsers(): { feedsmith: number; rowan: number; rows: string[] } {
  let fs = 0;
  let rw = 0;
  const rows = BROKEN_FEEDS.map((c) => {
    const a = same(viaFeedsmith(c.xml), c.expect);
    const b = same(viaRowan(c.xml), c.expect);
    fs += a ? 1 : 0;
    rw += b ? 1 : 0;
    return `  ${c.name.padEnd(48)} feedsmith ${a ? "✓" : "✗"}   feed-parser ${b ? "✓" : "✗"}`;
  });
  return { feedsmith: fs, rowan: rw, rows };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = compareFeedParsers();
  console.log(result.rows.join("\n"));
  console.log(`feedsmith ${result.feedsmith}/${BROKEN_FEEDS.length}, @rowanmanning/feed-parser ${result.rowan}/${BROKEN_FEEDS.length}`);
}
