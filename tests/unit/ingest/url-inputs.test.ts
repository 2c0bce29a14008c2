// @vitest-environment node
// Pages fetched from http(s) addresses, against a server on 127.0.0.1: the page comes in decoded
// by its header's charset, and each way a fetch goes wrong is named.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { USER_AGENT } from "../../../src/ingest/fetch-page";
import { readInputs, type InputEvent } from "../../../src/ingest/inputs";
import { ROOT } from "./helpers";
import { server as mockServer } from "../../utils/server";

/** 64 MiB of zeros, gzipped to some 64 KiB: a page that grows a thousandfold as it is read. */
const gzipBomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
const gbkPage = readFileSync(join(ROOT, "tests", "fixtures", "html", "gov-gbk.html"));
let server: Server;
let base = "";
let agent: string | undefined;

beforeAll(async () => {
  // The real network stack, not the tests' mock one: this file talks to its own local server.
  mockServer.close();
  server = createServer((req, res) => {
    agent = req.headers["user-agent"];
    if (req.url === "/page") {
      // The header says gbk while the bytes' own meta is removed: the header decides.
      res.writeHead(200, { "content-type": "text/html; charset=GBK" });
      res.end(Buffer.from(gbkPage.toString("latin1").replace("charset=gbk", ""), "latin1"));
    } else if (req.url === "/moved") {
      res.writeHead(301, { location: "/page" });
      res.end();
    } else if (req.url?.startsWith("/loop")) {
      res.writeHead(302, { location: `/loop${(req.url.length % 7) + 1}` });
      res.end();
    } else if (req.url === "/slow") {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html><body>");
      // Never finishes within the test's time limit.
    } else if (req.url === "/big") {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<p>大</p>".repeat(20_000));
    } else if (req.url === "/picture") {
      res.writeHead(200, { "content-type": "image/png" });
      res.end(Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
    } else if (req.url === "/bomb") {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end(gzipBomb);
    } else if (req.url === "/bad-gzip") {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end("<html>not gzip</html>");
    } else if (req.url === "/chunked") {
      // No length said: the cap is met as the chunks come.
      res.writeHead(200, { "content-type": "text/html", "transfer-encoding": "chunked" });
      for (let n = 0; n < 40; n += 1) res.write("<p>大</p>".repeat(1000));
      res.end();
    } else if (req.url === "/feeds/news.xml") {
      // A feed whose links are relative to the site it is served from, in the charset the header names.
      res.writeHead(200, { "content-type": "application/rss+xml; charset=windows-1251" });
      res.end(
        new Uint8Array([
          ...Buffer.from('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>'),
          ...cp1251("Новости города"),
          ...Buffer.from("</title><link>/</link><description>d</description><item><title>"),
          ...cp1251("Мост открыт"),
          ...Buffer.from("</title><link>/news/1.html</link><description>"),
          ...cp1251("Сегодня открыли новый мост через реку."),
          ...Buffer.from("</description></item></channel></rss>\n"),
        ]),
      );
    } else if (req.url === "/cut") {
      // Says 10,000 bytes, sends a few and hangs up.
      res.writeHead(200, { "content-type": "text/html", "content-length": "10000" });
      res.write("<html><body><p>半截</p>");
      setTimeout(() => req.socket.destroy(), 20);
    } else if (req.url === "/not-http") {
      // What an SSH server says on connecting: no HTTP at all.
      req.socket.end("SSH-2.0-OpenSSH_9.6\r\n");
    } else if (req.url === "/two-lengths") {
      req.socket.end("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\nContent-Length: 9\r\n\r\n<p>半</p>");
    } else if (req.url === "/bad-redirect") {
      res.writeHead(302, { location: "http://[::1" });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  mockServer.listen({ onUnhandledFrame: "error" });
  server.closeAllConnections();
  server.close();
});

const limits = { timeoutMs: 800, maxBytes: 64 * 1024, maxRedirects: 3 };

/** Russian text in windows-1251: its letters А–я are 0xC0–0xFF, ё is 0xB8. */
function cp1251(text: string): number[] {
  return [...text].map((c) => (c === "ё" ? 0xb8 : c >= "А" && c <= "я" ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0)));
}

async function fetchOne(path: string): Promise<InputEvent> {
  const events: InputEvent[] = [];
  for await (const e of readInputs([`${base}${path}`], undefined, limits)) events.push(e);
  expect(events).toHaveLength(1);
  return events[0] as InputEvent;
}

describe("an http(s) input", () => {
  it("is fetched with a plain User-Agent, decoded by the header's charset, and read as HTML", async () => {
    const event = await fetchOne("/page");
    expect(agent).toBe(USER_AGENT);
    expect(event).toMatchObject({ ok: true, kind: "html", externalUrl: `${base}/page` });
    expect(event.ok && "text" in event && event.text).toContain("县政府召开秋粮收购工作会议");
  });

  it("a fetched feed is decoded by the header's charset and its relative links are read against its address", async () => {
    const event = await fetchOne("/feeds/news.xml");
    expect(event.ok && "items" in event && event.items).toEqual([
      expect.objectContaining({ title: "Мост открыт", content_text: "Сегодня открыли новый мост через реку.", external_url: `${base}/news/1.html` }),
    ]);
  });

  it("follows a redirect and keeps the address it ended at", async () => {
    expect(await fetchOne("/moved")).toMatchObject({ ok: true, externalUrl: `${base}/page` });
  });

  it("names too many redirects, a timeout, a page too big and a missing page", async () => {
    expect(await fetchOne("/loop1")).toEqual({ ok: false, name: `${base}/loop1`, reason: "重定向太多：超过 3 次" });
    expect(await fetchOne("/slow")).toEqual({ ok: false, name: `${base}/slow`, reason: "网址超时：1 秒内没有读完" });
    expect(await fetchOne("/big")).toEqual({ ok: false, name: `${base}/big`, reason: "网页太大：超过 64 KiB" });
    expect(await fetchOne("/gone")).toEqual({ ok: false, name: `${base}/gone`, reason: "服务器回应 HTTP 404" });
  });

  it("names a picture by its type without reading it, and a page that grows past the cap as it is unzipped or chunked", async () => {
    expect(await fetchOne("/picture")).toEqual({ ok: false, name: `${base}/picture`, reason: "网址给的是 image/png 文件，不是网页或订阅源" });
    expect(await fetchOne("/bomb")).toEqual({ ok: false, name: `${base}/bomb`, reason: "网页太大：超过 64 KiB" });
    expect(await fetchOne("/chunked")).toEqual({ ok: false, name: `${base}/chunked`, reason: "网页太大：超过 64 KiB" });
  });

  it("says in words when a server answers outside HTTP, contradicts its own length, or redirects to no address", async () => {
    expect(await fetchOne("/not-http")).toEqual({ ok: false, name: `${base}/not-http`, reason: "无法读取网址：那台服务器的回应不是 HTTP 回应" });
    expect(await fetchOne("/two-lengths")).toEqual({ ok: false, name: `${base}/two-lengths`, reason: "无法读取网址：服务器说的长度和传来的不一样，网页可能不完整" });
    expect(await fetchOne("/bad-redirect")).toEqual({ ok: false, name: `${base}/bad-redirect`, reason: "重定向到的地址无效" });
  });

  it("says in words why the network failed, never by the system's code alone", async () => {
    expect(await fetchOne("/bad-gzip")).toEqual({ ok: false, name: `${base}/bad-gzip`, reason: "无法读取网址：网页的压缩数据损坏，解不开" });
    expect(await fetchOne("/cut")).toEqual({ ok: false, name: `${base}/cut`, reason: "无法读取网址：连接中途断了，网页没有传完" });
    // A port nothing listens on: a server's, once it has closed.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((resolve) => closed.close(resolve));
    const events: InputEvent[] = [];
    for await (const e of readInputs([refused, "http://127.0.0.1:25/"], undefined, limits)) events.push(e);
    // Inputs are read in sorted order.
    expect(events).toEqual([
      { ok: false, name: "http://127.0.0.1:25/", reason: "无法读取网址：这个端口不是给网页用的（浏览器也不去读）" },
      { ok: false, name: refused, reason: "无法读取网址：连接被拒绝：那台服务器没有在这个端口上服务" },
    ]);
  });
});
