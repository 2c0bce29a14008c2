// Command-line arguments of `npm run ingest -- [--out DIR] [--page-size N] [--base-url URL] INPUT...`.
import { parseArgs } from "node:util";

export interface CliOptions {
  out: string;
  pageSize: number;
  baseUrl: string;
  inputs: string[];
  /** --images DIR and where the site serves it (--images-url, "/images" unless told). */
  images?: { dir: string; urlPath: string };
}

export const USAGE = `usage: npm run ingest -- [--out DIR] [--page-size N] [--base-url URL] INPUT...

  INPUT        a page (text, one paragraph a line, or an HTML document, in UTF-8,
               GBK/GB18030 or Big5), a folder of pages, a .jsonl file of
               {"text": …} or {"html": …, "url": …} lines, an http(s) address,
               Weibo data (.json, .csv as Weibo's APIs and crawlers write them)
               or a feed (.xml/.rss/.atom/.rdf, JSON Feed .json, .opml list of feeds);
               each file's kind is read from its content
  --out        where to write feed.json, feed-2.json …, people.json (default public/feed)
  --page-size  items per feed page (default 10)
  --base-url   the site's public address, e.g. https://example.org; links stay
               root-relative without it
  --images     save every picture into this folder (each once, named by its content)
               and point the feed at the site's copies
  --images-url where the site serves that folder (default /images)`;

export class UsageError extends Error {
  override name = "UsageError";
}

export function parseCliArgs(argv: readonly string[]): CliOptions | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        "page-size": { type: "string" },
        "base-url": { type: "string" },
        images: { type: "string" },
        "images-url": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length === 0) throw new UsageError("no INPUT given");
  const size = values["page-size"] ?? "10";
  if (!/^[1-9]\d{0,5}$/u.test(size)) throw new UsageError(`--page-size must be a whole number from 1, got "${size}"`);
  const baseUrl = (values["base-url"] ?? "").replace(/\/+$/u, "");
  if (baseUrl !== "" && !/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/iu.test(baseUrl)) {
    throw new UsageError(`--base-url must be an http(s) address without query or fragment, got "${values["base-url"]}"`);
  }
  const imagesUrl = (values["images-url"] ?? "/images").replace(/\/+$/u, "");
  if (!/^\/[^\s?#]*$/u.test(imagesUrl)) throw new UsageError(`--images-url must be a path on the site such as /images, got "${values["images-url"]}"`);
  if (values["images-url"] !== undefined && values.images === undefined) throw new UsageError("--images-url needs --images DIR");
  return {
    out: values.out ?? "public/feed",
    pageSize: Number(size),
    baseUrl,
    inputs: positionals,
    ...(values.images !== undefined ? { images: { dir: values.images, urlPath: `${baseUrl}${imagesUrl}` } } : {}),
  };
}
