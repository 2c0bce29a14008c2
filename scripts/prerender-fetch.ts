// While prerendering, the app's loaders fetch the feed from the site's own URL; answer
// those requests from the built files, as the static host will.
import { readFile } from "node:fs/promises";
import { join, normalize } from "node:path";

export function installFeedFetch(distDir: string, siteUrl: string): void {
  const origin = new URL(siteUrl).origin;
  globalThis.fetch = async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== origin) throw new TypeError(`prerender fetches only the site's own files: ${url.href}`);
    const file = normalize(join(distDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(normalize(distDir))) return new Response(null, { status: 400 });
    try {
      const body = await readFile(file);
      return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
    } catch {
      return new Response("not found", { status: 404 });
    }
  };
}
