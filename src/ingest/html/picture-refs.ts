// The addresses a picture gives, best first: its lazy-loading attributes, its src, then its
// srcset and those of the <picture> around it (pages that set only a srcset). Shared by news
// pages (linkedom) and feed entries (htmlparser2), which read attributes each their own way.

// Chinese sites' lazy loaders too: echo.js's data-echo, Taobao's data-ks-lazyload, jQuery
// lazyload's bare "original", Discuz forums' zoomfile and file (over a none.gif src), and the
// _src Baidu's UEditor keeps beside (or instead of) the src.
const LAZY_SRC = [
  "data-src", "data-original", "data-original-src", "data-lazy-src", "data-url", "data-actualsrc", "data-echo", "data-lazyload", "data-ks-lazyload",
  "lazy-src", "original", "zoomfile", "file", "src", "_src",
];
const LAZY_SRCSET = ["data-srcset", "data-lazy-srcset", "srcset"];

/** The widest picture a srcset offers ("a-320.jpg 320w, a-640.jpg 640w" → a-640.jpg); else its last. */
function fromSrcset(srcset: string | null | undefined): string | undefined {
  let best: { ref: string; size: number } | undefined;
  for (const candidate of (srcset ?? "").split(/,\s+/u)) {
    const [ref, descriptor] = candidate.trim().split(/\s+/u);
    if (!ref || ref.startsWith("data:")) continue;
    const size = Number.parseFloat(descriptor ?? "1") || 1;
    if (best === undefined || size >= best.size) best = { ref, size };
  }
  return best?.ref;
}

/** `attribute` reads the <img>'s attributes; `sources` are the srcsets of the <picture> around it. */
export function pictureRefs(attribute: (name: string) => string | undefined, sources: readonly (string | undefined)[] = []): string[] {
  const refs = [...LAZY_SRC.map((name) => attribute(name)?.trim()), ...LAZY_SRCSET.map((name) => fromSrcset(attribute(name))), ...sources.map(fromSrcset)];
  // A data: address is a placeholder (or an icon drawn inline), never the story's picture.
  return refs.filter((r): r is string => r !== undefined && r !== "" && !r.startsWith("data:"));
}
