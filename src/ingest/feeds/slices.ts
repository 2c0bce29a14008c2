// A large XML feed cut into documents of a few entries each, so that the parser holds the tree
// of one slice at a time: read whole, a 45 MiB feed's tree took some 1.5 GB. Each slice is the
// feed's own start (declaration, doctype, root and channel, with every namespace and
// xml:base), a run of whole entries, and the feed's own end, so each entry reads as it does in
// the whole. Entries are found outside CDATA and comments; a feed whose entries nest or do not
// close is left to be read whole.

/** Feeds smaller than this are read whole. */
const SLICED_FROM = 4 * 1024 * 1024;
/** About how many characters of entries go into one slice. */
const SLICE_CHARS = 1024 * 1024;

/** A run of whole entries as a document of its own. */
export interface FeedSlice {
  text: string;
  /** Each of its entries as a document of its own: read one by one when the run does not read. */
  entries: () => string[];
}

interface FeedSlices {
  /** The feed without its entries: what the feed says of itself. */
  shell: string;
  /** Documents of whole entries, in order, each made when it is read. */
  slices: Iterable<FeedSlice>;
}

/**
 * The [start, end) of each whole top-level entry (<item> in RSS and RDF, <entry> in Atom), and
 * whether the scan met the document's end inside an entry, a CDATA section or a comment (a
 * cut-off download); undefined when entries nest or close unopened.
 */
export function scanEntries(xml: string, tag: string): { spans: [number, number][]; cut: boolean } | undefined {
  const token = new RegExp(`<!\\[CDATA\\[|<!--|<(/?)${tag}(?=[\\s/>])`, "gu");
  const spans: [number, number][] = [];
  let start = -1;
  for (let m = token.exec(xml); m !== null; m = token.exec(xml)) {
    if (m[0] === "<![CDATA[" || m[0] === "<!--") {
      const end = xml.indexOf(m[0] === "<!--" ? "-->" : "]]>", token.lastIndex);
      if (end === -1) return { spans, cut: true };
      token.lastIndex = end + 3;
      continue;
    }
    const close = xml.indexOf(">", token.lastIndex);
    if (close === -1) return { spans, cut: true };
    token.lastIndex = close + 1;
    if (m[1] === "/") {
      if (start === -1) return undefined;
      spans.push([start, close + 1]);
      start = -1;
    } else if (start !== -1) return undefined;
    else if (xml[close - 1] === "/") spans.push([m.index, close + 1]);
    else start = m.index;
  }
  return { spans, cut: start !== -1 };
}

/** The tag of a feed's entries by its root element: <entry> in Atom, <item> in RSS and RDF. */
export const entryTag = (root: string): string | undefined => (root === "feed" ? "entry" : /^(?:rss|(?:rdf:)?RDF)$/u.test(root) ? "item" : undefined);

/** The [start, end) of each top-level entry, or undefined. */
function entrySpans(xml: string, tag: string): [number, number][] | undefined {
  const found = scanEntries(xml, tag);
  return found === undefined || found.cut || found.spans.length === 0 ? undefined : found.spans;
}

/** How a feed is cut: from what length, and about how many characters of entries a slice holds. */
export interface Slicing {
  from: number;
  chars: number;
  /** The most entries a feed cut so may have. */
  most: number;
}
const BY_SIZE: Slicing = { from: SLICED_FROM, chars: SLICE_CHARS, most: Infinity };
/**
 * Whatever the feed's length, small runs of entries: a feed whose XML is broken inside some
 * entry reads run by run, and a run that does not read, entry by entry.
 */
export const BROKEN_FEED: Slicing = { from: 0, chars: 64 * 1024, most: Infinity };

/** The feed's shell and slices; undefined for a small feed, or one read more safely whole. */
export function feedSlices(xml: string, root: string, slicing: Slicing = BY_SIZE): FeedSlices | undefined {
  if (xml.length < slicing.from) return undefined;
  const tag = entryTag(root);
  const spans = tag === undefined ? undefined : entrySpans(xml, tag);
  if (spans === undefined || spans.length > slicing.most) return undefined;
  const head = xml.slice(0, spans[0]![0]);
  const tail = xml.slice(spans.at(-1)![1]);
  const own = ([start, end]: [number, number]) => head + xml.slice(start, end) + tail;
  function* slices(): Generator<FeedSlice> {
    for (let first = 0; first < spans!.length; ) {
      let last = first;
      while (last + 1 < spans!.length && spans![last + 1]![1] - spans![first]![0] <= slicing.chars) last += 1;
      const run = spans!.slice(first, last + 1);
      yield { text: head + xml.slice(spans![first]![0], spans![last]![1]) + tail, entries: () => run.map(own) };
      first = last + 1;
    }
  }
  return { shell: head + tail, slices: slices() };
}
