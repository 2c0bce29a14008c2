// A static server for the built site, as a plain static host would serve it: files as
// they are, a prerendered page at `<path>/index.html`, every other page path falls back to
// the app shell, and text is compressed as a CDN would. Used by `npm start`, the browser tests and the bench.
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, gzipSync, constants as zlib } from "node:zlib";
import { CSP_HEADER } from "./csp";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/feed+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function serveStatic(root: string, port = 0): Promise<RunningServer> {
  const base = resolve(root);
  // Compressed bodies, kept for the server's life: a built site does not change under it.
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      const file = normalize(join(base, pathname));
      if (!file.startsWith(base)) {
        res.writeHead(400).end();
        return;
      }
      let target = file;
      if (!(await isFile(target)) && (await isFile(join(file, "index.html")))) target = join(file, "index.html");
      if (!(await isFile(target))) {
        // Missing assets are real 404s; page paths belong to the app.
        if (extname(pathname) !== "") {
          res.writeHead(404, { "content-type": "text/plain" }).end("not found");
          return;
        }
        // The empty app shell, not the prerendered home page, so an unknown path never
        // flashes the feed before the app renders its own answer.
        target = (await isFile(join(base, "app-shell.html"))) ? join(base, "app-shell.html") : join(base, "index.html");
      }
      let body: Buffer = await readFile(target);
      const type = TYPES[extname(target)] ?? "application/octet-stream";
      const accepts = String(req.headers["accept-encoding"] ?? "");
      // Compress text as every CDN does; benchmarks would otherwise measure raw bytes.
      let encoding: string | undefined;
      if (/^(text|application\/(feed\+)?json|application\/xml|image\/svg)/.test(type) && body.length > 1024) {
        encoding = /\bbr\b/.test(accepts) ? "br" : /\bgzip\b/.test(accepts) ? "gzip" : undefined;
        if (encoding) {
          const key = `${encoding} ${target}`;
          const cached = compressed.get(key);
          const raw = body;
          body = cached ?? (encoding === "br" ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(raw, { level: 9 }));
          compressed.set(key, body);
        }
      }
      res.writeHead(200, {
        ...(encoding ? { "content-encoding": encoding } : {}),
        vary: "accept-encoding",
        "content-type": type,
        "cache-control": pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
        "content-security-policy": CSP_HEADER,
        "x-content-type-options": "nosniff",
        "referrer-policy": "strict-origin-when-cross-origin",
      });
      res.end(body);
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((ok) => server.listen(port, "127.0.0.1", ok));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
