// The addresses a picture gives, best first: the largest its srcsets name, its lazy-loading
// attributes, its src, then each srcset's largest (pages that set only a srcset). Shared by news
// pages (linkedom) and feed entries (htmlparser2), which read attributes each their own way.

// Chinese sites' lazy loaders too: echo.js's data-echo, Taobao's data-ks-lazyload, jQuery
// lazyload's bare "original", Discuz forums' zoomfile and file (over a none.gif src), and the
// _src Baidu's UEditor keeps beside (or instead of) the src.
const LAZY_SRC = [
  "data-src", "data-original", "data-original-src", "data-lazy-src", "data-url", "data-actualsrc", "data-echo", "data-lazyload", "data-ks-lazyload",
  "lazy-src", "original", "zoomfile", "file", "src", "_src",
];
const LAZY_SRCSET = ["data-srcset", "data-lazy-srcset", "srcset"];

interface Candidate {
  ref: string;
  size: number;
  /** Said in pixels wide ("640w"), not as a density ("2x") or not at all. */
  wide: boolean;
}

function candidates(srcset: string | null | undefined): Candidate[] {
  const found: Candidate[] = [];
  for (const candidate of (srcset ?? "").split(/,\s+/u)) {
    const [ref, descriptor = ""] = candidate.trim().split(/\s+/u);
    if (!ref || ref.startsWith("data:")) continue;
    found.push({ ref, size: Number.parseFloat(descriptor) || 1, wide: /w$/iu.test(descriptor) });
  }
  return found;
}

/** The largest of them (the last of equals): "a-320.jpg 320w, a-640.jpg 640w" → a-640.jpg. */
function largest(found: readonly Candidate[]): string | undefined {
  let best: Candidate | undefined;
  for (const candidate of found) if (best === undefined || candidate.size >= best.size) best = candidate;
  return best?.ref;
}

// One rule for every picture the ingest reads, as for feeds' renditions and Weibo's sizes: the
// largest the page offers. A srcset names sizes for wide screens beside a src sized for a narrow
// column (WordPress's 300×200 src beside its 1024w), so the widest it names (or its densest, "440px.jpg 2x")
// comes before the src.

/** `attribute` reads the <img>'s attributes; `sources` are the srcsets of the <picture> around it. */
export function pictureRefs(attribute: (name: string) => string | undefined, sources: readonly (string | undefined)[] = []): string[] {
  const own = LAZY_SRCSET.map((name) => candidates(attribute(name)));
  const around = sources.map(candidates);
  // Sizes said in pixels wide compare across the <img> and its <picture>'s sources; densities ("2x") only within one srcset.
  const dense = own.flat().filter((c) => !c.wide && c.size > 1);
  const wide = [...own, ...around].flat().filter((c) => c.wide);
  // A src said to be wider than any the srcset names (the original beside its smaller copies) stays first.
  const width = attribute("width")?.trim() ?? "";
  const srcWidth = /^\d{1,6}$/u.test(width) ? Number(width) : 0;
  const widest = wide.length > 0 ? (wide.some((c) => c.size >= srcWidth) ? largest(wide) : undefined) : largest(dense);
  const refs = [widest, ...LAZY_SRC.map((name) => attribute(name)?.trim()), ...own.map(largest), ...around.map(largest)];
  // A data: address is a placeholder (or an icon drawn inline), never the story's picture.
  return refs.filter((r): r is string => r !== undefined && r !== "" && !r.startsWith("data:"));
}

const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif)$/iu;

/** A picture's file name without the size its host writes in (Blogger's "=w400-h300", WordPress's "-300x200"). */
function pictureName(address: string): string {
  const file = address.replace(/[?#].*$/su, "").split("/").pop() ?? "";
  return file.replace(/=[\w-]*$/u, "").replace(/-\d{2,5}x\d{2,5}(?=\.\w+$)/u, "").toLowerCase();
}

/**
 * The full-size picture a small one links to, as blogs set them (Blogger's s320 picture in a link
 * to its s1600, WordPress's "link to media file"): the same file name at another size. A link to
 * anything else (a page, another picture) is no larger copy.
 */
export function largerCopy(href: string | undefined, ref: string | undefined): string | undefined {
  if (href === undefined || ref === undefined || href === ref) return undefined;
  const path = href.replace(/[?#].*$/su, "");
  const looksLikePicture = PICTURE_FILE.test(path) || /^https?:\/\/[\w.-]*googleusercontent\.com\/img\//iu.test(path);
  const name = pictureName(href);
  return looksLikePicture && name !== "" && name === pictureName(ref) ? href.trim() : undefined;
}
