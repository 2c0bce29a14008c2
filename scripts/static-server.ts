// A static server for the built site, as a plain static host would serve it: sirv serves the
// files under the root (each looked up when asked for, so a feed re-made while the server runs
// is served whole, at its new length, and a file removed is a 404), their brotli/gzip copies
// made at build time, ETags and 304s. Around it: a malformed or suspicious path is a 400 (with
// the not-found page, for a browser), a dotfile is not found, caching and security headers
// follow the README's Deploy section, a prerendered page at `<path>/index.html`, and any other
// page path gets 404.html with status 404 (or, on a site without one, the app shell). A Range
// is answered with the whole file (the site's files are small, and sirv's ranges gave the
// wrong bytes); an encoding the client refuses (`gzip;q=0`) is never sent. Used by `npm start`,
// the browser tests and the bench.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import sirv from "sirv";
import { CSP_HEADER } from "./csp";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/feed+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

/** Longer than any page or file of the site: refused before any lookup. */
const MAX_PATH = 1024;

export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

/** What the README's cache table says for a path. */
function cacheControl(pathname: string): string {
  if (pathname.startsWith("/assets/")) return "public, max-age=31536000, immutable";
  if (pathname.startsWith("/feed/") && pathname !== "/feed/feed.json") return "public, max-age=300";
  return "no-cache";
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader("Content-Security-Policy", CSP_HEADER);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
}

/**
 * The request's path, decoded, or the status that refuses it: no decoding error, NUL,
 * backslash or dot segment (however encoded) gets as far as a file lookup.
 */
export function checkPath(url: string | undefined): { pathname: string } | { status: number } {
  if (!url || !url.startsWith("/")) return { status: 400 };
  if (url.length > MAX_PATH) return { status: 414 };
  const raw = url.split(/[?#]/, 1)[0]!;
  let pathname: string;
  try {
    pathname = decodeURIComponent(raw);
  } catch {
    return { status: 400 };
  }
  // NUL and other control characters, and backslashes (a separator on some systems).
  if ([...pathname].some((char) => char === "\\" || char.charCodeAt(0) < 0x20 || char === "\u007f")) return { status: 400 };
  if (pathname.split("/").some((segment) => segment === "." || segment === "..")) return { status: 400 };
  return { pathname };
}

/** The build's encodings the client accepts ("gzip;q=0" refuses gzip), as the header sirv reads: "br, gzip", "gzip" or "". */
function acceptedEncodings(header: string | string[] | undefined): string {
  const accepted = new Set<string>();
  for (const part of String(header ?? "").split(",")) {
    const [name = "", ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(name);
  }
  return ["br", "gzip"].filter((name) => accepted.has(name)).join(", ");
}

function sendBody(req: IncomingMessage, res: ServerResponse, status: number, file: string): void {
  const accepts = acceptedEncodings(req.headers["accept-encoding"]);
  const variant = accepts.includes("br") && existsSync(`${file}.br`) ? "br" : accepts.includes("gzip") && existsSync(`${file}.gz`) ? "gzip" : undefined;
  const body = readFileSync(variant === "br" ? `${file}.br` : variant === "gzip" ? `${file}.gz` : file);
  res.writeHead(status, {
    "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
    "Content-Length": body.length,
    "Cache-Control": "no-cache",
    Vary: "Accept-Encoding",
    ...(variant ? { "Content-Encoding": variant } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

export async function serveStatic(root: string, port = 0): Promise<RunningServer> {
  const base = resolve(root);
  const handler = sirv(base, {
    // Each file is looked up and measured when asked for: a list made at start would serve a
    // file replaced since at its old length, cut off, and fail on one removed since.
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    // Page paths are answered below (404.html or the app shell); a missing file is a 404.
    single: false,
    setHeaders: (res, pathname) => {
      const type = TYPES[extname(pathname)];
      if (type) res.setHeader("Content-Type", type);
      res.setHeader("Cache-Control", cacheControl(pathname));
    },
  });

  const notFound = (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    // Missing files are real 404s; page paths belong to the app.
    if (extname(pathname) !== "") {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    // 404.html reads without JavaScript and boots the app, which renders the page if its
    // feed has it. A site without one (a feed other than the one built with) gets the app shell.
    const page404 = join(base, "404.html");
    if (existsSync(page404)) return sendBody(req, res, 404, page404);
    const shell = existsSync(join(base, "app-shell.html")) ? join(base, "app-shell.html") : join(base, "index.html");
    sendBody(req, res, 200, shell);
  };

  /**
   * A link that cannot be a page of the site (a broken escape, a path too long): the reader gets
   * the site's not-found page, in words, with the refusal's status; a program gets the status.
   */
  const refused = (req: IncomingMessage, res: ServerResponse, status: number) => {
    const page404 = join(base, "404.html");
    if (/\btext\/html\b/u.test(String(req.headers.accept ?? "")) && existsSync(page404)) return sendBody(req, res, status, page404);
    res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" }).end("bad request");
  };

  const server: Server = createServer((req, res) => {
    try {
      securityHeaders(res);
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { Allow: "GET, HEAD" }).end();
        return;
      }
      const checked = checkPath(req.url);
      if ("status" in checked) {
        refused(req, res, checked.status);
        return;
      }
      // A dotfile (.env, .git) is no part of the site.
      if (checked.pathname.split("/").some((segment) => segment.startsWith("."))) {
        notFound(req, res, checked.pathname);
        return;
      }
      delete req.headers.range;
      req.headers["accept-encoding"] = acceptedEncodings(req.headers["accept-encoding"]);
      // A file that cannot be read once its headers are sent (removed that instant) ends the
      // response, not the server.
      res.on("pipe", (source) => source.on("error", () => res.destroy()));
      handler(req, res, () => notFound(req, res, checked.pathname));
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", fail);
      ok();
    });
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
