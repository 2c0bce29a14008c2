// @vitest-environment node
// Pages fetched from http(s) addresses, against a server on 127.0.0.1: the page comes in decoded
// by its header's charset, and each way a fetch goes wrong is named.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { USER_AGENT } from "../../../src/ingest/fetch-page";
import { readInputs, type InputEvent } from "../../../src/ingest/inputs";
import { ROOT } from "./helpers";
import { server as mockServer } from "../../utils/server";

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

  it("follows a redirect and keeps the address it ended at", async () => {
    expect(await fetchOne("/moved")).toMatchObject({ ok: true, externalUrl: `${base}/page` });
  });

  it("names too many redirects, a timeout, a page too big and a missing page", async () => {
    expect(await fetchOne("/loop1")).toEqual({ ok: false, name: `${base}/loop1`, reason: "重定向太多：超过 3 次" });
    expect(await fetchOne("/slow")).toEqual({ ok: false, name: `${base}/slow`, reason: "网址超时：1 秒内没有读完" });
    expect(await fetchOne("/big")).toEqual({ ok: false, name: `${base}/big`, reason: "网页太大：超过 64 KiB" });
    expect(await fetchOne("/gone")).toEqual({ ok: false, name: `${base}/gone`, reason: "服务器回应 HTTP 404" });
  });
});
