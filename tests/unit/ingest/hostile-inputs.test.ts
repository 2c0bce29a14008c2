// @vitest-environment node
// Broken and hostile inputs: each costs only itself, is named in Chinese words, and never stops
// the run or hangs it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:http";
import { createServer as createNetServer } from "node:net";
import type { AddressInfo, LookupFunction } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { fetchPicture } from "../../../src/ingest/images/fetch-picture";
import { server as mockServer } from "../../utils/server";
import { dataEvents, readDataFile, type DataEvent } from "../../../src/ingest/data-files";
import { ingest } from "../../../src/ingest/ingest";
import { readInputs, type InputEvent } from "../../../src/ingest/inputs";
import { readPage, type PageResult, type PageTask } from "../../../src/ingest/read-page";
import { PagePool } from "../../../src/ingest/work/pool";
import { sniffKind } from "../../../src/ingest/sniff";
import { readWeiboText } from "../../../src/ingest/weibo/text";
import { dataOnly } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "qingyue-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PARAGRAPH = "市里今天召开新闻发布会，介绍了今年秋粮收购的进展和下一步的安排，各县区负责人参加了会议。";
const article = (title: string, inner: (body: string) => string = (b) => b) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}_新闻_某网</title></head><body><h1>${title}</h1>` +
  inner(`<p>2024-03-05 10:20 来源：某日报</p>${`<p>${PARAGRAPH}</p>`.repeat(4)}<img src="https://img.example.cn/1.jpg">`) +
  "</body></html>";
const nested = (depth: number) => (body: string) => `${"<div>".repeat(depth)}${body}${"</div>".repeat(depth)}`;

const task = (text: string): PageTask => ({ kind: "html", text, baseUrl: "" });

async function collect(paths: string[]): Promise<InputEvent[]> {
  const events: InputEvent[] = [];
  for await (const e of readInputs(paths)) events.push(e);
  return events;
}

describe("a page whose tags nest far too deep", () => {
  it("is read like a browser reads it when it nests past 512 levels: every paragraph and picture, in order", async () => {
    const result = await readPage(task(article("四千层的页面", nested(4000))));
    if ("reason" in result) throw new Error(result.reason);
    const item = result.items[0]?.item;
    expect(item?.title).toBe("四千层的页面");
    const sections = item?._qingyue.kind === "article" ? item._qingyue.sections : [];
    expect(sections.flatMap((s) => s.paragraphs)).toEqual(Array(4).fill(PARAGRAPH));
    expect(sections.flatMap((s) => s.figures ?? []).map((f) => f.url)).toEqual(["https://img.example.cn/1.jpg"]);
  });

  it("is named, quickly, when it nests thousands of levels, and the pages beside it are kept", async () => {
    const folder = join(dir, "deep");
    mkdirSync(folder);
    writeFileSync(join(folder, "a-deep.html"), article("五万层的页面", nested(50_000)));
    writeFileSync(join(folder, "b-good.html"), article("好好的一页"));
    const lines: string[] = [];
    const result = await ingest({ inputs: [folder], out: join(dir, "deep-out"), pageSize: 10, baseUrl: "", log: (l) => lines.push(l), workers: 0 });
    expect(result.failures).toHaveLength(1);
    expect(lines).toContain(`ingest: 已跳过 ${join(folder, "a-deep.html")}：页面的标签嵌套太深（几千层），不像正常网页，没有读`);
    const feed = JSON.parse(readFileSync(join(dir, "deep-out", "feed.json"), "utf8")) as { items: { title?: string }[] };
    expect(feed.items.map((i) => i.title)).toEqual(["好好的一页"]);
  });

  // A hang guard, not a speed test: read as it was before, this page took some 40 s.
  it("a page of thousands of lazy pictures side by side, each with its <noscript> copy, is read at once, each picture once", { timeout: 20_000 }, async () => {
    // Five subheads of 800 pictures each: a section holds at most 1,000.
    const group = (g: number) =>
      `<h2>第${g + 1}组照片</h2><p>${PARAGRAPH}</p>` +
      Array.from({ length: 800 }, (_, n) => `<img data-src="https://pic.example.cn/${g}-${n}.jpg"><noscript><img src="https://pic.example.cn/${g}-${n}.jpg"></noscript>`).join("");
    const result = await readPage(task(article("四千张图的页面", (body) => `${body}<div>${Array.from({ length: 5 }, (_, g) => group(g)).join("")}</div>`)));
    if ("reason" in result) throw new Error(result.reason);
    const item = result.items[0]?.item;
    const urls = item?._qingyue.kind === "article" ? item._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.url) : [];
    expect(urls).toHaveLength(4001);
    expect(new Set(urls).size).toBe(4001);
  });

  // A hang guard, not a speed test: read as it was before, the first page took some 4 minutes.
  it("a page ending in a hundred thousand comments or scripts never closed is read at once, up to them", { timeout: 20_000 }, async () => {
    for (const opening of ["<!--", "<script>", "<style>"]) {
      const result = await readPage(task(article("没有结尾的注释", (body) => body + opening.repeat(100_000))));
      if ("reason" in result) throw new Error(result.reason);
      const item = result.items[0]?.item;
      expect(item?._qingyue.kind === "article" ? item._qingyue.sections.flatMap((s) => s.paragraphs) : [], opening).toEqual(Array(4).fill(PARAGRAPH));
    }
  });

  it("a picture whose alt text or caption runs to thousands of characters is kept without it, and its article with it", async () => {
    const html = article("说明很长的图", (body) => body.replace('<img src="https://img.example.cn/1.jpg">', `<img src="https://img.example.cn/1.jpg" alt="${"图".repeat(3000)}"><figure><img src="https://img.example.cn/2.jpg"><figcaption>${"说明".repeat(1500)}</figcaption></figure>`));
    const result = await readPage(task(html));
    if ("reason" in result) throw new Error(result.reason);
    const item = result.items[0]?.item;
    const sections = item?._qingyue.kind === "article" ? item._qingyue.sections : [];
    expect(sections.flatMap((s) => s.paragraphs)).toEqual(Array(4).fill(PARAGRAPH));
    expect(sections.flatMap((s) => s.figures ?? [])).toEqual([
      { before: 4, url: "https://img.example.cn/1.jpg" },
      { before: 4, url: "https://img.example.cn/2.jpg" },
    ]);
  });

  it("a page with a class attribute of 200,000 words is read, without that attribute", async () => {
    const result = await readPage(task(article("类名很长的页面", (body) => `<div class="${"a ".repeat(200_000)}">${body}</div>`)));
    if ("reason" in result) throw new Error(result.reason);
    expect(result.items.map((i) => i.item.title)).toEqual(["类名很长的页面"]);
  });

  it("an article with one paragraph of megabytes keeps its other paragraphs and its pictures in place, and names the one left out", async () => {
    const html = article("有一段极长的文章", (body) => body.replace("<img", `<p>${"长".repeat(300_000)}</p><img`) + `<p>${PARAGRAPH}最后一段。</p>`);
    const result = await readPage(task(html));
    if ("reason" in result) throw new Error(result.reason);
    expect(result.problems).toEqual(["有 1 段文字超过 20 万字，不像正文，没有收入（以“长长长长长长长长长长长长…”开头、共 30 万字）"]);
    const item = result.items[0]?.item;
    const sections = item?._qingyue.kind === "article" ? item._qingyue.sections : [];
    expect(sections.flatMap((s) => s.paragraphs)).toEqual([...Array(4).fill(PARAGRAPH), `${PARAGRAPH}最后一段。`]);
    expect(sections.flatMap((s) => s.figures ?? []).map((f) => [f.url, f.before])).toEqual([["https://img.example.cn/1.jpg", 4]]);
  });

  it("a page with a hundred thousand of one thing in one place (sources of a picture, lines over the story) is read, not broken", { timeout: 30_000 }, async () => {
    const paragraphs = (result: PageResult) => ("reason" in result ? [result.reason] : result.items.flatMap((i) => (i.item._qingyue.kind === "article" ? i.item._qingyue.sections.flatMap((s) => s.paragraphs) : [])));
    const sources = await readPage(task(article("一张图有十五万个来源", (body) => `${body}<picture>${'<source srcset="https://img.example.cn/s.jpg 1x">'.repeat(150_000)}<img src="https://img.example.cn/2.jpg"></picture>`)));
    expect(paragraphs(sources)).toEqual(Array(4).fill(PARAGRAPH));
    const lines = await readPage(task(article("标题下有十五万行", (body) => `<div>${"<br>短".repeat(150_000)}</div><div class="content">${body}</div>`)));
    expect(paragraphs(lines)).toEqual(Array(4).fill(PARAGRAPH));
  });

  it("a page that breaks the reader costs that page alone, named in words, not in the error's", async () => {
    const broken = { kind: "html", text: undefined, baseUrl: "" } as unknown as PageTask;
    expect(await readPage(broken)).toEqual({ reason: "读这个页面时出错：页面的结构读不下去，已跳过" });
  });
});

describe("a page that would take minutes to read", () => {
  // Every one of 100,000 paragraphs 500 levels deep: read to the end, this page takes minutes.
  const endless = () => article("读不完的页面", (body) => `${"<div>".repeat(500)}${body}${`<p>${PARAGRAPH}</p>`.repeat(100_000)}${"</div>".repeat(500)}`);
  const TOO_LONG = (seconds: number) => `读了 ${seconds} 秒还没读完（页面太大或结构太复杂，不像正常网页），已跳过`;

  // Hang guards: without a time for each page, both ran for minutes.
  it("is named when its time is up on the ingest's own thread, and the page after it is kept", { timeout: 30_000 }, async () => {
    const folder = join(dir, "slow");
    mkdirSync(folder);
    writeFileSync(join(folder, "a-slow.html"), endless());
    writeFileSync(join(folder, "b-good.html"), article("读得完的一页"));
    const lines: string[] = [];
    const out = join(dir, "slow-out");
    const result = await ingest({ inputs: [folder], out, pageSize: 10, baseUrl: "", log: (l) => lines.push(l), workers: 0, pageTimeLimitMs: 500 });
    expect(result.failures).toEqual([{ name: join(folder, "a-slow.html"), reason: TOO_LONG(0.5) }]);
    expect(lines).toContain(`ingest: 已跳过 ${join(folder, "a-slow.html")}：${TOO_LONG(0.5)}`);
    const feed = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as { items: { title?: string }[] };
    expect(feed.items.map((i) => i.title)).toEqual(["读得完的一页"]);
  });

  it("is named when its time is up on a worker, and the pages queued behind it are read by the worker that replaces it", { timeout: 60_000 }, async () => {
    const pool = PagePool.open(1, 3_000);
    try {
      // The first pages are read on the calling thread; then the worker starts.
      const text = (n: number): PageTask => ({ kind: "text", text: `#话题#今天的第${n}条微博。`, baseUrl: "" });
      const first = Array.from({ length: 101 }, (_, n) => pool.run(text(n)));
      const slow = pool.run(task(endless()));
      const after = pool.run({ kind: "text", text: `读得完的一页\n\n${PARAGRAPH}\n\n${PARAGRAPH}`, baseUrl: "" });
      const titles = (r: PageResult) => ("reason" in r ? r.reason : r.items.map((i) => i.item.title ?? i.item.content_text));
      expect((await Promise.all(first)).every((r) => "items" in r && r.items.length === 1)).toBe(true);
      expect(await slow).toEqual({ reason: TOO_LONG(3) });
      expect(titles(await after)).toEqual(["读得完的一页"]);
    } finally {
      await pool.close();
    }
  });
});

describe("markup that never closes, in page text and Weibo data", () => {
  // Hang guards, not speed tests: read as they were before, these took some 30 s and 23 s.
  it("page text of 20,000 reader-service headers with no content under them is read at once, and named for its paragraphs", { timeout: 15_000 }, async () => {
    const text = "Title: 读者服务的标题\nURL Source: https://news.example.org/1.html\n".repeat(20_000) + `\n${PARAGRAPH}\n`;
    const result = await readPage({ kind: "text", text, baseUrl: "" });
    expect(result).toEqual({ items: [], problems: [expect.stringContaining("没有收入：段落太多（超过 1 万段），不像一篇文章或一条微博")] });
  });

  it("a page whose script starts Weibo's render data 100,000 times and never ends it is read at once, as a page", { timeout: 10_000 }, async () => {
    const file = join(dir, "render-data.html");
    writeFileSync(file, article("不是微博的页面", (body) => `${body}<script>${"var $render_data = [{]".repeat(100_000)}</script>`));
    const events = await collect([file]);
    expect(events.map((e) => (e.ok && "kind" in e ? e.kind : e.ok ? "data" : e.reason))).toEqual(["html"]);
  });

  it("a Weibo text with 100,000 links never closed reads as its words at once", { timeout: 10_000 }, () => {
    const html = `今天的微博<a href="https://m.weibo.cn/search?containerid=231522type%3D1%26q%3D%23%E8%AF%9D%E9%A2%98%23">#话题#</a>${"<a href=x>".repeat(100_000)}`;
    expect(readWeiboText(html).paragraphs).toEqual(["今天的微博#话题#"]);
  });
});

describe("a feed broken in every one of its many entries", () => {
  it("is refused at once, not read entry by entry", { timeout: 20_000 }, async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => `<item><title>坏${i}</titel></item>`).join("");
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://h.example/</link>${items}</channel></rss>`;
    const events: DataEvent[] = [];
    for await (const event of dataEvents("feed.xml", Buffer.from(xml), "feed", { baseUrl: "" })) events.push(dataOnly(event));
    expect(events).toEqual([{ ok: false, name: "feed.xml", reason: "订阅源有 20000 个条目的 XML 格式有误（第 1、2、3、4、5、6、7、8、9、10 个等），没有收入" }]);
  });
});

describe("a folder with a link back into itself", () => {
  it("names the link, does not follow it round, and reads each page once", async () => {
    const folder = join(dir, "loop");
    mkdirSync(join(folder, "sub"), { recursive: true });
    writeFileSync(join(folder, "a.txt"), "一");
    writeFileSync(join(folder, "sub", "b.txt"), "二");
    symlinkSync("..", join(folder, "sub", "up"));
    symlinkSync(".", join(folder, "self"));
    const events = await collect([folder]);
    expect(events.map((e) => (e.ok && "text" in e ? e.text : [e.name, e.ok ? "ok" : e.reason]))).toEqual([
      "一",
      [join(folder, "self"), "链接指回它所在的文件夹（循环链接），没有跟进去"],
      "二",
      [join(folder, "sub", "up"), "链接指回它所在的文件夹（循环链接），没有跟进去"],
    ]);
  });
});

describe("a file that cannot be opened", () => {
  it("a socket, a pipe or a device is named, never read (a pipe may never answer, /dev/zero never ends)", async () => {
    const socket = join(dir, "socket.html");
    const listening = createNetServer();
    await new Promise<void>((resolve) => listening.listen(socket, resolve));
    try {
      expect(await collect([socket])).toEqual([{ ok: false, name: socket, reason: "不是普通文件（是设备、管道或套接字），没有读" }]);
    } finally {
      listening.close();
    }
  });

  it("is named in words, not by the system's English message", async () => {
    const self = join(dir, "self-link.html");
    symlinkSync("self-link.html", self);
    expect(await collect([self])).toEqual([{ ok: false, name: self, reason: "链接指回它自己（循环链接）" }]);
  });
});

describe("a feed that declares entities", () => {
  const rss = (doctype: string, title: string) =>
    `<?xml version="1.0" encoding="utf-8"?>\n${doctype}\n<rss version="2.0"><channel><title>站</title><link>https://e.example/</link>` +
    `<item><title>${title}</title><link>https://e.example/1</link><description>正文</description></item></channel></rss>`;
  async function read(xml: string, name = "feed.xml"): Promise<DataEvent[]> {
    const events: DataEvent[] = [];
    for await (const event of dataEvents(name, Buffer.from(xml), "feed", { baseUrl: "" })) events.push(dataOnly(event));
    return events;
  }

  // Hang guards, not speed tests: each input below took seconds to minutes before, and grows as its square.
  it("reads a feed with a long run of spaces at once, and one ending in comments", { timeout: 20_000 }, async () => {
    const [spaced] = await read(rss("", `开头${" ".repeat(200_000)}结尾`));
    expect(spaced?.ok && spaced.items.map((i) => i.title)).toEqual(["开头 结尾"]);
    const [commented] = await read(`${rss("", "一")}\n<!-- 生成于 2024-03-05 -->\n  <!-- 缓存 -->\n`);
    expect(commented?.ok && commented.items.map((i) => i.title)).toEqual(["一"]);
  });

  it("reads at once an entry whose body holds a long run of spaces and tens of thousands of unclosed <link tags", { timeout: 20_000 }, async () => {
    const body = `<p>开头${" ".repeat(200_000)}结尾</p>${"<link x ".repeat(50_000)}`;
    const [event] = await read(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://e.example/</link><item><title>一</title><link>https://e.example/1</link><description><![CDATA[${body}]]></description></item></channel></rss>`);
    expect(event?.ok && event.items.map((i) => [i.title, i.external_url, i.content_text?.slice(0, 6)])).toEqual([["一", "https://e.example/1", "开头 结尾"]]);
  });

  it("reads an entry whose author is a hundred thousands of unclosed brackets at once, without that author", { timeout: 20_000 }, async () => {
    const xml = rss("", "一").replace("<description>", `<author>${"[".repeat(200_000)}</author><description>`);
    const [event] = await read(xml);
    expect(event?.ok && event.items.map((i) => [i.title, i.authors])).toEqual([["一", undefined]]);
  });

  it("finds a feed's root at once past a hundred thousand unclosed comments, and judges only its own doctype", { timeout: 20_000 }, async () => {
    const junk = await read(rss("", "一").replace("</channel>", `${"<!--".repeat(100_000)}</channel>`));
    expect(junk).toEqual([{ ok: false, name: "feed.xml", reason: "XML 格式有误，读不出 RSS、Atom 或 RDF 订阅源" }]);
    // A doctype quoted in an entry's HTML is the entry's text, not the feed's declaration.
    const quoted = await read(rss("", "一").replace("<description>正文", '<description><![CDATA[<!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]>正文]]>'));
    expect(quoted.map((e) => e.ok && e.items.map((i) => i.title))).toEqual([["一"]]);
  });

  it("reads an entry whose body is a whole HTML document, doctype and all", async () => {
    const page = "<!DOCTYPE html><html><head><title>x</title></head><body><p>第一段正文。</p><p>第二段正文。</p></body></html>";
    const [event] = await read(rss("", "整页").replace("<description>正文", `<description><![CDATA[${page}]]>`));
    expect(event?.ok && event.items.map((i) => [i.title, i.content_text])).toEqual([["整页", "第一段正文。\n\n第二段正文。"]]);
  });

  it("reads a feed whose doctype declares entities for characters, and expands them", async () => {
    const [event] = await read(rss('<!DOCTYPE rss [<!ENTITY nbsp "&#160;"><!ENTITY mdash "&#8212;">]>', "一&mdash;二"));
    expect(event?.ok && event.items.map((i) => i.title)).toEqual(["一—二"]);
    // Known as a feed by its content too, where its name says nothing (an address like /rss).
    expect(sniffKind(rss('<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>', "t"), "rss")).toBe("feed");
  });

  it("refuses one that would read a file of this machine, and never shows it", async () => {
    const events = await read(rss('<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "条目 &xxe;"));
    expect(events).toEqual([{ ok: false, name: "feed.xml", reason: "订阅源声明了外部实体（要读本机文件或别的网址），为安全起见不读" }]);
  });

  it("refuses one whose entities expand a kilobyte into gigabytes", async () => {
    const levels = Array.from({ length: 9 }, (_, n) => `<!ENTITY lol${n + 1} "${`&lol${n};`.repeat(10)}">`).join("");
    const events = await read(rss(`<!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]>`, "&lol9;"));
    expect(events).toEqual([{ ok: false, name: "feed.xml", reason: "订阅源声明了层层嵌套的实体（会展开成海量文字），为安全起见不读" }]);
  });
});

describe("a feed with one entry that breaks the reader", () => {
  const feed = (depth: number) =>
    JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "站",
      items: [
        { id: "1", title: "深", content_html: `${"<div>".repeat(depth)}<p>深处的正文</p>${"</div>".repeat(depth)}` },
        { id: "2", title: "好", content_text: "好好的一条正文。" },
      ],
    });

  it("names that entry, keeps the others, and fails the run", async () => {
    const file = join(dir, "deep-entry.json");
    writeFileSync(file, feed(50_000));
    const lines: string[] = [];
    const result = await ingest({ inputs: [file], out: join(dir, "deep-entry"), pageSize: 10, baseUrl: "", log: (l) => lines.push(l), progressEveryMs: Infinity });
    expect(lines).toEqual([`ingest: ${file}：条目“深”的正文标签嵌套太深（几千层），不像正常网页，没有收入`]);
    expect(result.failures).toHaveLength(1);
    const written = JSON.parse(readFileSync(join(dir, "deep-entry", "feed.json"), "utf8")) as { items: { title?: string }[] };
    expect(written.items.map((i) => i.title)).toEqual(["好"]);
  });

  it("says how many entries held nothing to show", async () => {
    const doc = { version: "https://jsonfeed.org/version/1.1", title: "站", items: [{ id: "1", content_text: [] }, { id: "2", content_text: "好好的一条正文。" }] };
    const events: DataEvent[] = [];
    for await (const event of dataEvents("feed.json", Buffer.from(JSON.stringify(doc)), "json", { baseUrl: "" })) events.push(dataOnly(event));
    expect(events.map((e) => e.ok && [e.items.map((i) => i.content_text), e.notes])).toEqual([[["好好的一条正文。"], ["跳过 1 个没有标题、文字或附件的条目"]]]);
  });

  it("names an entry too deep for the reader's walk, in words", async () => {
    const events: DataEvent[] = [];
    for await (const event of dataEvents("feed.json", Buffer.from(feed(3000)), "json", { baseUrl: "" })) events.push(dataOnly(event));
    expect(events.map((e) => (e.ok ? [e.items.map((i) => i.title), e.problems] : e.reason))).toEqual([[["好"], ["条目“深”的正文读不下去，没有收入"]]]);
  });
});

describe("text a page or a feed entry hides", () => {
  const paragraphsOf = (result: PageResult) => ("reason" in result ? [result.reason] : result.items.flatMap((i) => (i.item._qingyue.kind === "article" ? i.item._qingyue.sections.flatMap((s) => s.paragraphs) : [])));

  it("a line a page's own <style> hides by its class or id is not the story's; one hidden only in print, or a story a script reveals, is", async () => {
    const css = "<style>/* 防采集 */ .hx{display:none} span#q1 { visibility: hidden !important } @media print { .np { display: none } } .fade{visibility:hidden}</style>";
    const html = article("看不见的字", (body) =>
      body
        .replace("<p>2024-03-05", `${css}<p>2024-03-05`)
        .replace(`<p>${PARAGRAPH}</p>`, `<p>${PARAGRAPH}<span class="hx">本文来自某某网，转载请注明出处</span>第一段完。</p>`)
        .replace(`<p>${PARAGRAPH}</p><p>`, `<p>${PARAGRAPH}<span id="q1">zk3x</span>第二段完。</p><p>`) +
        `<p>${PARAGRAPH}<span class="np">打印时不显示的一句。</span></p><div class="fade"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}最后一段。</p></div>`,
    );
    expect(paragraphsOf(await readPage(task(html)))).toEqual([
      `${PARAGRAPH}第一段完。`,
      `${PARAGRAPH}第二段完。`,
      PARAGRAPH,
      PARAGRAPH,
      `${PARAGRAPH}打印时不显示的一句。`,
      PARAGRAPH,
      PARAGRAPH,
      `${PARAGRAPH}最后一段。`,
    ]);
  });

  it("an entry's hidden words stay hidden: not in its paragraphs, not in the HTML we write without its styles", async () => {
    const body = `<p>${PARAGRAPH}<span style="display: none">本文来自某某网</span></p><p hidden>隐藏的一段。</p><p>${PARAGRAPH}<font style="visibility:hidden">zk3x</font></p>`;
    const xml = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>某站</title><link>https://news.example.org/</link><item><title>藏字的条目</title><link>https://news.example.org/1</link><description><![CDATA[${body}]]></description></item></channel></rss>`;
    const events: DataEvent[] = [];
    for await (const event of dataEvents("hidden.xml", Buffer.from(xml), "feed", { baseUrl: "" })) events.push(dataOnly(event));
    const item = events[0]?.ok ? events[0].items[0] : undefined;
    const paragraphs = item?._qingyue.kind === "post" ? item._qingyue.paragraphs : item?._qingyue.kind === "article" ? item._qingyue.sections.flatMap((s) => s.paragraphs) : [];
    expect(paragraphs).toEqual([PARAGRAPH, PARAGRAPH]);
    expect(item?.content_html).toBe(`<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>`);
  });
});

describe("Weibo data holding half a character (a lone surrogate, an emoji cut in two)", () => {
  it("is written with U+FFFD in its place, so its topic still makes an address", async () => {
    const file = join(dir, "half-emoji.json");
    const status = { id: 4400000000000001, mid: "4400000000000001", created_at: "Sat Jul 13 10:00:00 +0800 2019", user: { id: 1, screen_name: "某网友\udc00" } };
    // Written as JSON writes them: the escapes "\ud83d" and "\udc00".
    writeFileSync(file, JSON.stringify({ statuses: [{ ...status, text: "今天天气很好#晴天\ud83d#" }] }));
    const out = join(dir, "half-emoji-out");
    await ingest({ inputs: [file], out, pageSize: 10, baseUrl: "", log: () => {} });
    const saved = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as { items: { tags?: string[]; authors?: { name?: string }[]; _qingyue: { paragraphs?: string[] } }[] };
    const item = saved.items[0];
    expect(item?.tags).toEqual(["晴天\uFFFD"]);
    expect(item?._qingyue.paragraphs).toEqual(["今天天气很好#晴天\uFFFD#"]);
    expect(item?.authors?.map((a) => a.name)).toEqual(["某网友\uFFFD"]);
    // The topic's page has an address.
    expect(`/topics/${encodeURIComponent(item?.tags?.[0] ?? "")}`).toBe("/topics/%E6%99%B4%E5%A4%A9%EF%BF%BD");
  });
});

describe("a feed whose entries share an id", () => {
  it("keeps every story a CMS gave the same guid, and an entry given twice only once", async () => {
    const entry = (title: string, guid: string, link: string) => `<item><title>${title}</title><guid isPermaLink="false">${guid}</guid><link>${link}</link><description>${title}的正文。</description></item>`;
    const feed = join(dir, "shared-guids.xml");
    writeFileSync(
      feed,
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>某站</title><link>https://news.example.org/</link>` +
        entry("第一条", "https://news.example.org/", "https://news.example.org/1.html") +
        entry("第二条", "https://news.example.org/", "https://news.example.org/2.html") +
        entry("第三条", "https://news.example.org/", "https://news.example.org/3.html") +
        entry("第三条", "https://news.example.org/", "https://news.example.org/3.html") +
        entry("第四条", "42", "https://news.example.org/4.html") +
        entry("第四条", "42", "https://news.example.org/4.html") +
        "</channel></rss>",
    );
    const out = join(dir, "shared-guids-out");
    const result = await ingest({ inputs: [feed], out, pageSize: 10, baseUrl: "", log: () => {} });
    const saved = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as { items: { title?: string }[] };
    expect(saved.items.map((i) => i.title).sort()).toEqual(["第一条", "第三条", "第二条", "第四条"]);
    expect(result.duplicates).toBe(2);
  });
});

describe("a crawler's CSV that breaks off", () => {
  const HEADER = "id,bid,正文,头条文章url,原始图片url,视频url,位置,日期,工具,点赞数,评论数,转发数,话题,@用户";
  const row = (n: number, text: string) => `439300000050000${n},Jt2aBcDe${n},${text},,,,江城,2024-03-0${n} 08:00,iPhone客户端,5,1,0,,`;
  async function read(name: string, text: string): Promise<DataEvent[]> {
    const file = join(dir, name);
    writeFileSync(file, text);
    const events: DataEvent[] = [];
    for await (const event of readDataFile(file, { baseUrl: "" })) events.push(dataOnly(event));
    return events;
  }
  const said = (events: DataEvent[]) => events.map((e) => (e.ok ? e.items.map((i) => i.content_text) : e.reason));

  it("keeps the posts before a quote that never closes, and says in words where it broke off", async () => {
    const events = await read("unclosed.csv", [HEADER, row(1, "第一条"), row(2, "第二条"), row(3, '"没有闭合的引号'), row(4, "第四条")].join("\n"));
    expect(said(events)).toEqual([["第一条", "第二条"], "CSV 从第 3 条记录起读不下去：有一个引号到文件末尾也没有闭合，这一条和它后面的没有读"]);
  });

  it("keeps the posts before a misplaced quote in the middle of the file, and names the record it broke off at", async () => {
    const events = await read("misquoted.csv", [HEADER, row(1, "第一条"), row(2, '"坏"的引号'), row(3, "第三条")].join("\n"));
    expect(said(events)).toEqual([["第一条"], "CSV 从第 2 条记录起读不下去：引号用得不对（闭合的引号后面还有字），这一条和它后面的没有读"]);
  });

  it("a picture or an archive named .csv is named as not text", async () => {
    const events = await read("picture.csv", Buffer.from("89504e470d0a1a0a0000000d4948445200000001", "hex").toString("latin1"));
    expect(said(events)).toEqual(["不是文字：含有 NUL 字节（像是二进制文件）"]);
  });

  it("stops at a record of megabytes instead of holding it", async () => {
    const events = await read("huge-field.csv", [HEADER, row(1, "第一条"), row(2, `"${"长".repeat(1_000_000)}`)].join("\n"));
    expect(said(events)).toEqual([["第一条"], "CSV 从第 2 条记录起读不下去：有一条记录超过 1 MiB（多半是引号没有闭合），这一条和它后面的没有读"]);
  });
});

describe("a JSON Lines corpus cut off mid-line", () => {
  it("keeps every whole line and says the last one was cut short", async () => {
    const file = join(dir, "cut.jsonl");
    const whole = [JSON.stringify({ text: "第一页" }), "[1, 2]", JSON.stringify({ html: 5 }), JSON.stringify({ text: "第四页" })];
    writeFileSync(file, `${whole.join("\n")}\n${JSON.stringify({ text: "第五页被截断了" }).slice(0, 12)}`);
    const events = await collect([file]);
    expect(events.map((e) => (e.ok && "text" in e ? e.text : [e.name, e.ok ? "ok" : e.reason]))).toEqual([
      "第一页",
      [`${file}:2`, "这一行没有 text 或 html 文字，也不是有标题和正文的新闻"],
      [`${file}:3`, "这一行没有 text 或 html 文字，也不是有标题和正文的新闻"],
      "第四页",
      [`${file}:5`, "最后一行不完整：文件可能被截断"],
    ]);
  });
});

describe("file names", () => {
  it("a name with spaces, Chinese and a line break is read, and named on one line of the log", async () => {
    const folder = join(dir, "names");
    mkdirSync(folder);
    writeFileSync(join(folder, "空 格 中文.html"), article("名字里有空格的一页"));
    writeFileSync(join(folder, "坏\n名字.txt"), "");
    const lines: string[] = [];
    await ingest({ inputs: [folder], out: join(dir, "names-out"), pageSize: 10, baseUrl: "", log: (l) => lines.push(l), progressEveryMs: Infinity });
    expect(lines).toEqual([`ingest: 已跳过 ${folder}/坏\\n名字.txt：文件是空的`]);
    const feed = JSON.parse(readFileSync(join(dir, "names-out", "feed.json"), "utf8")) as { items: { title?: string }[] };
    expect(feed.items.map((i) => i.title)).toEqual(["名字里有空格的一页"]);
  });
});

describe("a picture host that is hostile", () => {
  /** The tests' picture host: every name is this machine, where the real resolution refuses it. */
  const loopback = ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: "127.0.0.1", family: 4 }]);
    else callback(null, "127.0.0.1", 4);
  }) as unknown as LookupFunction;
  /** A local server for one test: the real network stack, not the tests' mock one. */
  async function withHost(handle: Parameters<typeof createServer>[1], run: (port: number) => Promise<void>) {
    mockServer.close();
    const host = createServer(handle);
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    try {
      await run((host.address() as AddressInfo).port);
    } finally {
      host.closeAllConnections();
      host.close();
      mockServer.listen({ onUnhandledFrame: "error" });
    }
  }

  it("is given up on when it drips its bytes, within the time allowed; an SVG with a script is not saved; an answer that is not HTTP is named in words", async () => {
    await withHost(
      (req, res) => {
        if (req.url === "/ssh.png") {
          req.socket.end("SSH-2.0-OpenSSH_9.6\r\n");
        } else if (req.url === "/drip.png") {
          res.writeHead(200, { "content-type": "image/png" });
          const drip = setInterval(() => res.write("x"), 50);
          res.on("close", () => clearInterval(drip));
        } else {
          res.writeHead(200, { "content-type": "image/svg+xml" });
          res.end('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>');
        }
      },
      async (port) => {
        const base = `http://pictures.example:${port}`;
        const started = performance.now();
        expect(await fetchPicture(`${base}/drip.png`, { timeoutMs: 400, lookup: loopback })).toEqual({ reason: "下载超时" });
        expect(performance.now() - started).toBeLessThan(2000);
        expect(await fetchPicture(`${base}/logo.svg`, { lookup: loopback })).toEqual({ reason: "SVG 图片里带有脚本或链接，不保存到本站" });
        expect(await fetchPicture(`${base}/ssh.png`, { lookup: loopback })).toEqual({ reason: "连不上图片服务器：那台服务器的回应不是 HTTP 回应" });
      },
    );
  });

  it("a feed's pictures on this machine or its network are never asked for: the feed keeps their addresses, and each is named", async () => {
    const asked: string[] = [];
    const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
    await withHost(
      (req, res) => {
        asked.push(req.url ?? "");
        res.writeHead(200, { "content-type": "image/png" }).end(PNG);
      },
      async (port) => {
        const pictures = [`http://127.0.0.1:${port}/a.png`, `http://localhost:${port}/b.png`, `http://[::1]:${port}/c.png`, `http://2130706433:${port}/d.png`, "http://169.254.169.254/latest/meta-data/e.png", "http://192.168.1.1/f.png"];
        const feed = join(dir, "private-pictures.xml");
        const items = pictures.map((url, n) => `<item><title>第${n + 1}条</title><link>https://news.example.org/${n}</link><description>一段正文。</description><enclosure url="${url}" type="image/png" length="1"/></item>`);
        writeFileSync(feed, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>某站</title><link>https://news.example.org/</link>${items.join("")}</channel></rss>`);
        const lines: string[] = [];
        const out = join(dir, "private-out");
        const result = await ingest({ inputs: [feed], out, pageSize: 10, baseUrl: "", log: (l) => lines.push(l), images: { dir: join(dir, "private-images"), urlPath: "/images" } });
        expect(asked).toEqual([]);
        expect(result.failures.map((f) => f.reason)).toEqual(Array(pictures.length).fill("图片地址指向本机或内部网络，没有下载"));
        const saved = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as { items: { attachments?: { url: string }[] }[] };
        expect(saved.items.flatMap((i) => i.attachments?.map((a) => a.url) ?? [])).toEqual(pictures.map((url) => new URL(url).href));
      },
    );
  });
});

describe("page text with long runs of spaces", () => {
  // A hang guard, not a speed test: read as it was before, each of these took some 45 s.
  it("is read at once: a run of 150,000 spaces inside a line does not stall the reading", { timeout: 20_000 }, async () => {
    const line = (space: string) => `来源${space.repeat(150_000)}某日报`;
    for (const space of [" ", "\u3000", "\u00a0"]) {
      const result = await readPage({ kind: "text", text: `县里召开秋粮收购会议\n${line(space)}\n${PARAGRAPH}\n${PARAGRAPH}`, baseUrl: "" });
      expect("items" in result && result.items.length).toBeGreaterThan(0);
    }
  });
});
