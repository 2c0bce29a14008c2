// @vitest-environment node
// The static server serves the site's root and nothing else, whatever the path looks like.
// Requests go over raw sockets: they arrive byte for byte as written, with no client
// normalising the path first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { serveStatic, type RunningServer } from "../../scripts/static-server";
import { precompress } from "../../scripts/precompress";

const SECRET = "SECRET-OUTSIDE-THE-SITE";
let top: string;
let server: RunningServer;

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One HTTP/1.1 request, the request line exactly as given. */
function request(path: string | Buffer, headers: Record<string, string> = {}, origin = server.origin): Promise<Reply> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf("\r\n\r\n");
      const head = raw.subarray(0, split).toString("latin1").split("\r\n");
      const status = Number(head[0]?.split(" ")[1]);
      const fields = Object.fromEntries(head.slice(1).map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
      resolve({ status, headers: fields, body: raw.subarray(split + 4) });
    });
    const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join("");
    socket.write(Buffer.concat([Buffer.from("GET "), Buffer.from(path), Buffer.from(` HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${extra}\r\n`)]));
  });
}

beforeAll(async () => {
  top = mkdtempSync(join(tmpdir(), "qingyue-static-"));
  const site = join(top, "dist");
  for (const dir of ["assets", "feed", "topics/曲检人物", "articles/a-1"]) mkdirSync(join(site, dir), { recursive: true });
  // What must never be served: a sibling of the root, and a dotfile inside it.
  mkdirSync(join(top, "dist-ssr"));
  writeFileSync(join(top, "dist-ssr", "prerender.js"), SECRET);
  writeFileSync(join(top, "secret.txt"), SECRET);
  writeFileSync(join(site, ".env"), SECRET);
  writeFileSync(join(site, "index.html"), `<!doctype html><title>home</title>${"首页".repeat(800)}`);
  writeFileSync(join(site, "app-shell.html"), "<!doctype html><title>shell</title>");
  writeFileSync(join(site, "404.html"), "<!doctype html><title>页面不存在</title><h1>页面不存在</h1>");
  writeFileSync(join(site, "topics/曲检人物/index.html"), "<!doctype html><title>#曲检人物#</title>");
  writeFileSync(join(site, "articles/a-1/index.html"), "<!doctype html><title>article</title>");
  writeFileSync(join(site, "assets/app-abc123.js"), `console.log(${JSON.stringify("x".repeat(4000))});`);
  writeFileSync(join(site, "feed/feed.json"), JSON.stringify({ items: [] }));
  writeFileSync(join(site, "feed/feed-2.json"), JSON.stringify({ items: [] }));
  await precompress(site);
  server = await serveStatic(site);
});

afterAll(async () => {
  await server?.close();
  rmSync(top, { recursive: true, force: true });
});

describe("the static server", () => {
  it("serves a prerendered page at its real (percent-encoded) URL, with the site's headers", async () => {
    const reply = await request(`/topics/${encodeURIComponent("曲检人物")}`);
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toContain("#曲检人物#");
    expect(reply.headers["content-type"]).toMatch(/^text\/html; ?charset=utf-8$/);
    expect(reply.headers["cache-control"]).toBe("no-cache");
    expect(reply.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
    expect(reply.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect((await request("/articles/a-1")).body.toString()).toContain("article");
  });

  it("compresses text, caches hashed assets for good, and answers a matching ETag with 304", async () => {
    const asset = await request("/assets/app-abc123.js", { "Accept-Encoding": "gzip" });
    expect(asset.status).toBe(200);
    expect(asset.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(asset.body).toString()).toContain("console.log");
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect((await request("/", { "Accept-Encoding": "br, gzip" })).headers["content-encoding"]).toBe("br");
    const etag = asset.headers.etag!;
    expect(etag).toBeTruthy();
    expect((await request("/assets/app-abc123.js", { "If-None-Match": etag, "Accept-Encoding": "gzip" })).status).toBe(304);
    const feed = await request("/feed/feed-2.json");
    expect(feed.headers["content-type"]).toBe("application/feed+json; charset=utf-8");
    expect(feed.headers["cache-control"]).toBe("public, max-age=300");
    expect((await request("/feed/feed.json")).headers["cache-control"]).toBe("no-cache");
  });

  it("answers an unknown page path with 404.html and status 404, and a missing file with a plain 404", async () => {
    const page = await request("/no/such/page");
    expect(page.status).toBe(404);
    expect(page.body.toString()).toContain("页面不存在");
    expect((await request("/assets/missing-123.js")).status).toBe(404);
  });

  const TRICKS = [
    "/..%2fdist-ssr%2fprerender.js",
    "/..%2Fdist-ssr%2Fprerender.js",
    "/../dist-ssr/prerender.js",
    "/../secret.txt",
    "/assets/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/%2E%2E%2Fsecret.txt",
    "/.%2e/secret.txt",
    "/..\\secret.txt",
    "/..%5csecret.txt",
    "/..%5Cdist-ssr%5Cprerender.js",
    "/%252e%252e%252fsecret.txt",
    "/..%252fsecret.txt",
    "/%c0%ae%c0%ae/secret.txt",
    "/%c0%af..%c0%afsecret.txt",
    "/secret.txt%00.html",
    "/..%00/secret.txt",
    "/%",
    "/%zz",
    "/%e6%9b",
    "/.env",
    "/%2eenv",
    "//..//secret.txt",
    `/${"a/".repeat(2000)}`,
    `/${"..%2f".repeat(300)}secret.txt`,
    "/topics/%2e%2e%2f%2e%2e%2fsecret.txt",
  ];
  const named = TRICKS.map((path) => [path.length > 60 ? `${path.slice(0, 30)}… (${path.length} characters)` : path, path]);
  it.each(named)("never serves anything outside the site for %s, and keeps serving", async (_name, path) => {
    const reply = await request(path!);
    expect(reply.body.toString()).not.toContain(SECRET);
    expect([400, 404, 414]).toContain(reply.status);
    expect((await request("/")).status).toBe(200);
  });

  it("refuses malformed paths with 400", async () => {
    for (const path of ["/%", "/%e6%9b", "/%c0%ae%c0%ae/secret.txt", "/..%2fdist-ssr%2fprerender.js", "/a%00b", "/..\\secret.txt"]) {
      expect((await request(path)).status, path).toBe(400);
    }
    expect((await request(Buffer.from([0x2f, 0x61, 0x00, 0x62]))).status).toBe(400);
  });

  it("shows a reader who follows a broken or overlong link the site's not-found page, with the refusal's status", async () => {
    const html = { Accept: "text/html,application/xhtml+xml" };
    const broken = await request("/posts/%E0%A4%A", html);
    expect(broken.status).toBe(400);
    expect(broken.headers["content-type"]).toContain("text/html");
    expect(broken.body.toString()).toContain("页面不存在");
    const long = await request(`/posts/${"a".repeat(5000)}`, html);
    expect(long.status).toBe(414);
    expect(long.body.toString()).toContain("页面不存在");
    // Never a file from outside the site, whatever the page says.
    expect((await request("/..%2fsecret.txt", html)).body.toString()).not.toContain(SECRET);
    // A program asking for data gets the status alone.
    expect((await request("/posts/%E0%A4%A")).body.toString()).not.toContain("页面不存在");
  });
});

describe("the static server while the feed is re-made under it", () => {
  it("serves a file replaced since it started whole, at its new length; one added; one removed as a 404, and keeps serving", async () => {
    const site = mkdtempSync(join(tmpdir(), "qingyue-static-remade-"));
    mkdirSync(join(site, "feed"));
    writeFileSync(join(site, "index.html"), "<!doctype html><title>home</title>");
    writeFileSync(join(site, "feed/feed.json"), JSON.stringify({ items: [] }));
    writeFileSync(join(site, "feed/feed-2.json"), JSON.stringify({ items: [] }));
    const running = await serveStatic(site);
    try {
      // As the ingest puts a page in place: written beside it, then renamed over it.
      const remade = { items: [{ id: "1", content_text: "重新生成的订阅源里的一条" }] };
      writeFileSync(join(site, "feed/feed.json.tmp"), JSON.stringify(remade));
      renameSync(join(site, "feed/feed.json.tmp"), join(site, "feed/feed.json"));
      writeFileSync(join(site, "feed/feed-3.json"), JSON.stringify({ items: [] }));
      rmSync(join(site, "feed/feed-2.json"));
      const page = await request("/feed/feed.json", {}, running.origin);
      expect(JSON.parse(page.body.toString())).toEqual(remade);
      expect((await request("/feed/feed-3.json", {}, running.origin)).status).toBe(200);
      expect((await request("/feed/feed-2.json", {}, running.origin)).status).toBe(404);
      expect((await request("/", {}, running.origin)).status).toBe(200);
    } finally {
      await running.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe("the static server asked for part of a file, or in an encoding it refuses", () => {
  it("answers a Range with the whole file, never the wrong bytes or a negative length", async () => {
    for (const range of ["bytes=-5", "bytes=0-0", "bytes=5-2", "bytes=-0", "bytes=0-1,5-6", "items=abc"]) {
      const reply = await request("/feed/feed.json", { Range: range });
      expect(reply.status, range).toBe(200);
      expect(reply.headers["content-range"], range).toBeUndefined();
      expect(JSON.parse(reply.body.toString()), range).toEqual({ items: [] });
    }
  });

  it("never sends gzip or brotli to a client that refuses them", async () => {
    const refused = await request("/assets/app-abc123.js", { "Accept-Encoding": "br;q=0, gzip;q=0, identity" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.toString()).toContain("console.log");
    expect((await request("/", { "Accept-Encoding": "br;q=0, gzip" })).headers["content-encoding"]).toBe("gzip");
    const page = await request("/no/such/page", { "Accept-Encoding": "gzip;q=0" });
    expect(page.headers["content-encoding"]).toBeUndefined();
    expect(page.body.toString()).toContain("页面不存在");
  });
});
