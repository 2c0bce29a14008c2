// @vitest-environment node
// A name is a label the reader trusts: whatever the source (Weibo API JSON, crawler CSV,
// weiboSpider, feeds, news pages), it reaches the feed without bidi overrides or zero-width
// characters that could make it read as something else, and a name that is nothing else is absent.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Author, Item, PostItem } from "../../../src/content/feed-schema";
import { dataEvents, readDataFile, weiboEvent, type DataEvent, type StoryPage } from "../../../src/ingest/data-files";
import { readPage } from "../../../src/ingest/read-page";
import { dataOnly } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "qingyue-names-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const itemsOf = (events: readonly DataEvent[]): Item[] => events.flatMap((e) => (e.ok ? e.items : []));
const names = (authors: readonly Author[] | undefined) => authors?.map((a) => a.name);

async function collect(events: AsyncIterable<DataEvent | StoryPage>): Promise<Item[]> {
  const found: DataEvent[] = [];
  for await (const event of events) found.push(dataOnly(event));
  return itemsOf(found);
}

const mblog = (id: string, user: unknown, extra: Record<string, unknown> = {}) => ({
  id, mid: id, created_at: "Sat Jul 13 10:00:00 +0800 2019", text: "今天江边的风很大", user, ...extra,
});

describe("author names", () => {
  it("m.weibo.cn JSON: a screen name loses its right-to-left override, isolates and zero-width characters; one with nothing else has no author", () => {
    const doc = {
      ok: 1,
      data: {
        cards: [
          { card_type: 9, mblog: mblog("4393000000900001", { id: 1700000090, screen_name: "江城\u200b小记\u202e" }) },
          { card_type: 9, mblog: mblog("4393000000900002", { id: 1700000091, screen_name: "\u2066\u200f\ufeff" }) },
          {
            card_type: 9,
            mblog: mblog("4393000000900003", { id: 1700000090, screen_name: "江城小记" }, {
              retweeted_status: mblog("4393000000900004", { id: 1700000092, screen_name: "\u202b江城日报\u202c" }),
            }),
          },
        ],
      },
    };
    const [first, nameless, repost] = itemsOf([weiboEvent("getindex.json", 0, doc, { baseUrl: "" })]) as PostItem[];
    expect(names(first!.authors)).toEqual(["江城小记"]);
    expect(nameless!.authors).toBeUndefined();
    expect(names(repost!._qingyue.repost?.authors)).toEqual(["江城日报"]);
  });

  it("weibo-crawler CSV: the author named by its folder, and by users.csv beside it", async () => {
    const folder = join(dir, "crawler", "山城\u202e旧事");
    mkdirSync(folder, { recursive: true });
    const csv = join(folder, "1700000093.csv");
    writeFileSync(csv, "id,bid,text,created_at\n4393000000900005,HE1bbbbbb,江边的灯亮了,2024-03-01T20:15:00\n");
    expect(names((await collect(readDataFile(csv, { baseUrl: "" })))[0]!.authors)).toEqual(["山城旧事"]);
    writeFileSync(join(dir, "crawler", "users.csv"), "用户id,昵称,粉丝数,简介\n1700000093,\u2067山城旧事\u2069\u200e,9100,讲讲老城的故事\n");
    expect(names((await collect(readDataFile(csv, { baseUrl: "" })))[0]!.authors)).toEqual(["山城旧事"]);
  });

  it("weiboSpider JSON: the user named by nickname", () => {
    const doc = { user: { id: "1700000094", nickname: "\u202d江城\u200b小记" }, weibo: [{ id: "Jt2aBcDeG", content: "江城今天下雪了", publish_time: "2021-01-07 08:30" }] };
    expect(names(itemsOf([weiboEvent("weibospider.json", 0, doc, { baseUrl: "" })])[0]!.authors)).toEqual(["江城小记"]);
  });

  it("feeds: JSON Feed authors, RSS <author> and dc:creator", async () => {
    const json = {
      version: "https://jsonfeed.org/version/1.1",
      title: "江城日报",
      items: [
        { id: "1", content_text: "江城大桥今天通车。", authors: [{ name: "陈记者\u202e" }, { name: "\u200b\u200b" }] },
      ],
    };
    const fromJson = await collect(dataEvents("feed.json", new TextEncoder().encode(JSON.stringify(json)), "json", { baseUrl: "" }));
    expect(names(fromJson[0]!.authors)).toEqual(["陈记者"]);
    const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>江城日报</title><link>https://news.example.cn/</link>
      <item><title>通车</title><link>https://news.example.cn/1</link><author>news@example.cn (陈\u202e记者)</author><description>江城大桥今天通车。</description></item>
      <item><title>下雪</title><link>https://news.example.cn/2</link><dc:creator>\u2068李编辑\u2069</dc:creator><description>江城今天下雪了。</description></item>
    </channel></rss>`;
    const fromRss = await collect(dataEvents("feed.xml", new TextEncoder().encode(rss), "feed", { baseUrl: "" }));
    expect(fromRss.map((i) => names(i.authors))).toEqual([["陈记者"], ["李编辑"]]);
  });

  it("a news page: the author it declares", async () => {
    const body = "<p>县里今年新建了三座乡村图书馆，每座藏书五千册，年底前全部向村民开放，借书不收费用。</p>".repeat(4);
    const page = async (head: string) => {
      const result = await readPage({ kind: "html", text: `<html><head><title>图书馆开放</title>${head}</head><body><h1>图书馆开放</h1>${body}</body></html>`, baseUrl: "" });
      if ("reason" in result) throw new Error(result.reason);
      return result.items[0]!.item;
    };
    expect(names((await page('<meta name="author" content="王\u202e记者">')).authors)).toEqual(["王记者"]);
    expect((await page('<meta name="author" content="\u200b\u202e">')).authors).toBeUndefined();
  });
});
