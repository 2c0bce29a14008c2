// @vitest-environment node
// `--images DIR` against a local picture host that, like Weibo's, refuses requests without the
// Referer it expects: each picture is fetched once with that Referer, checked, saved under a
// content-hashed name, and the feed points at the site's copy; a picture that cannot be had
// is named with its reason and the post is still written with the original address.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { LookupFunction } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FeedPage, PostItem } from "../../../src/content/feed-schema";
import { ingest } from "../../../src/ingest/ingest";

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
const dir = mkdtempSync(join(tmpdir(), "qingyue-images-"));
const requests: { path: string; referer?: string }[] = [];
let server: Server;
let port = 0;

// Every host name resolves to this machine: the pictures' real hosts are never asked.
const lookup = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
  if (options?.all) callback(null, [{ address: "127.0.0.1", family: 4 }]);
  else callback(null, "127.0.0.1", 4);
}) as unknown as LookupFunction;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ path: req.url ?? "", ...(req.headers.referer ? { referer: req.headers.referer } : {}) });
    if (req.headers.referer !== "https://weibo.com/") {
      res.writeHead(403, { "content-type": "text/plain" }).end("hotlinking refused");
      return;
    }
    if (req.url === "/large/bird.png") res.writeHead(200, { "content-type": "image/png" }).end(PNG);
    else if (req.url === "/large/lake.gif") res.writeHead(200, { "content-type": "image/gif" }).end(GIF);
    else if (req.url === "/large/page.jpg") res.writeHead(200, { "content-type": "text/html" }).end("<html>登录</html>");
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

function input(): string {
  const sina = (path: string) => `http://wx1.sinaimg.cn:${port}${path}`;
  const user = { id: 1700000001, screen_name: "湖边观鸟", avatar_hd: sina("/large/lake.gif") };
  const doc = {
    ok: 1,
    data: {
      cards: [
        { card_type: 9, mblog: { id: "4393000000000001", text: "白鹭", user, pics: [{ url: sina("/orj360/bird.png"), large: { url: sina("/large/bird.png") } }] } },
        { card_type: 9, mblog: { id: "4393000000000002", text: "又是白鹭", user, pics: [{ large: { url: sina("/large/bird.png") } }, { large: { url: sina("/large/page.jpg") } }] } },
        // Another site's host: no Referer is sent for it, and this host refuses it.
        { card_type: 9, mblog: { id: "4393000000000003", text: "别处的图", user, original_pic: `http://pics.example.org:${port}/large/bird.png` } },
      ],
    },
  };
  const path = join(dir, "timeline.json");
  writeFileSync(path, JSON.stringify(doc));
  // The author's profile, in a file of its own, names the same avatar.
  writeFileSync(join(dir, "profile.json"), JSON.stringify({ ok: 1, data: { userInfo: { ...user, description: "在江城拍鸟十年" } } }));
  return path;
}

async function run(out: string, images: string) {
  const log: string[] = [];
  const result = await ingest({ inputs: [input(), join(dir, "profile.json")], out, pageSize: 10, baseUrl: "", log: (l) => log.push(l), images: { dir: images, urlPath: "/images", lookup } });
  const page = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as FeedPage;
  return { result, log, posts: page.items as PostItem[] };
}

describe("--images", { timeout: 30_000 }, () => {
  const images = join(dir, "images");
  mkdirSync(images);
  const hashed = (bytes: Buffer, ext: string) => `${createHash("sha256").update(bytes).digest("hex").slice(0, 20)}.${ext}`;

  it("saves each picture once, with weibo.com as Referer, under a content-hashed name, and points the feed at it", async () => {
    const { posts } = await run(join(dir, "out1"), images);
    const png = hashed(PNG, "png");
    expect(readFileSync(join(images, png))).toEqual(PNG);
    expect(posts[0]!.attachments).toEqual([{ url: `/images/${png}`, mime_type: "image/png", _qingyue: { width: 1, height: 1 } }]);
    expect(posts[0]!.authors?.[0]).toMatchObject({ avatar: `/images/${hashed(GIF, "gif")}`, _qingyue: { description: "在江城拍鸟十年" } });
    expect(posts[1]!.attachments?.[0]?.url).toBe(`/images/${png}`);
    const birds = requests.filter((r) => r.path === "/large/bird.png" && r.referer === "https://weibo.com/");
    expect(birds).toHaveLength(1);
  });

  it("names a picture that is refused or is not a picture, keeps its address, writes the rest and reports failure", async () => {
    requests.length = 0;
    const { result, log, posts } = await run(join(dir, "out2"), images);
    expect(result.written).toBe(true);
    expect(result.failures).toEqual([
      { name: `http://wx1.sinaimg.cn:${port}/large/page.jpg`, reason: "下载到的不是图片（text/html）" },
      { name: `http://pics.example.org:${port}/large/bird.png`, reason: "图片服务器拒绝访问（HTTP 403）" },
    ]);
    expect(log.some((l) => l.includes("图片没能保存，保留原地址"))).toBe(true);
    expect(posts[2]!.attachments?.[0]?.url).toBe(`http://pics.example.org:${port}/large/bird.png`);
    expect(posts[1]!.attachments?.[1]?.url).toBe(`http://wx1.sinaimg.cn:${port}/large/page.jpg`);
    // Pictures saved by the first run are not fetched again.
    expect(requests.filter((r) => r.path === "/large/bird.png" && r.referer)).toEqual([]);
  });

  it("a rerun writes the same feed, byte for byte", async () => {
    await run(join(dir, "out3"), images);
    await run(join(dir, "out4"), images);
    for (const name of readdirSync(join(dir, "out3"))) {
      expect(readFileSync(join(dir, "out4", name), "utf8")).toBe(readFileSync(join(dir, "out3", name), "utf8"));
    }
  });

  it("an article's figures and the pictures in its HTML point at the site's copies", async () => {
    const feed = join(dir, "feed.xml");
    const body = `<p>导语</p><h2>湖边</h2><p><img src="http://wx1.sinaimg.cn:${port}/large/bird.png" alt="白鹭"></p><p>正文</p>`;
    writeFileSync(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>站</title><link>https://e.org/</link><item><title>观鸟记</title><link>https://e.org/1</link><description><![CDATA[${body}]]></description></item></channel></rss>`);
    const out = join(dir, "out5");
    await ingest({ inputs: [feed], out, pageSize: 10, baseUrl: "", log: () => {}, images: { dir: images, urlPath: "/images", lookup } });
    const [article] = (JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as FeedPage).items;
    const local = `/images/${hashed(PNG, "png")}`;
    expect(article!._qingyue.kind === "article" && article!._qingyue.sections[1]!.figures?.[0]?.url).toBe(local);
    expect(article!.content_html).toContain(`<img src="${local}" alt="白鹭">`);
  });
});
