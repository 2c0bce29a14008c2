// @vitest-environment node
// News stories as JSON records, the way extractors and news data sets write them: a headline
// and a body, with the date, authors, source, address and pictures beside them, one a line
// (JSON Lines) or as a list in one JSON file. Each reads as the article it is.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ArticleItem, Item } from "../../../src/content/feed-schema";
import { readInputs } from "../../../src/ingest/inputs";
import { readPage } from "../../../src/ingest/read-page";
import { paragraphs } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "qingyue-news-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every item the ingest makes of a file, and each input it set aside with its reason. */
async function read(name: string, content: string): Promise<{ items: Item[]; failures: [string, string][] }> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const items: Item[] = [];
  const failures: [string, string][] = [];
  for await (const event of readInputs([path])) {
    if (!event.ok) failures.push([event.name.replace(`${dir}/`, ""), event.reason]);
    else if ("items" in event) items.push(...event.items);
    else {
      const result = await readPage({ kind: event.kind, text: event.text, baseUrl: "", ...(event.externalUrl !== undefined ? { externalUrl: event.externalUrl } : {}) });
      if ("reason" in result) failures.push([event.name.replace(`${dir}/`, ""), result.reason]);
      else items.push(...result.items.map((r) => r.item));
    }
  }
  return { items, failures };
}

const article = (item: Item | undefined): ArticleItem => {
  if (item?._qingyue.kind !== "article") throw new Error(`not an article: ${JSON.stringify(item)}`);
  return item as ArticleItem;
};

const dataSetRecord = {
  news_id: "610130831",
  keywords: "检察,开放日",
  desc: "8月5日，青山市检察院举办检察开放日活动。",
  title: "青山检察院举办检察开放日活动",
  source: "青山日报",
  time: "2020-08-05 18:30",
  content: "8月5日，青山市检察院举办检察开放日活动，邀请人大代表、政协委员走进检察院。\n活动现场，代表委员们参观了12309检察服务中心。\n代表们表示，希望检察机关继续加强法治宣传。",
};
const extractorRecord = {
  title: "青山大桥今日通车",
  author: "张三",
  publish_time: "2020-08-06 09:00:00",
  content: "青山大桥今日正式通车，全长三公里。大桥的建成将缩短两岸通行时间。",
  images: ["https://news.example.com/img/bridge.jpg"],
  url: "https://news.example.com/2020/0806/1.html",
};

describe("news records one a line", () => {
  it("reads a data set's record: headline, source, time to the minute, every paragraph", async () => {
    const { items, failures } = await read("dataset.jsonl", `${JSON.stringify(dataSetRecord)}\n`);
    expect(failures).toEqual([]);
    const story = article(items[0]);
    expect(story.title).toBe("青山检察院举办检察开放日活动");
    expect(story._qingyue.source).toBe("青山日报");
    expect(story.date_published).toBe("2020-08-05T18:30:00+08:00");
    expect(story._qingyue.date_precision).toBe("minute");
    expect(paragraphs(story)).toEqual(dataSetRecord.content.split("\n"));
  });

  it("keeps an extractor's short story whole, with its author, picture and address", async () => {
    const { items, failures } = await read("extracted.jsonl", `${JSON.stringify(extractorRecord)}\n`);
    expect(failures).toEqual([]);
    const story = article(items[0]);
    expect(paragraphs(story)).toEqual([extractorRecord.content]);
    expect(story.authors).toEqual([{ name: "张三" }]);
    expect(story.image).toBe("https://news.example.com/img/bridge.jpg");
    expect(story.external_url).toBe("https://news.example.com/2020/0806/1.html");
    expect(story.date_published).toBe("2020-08-06T09:00:00+08:00");
  });

  it("reads a body written as HTML with its subhead and picture, and a title beside page text", async () => {
    const html = { title: "检察开放日", date: "2020-08-05", text: "<p>8月5日，青山市检察院举办检察开放日活动，邀请代表委员走进检察院，参观服务中心。</p><h2>现场观摩</h2><p>代表委员们观摩了庭审，听取了工作汇报，并提出了意见建议。</p><p><img src=\"https://news.example.com/img/open.jpg\" alt=\"活动现场\"></p>" };
    const { items, failures } = await read("html.jsonl", `${JSON.stringify(html)}\n`);
    expect(failures).toEqual([]);
    const story = article(items[0]);
    expect(story.title).toBe("检察开放日");
    expect(story.date_published).toBe("2020-08-05T00:00:00+08:00");
    expect(story._qingyue.sections.map((s) => s.heading)).toEqual([undefined, "现场观摩"]);
    expect(story._qingyue.sections.flatMap((s) => s.figures ?? []).map((f) => f.url)).toEqual(["https://news.example.com/img/open.jpg"]);
  });

  it("still reads a line of page text with no headline beside it as page text", async () => {
    const { items } = await read("pages.jsonl", `${JSON.stringify({ text: "青山大桥今日通车\n2020-08-06 09:00 来源：青山日报\n青山大桥今日正式通车，全长三公里，大桥的建成将缩短两岸通行时间。" })}\n`);
    expect(article(items[0]).title).toBe("青山大桥今日通车");
  });
});

describe("a JSON file listing news records", () => {
  it("reads every story of a list", async () => {
    const { items, failures } = await read("news.json", JSON.stringify([dataSetRecord, extractorRecord]));
    expect(failures).toEqual([]);
    expect(items.map((i) => i.title)).toEqual(["青山检察院举办检察开放日活动", "青山大桥今日通车"]);
  });

  it("reads the list an API answer holds, and names a record without a body by its place", async () => {
    const { items, failures } = await read("api.json", JSON.stringify({ code: 0, data: [dataSetRecord, extractorRecord, { title: "只有标题" }] }));
    expect(items).toHaveLength(2);
    expect(failures).toEqual([["api.json 第 3 条", "这一条没有标题或正文，不是一篇新闻"]]);
  });
});

describe("a news record in a language of its own", () => {
  it("keeps the language the record gives, so the story is set in it", async () => {
    const record = { title: "عودة الترام إلى المدينة", language: "ar", content: "عاد الترام اليوم إلى شوارع المدينة بعد أربعين عاما من الغياب، وسط ترحيب واسع.\nتوافد آلاف السكان إلى المحطات منذ ساعات الصباح الأولى." };
    const { items, failures } = await read("arabic.jsonl", `${JSON.stringify(record)}\n`);
    expect(failures).toEqual([]);
    expect(article(items[0]).language).toBe("ar");
  });
});
