// @vitest-environment node
// Weibo files beyond the crawlers' own layouts: a crawler's CSV or JSON Lines in another encoding
// (Excel on Chinese Windows, pandas with encoding="gbk" and Python on a Chinese Windows write
// GBK), which reads as the UTF-8 the crawler wrote would; and a table of stored posts under their
// records' field names.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PostItem } from "../../../src/content/feed-schema";
import { readDataFile } from "../../../src/ingest/data-files";
import { readInputs } from "../../../src/ingest/inputs";
import { dataOnly } from "./helpers";

const dir = mkdtempSync(join(tmpdir(), "qingyue-csv-encodings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const gbk = (text: string): Buffer => execFileSync("iconv", ["-f", "utf-8", "-t", "gbk"], { input: text });

const HEADER = "id,bid,正文,头条文章url,原始图片url,视频url,位置,日期,工具,点赞数,评论数,转发数,话题,@用户,完整日期\n";

/** The posts a file gives, read as an input of the ingest (its kind told from its content), and why any part was not. */
async function inputPosts(file: string): Promise<{ items: PostItem[]; reasons: string[] }> {
  const items: PostItem[] = [];
  const reasons: string[] = [];
  for await (const event of readInputs([file], { baseUrl: "" })) {
    if (!event.ok) reasons.push(event.reason);
    else if ("items" in event) items.push(...(event.items as PostItem[]));
  }
  return { items, reasons };
}

async function posts(path: string): Promise<{ items: PostItem[]; reasons: string[] }> {
  const items: PostItem[] = [];
  const reasons: string[] = [];
  for await (const event of readDataFile(path, { baseUrl: "" })) {
    const data = dataOnly(event);
    if (data.ok) items.push(...(data.items as PostItem[]));
    else reasons.push(data.reason);
  }
  return { items, reasons };
}

describe("weibo-crawler's CSV saved as GBK", () => {
  it("reads its Chinese header and its posts' words, and its users.csv's profile", async () => {
    mkdirSync(join(dir, "small", "夜读"), { recursive: true });
    writeFileSync(join(dir, "small", "夜读", "1800000010.csv"), gbk(
      HEADER +
        '4900000000000201,P9eEeEe01,"今晚读完了《夜航西飞》，推荐给大家\n书里的非洲很美",,https://wx1.sinaimg.cn/large/010a.jpg,,北京,2020-08-04,iPhone客户端,1.2万,100万+,12,,,2020-08-04 22:10:00\n',
    ));
    writeFileSync(join(dir, "small", "users.csv"), gbk("用户id,昵称,性别,生日,所在地,学习经历,公司,注册时间,阳光信用,微博数,粉丝数,关注数,简介,主页,头像,高清头像,微博等级,会员等级,是否认证,认证类型,认证信息\n1800000010,夜读,f,,北京,,,,,100,52000,10,每晚读一本书,,,https://tvax1.sinaimg.cn/large/010av.jpg,,,True,0,读书博主\n"));
    const { items, reasons } = await posts(join(dir, "small", "夜读", "1800000010.csv"));
    expect(reasons).toEqual([]);
    expect(items.map((i) => [i._qingyue.paragraphs, i._qingyue.counts, i.authors?.[0]?.name, i.authors?.[0]?._qingyue?.verified])).toEqual([
      [["今晚读完了《夜航西飞》，推荐给大家", "书里的非洲很美"], { reposts: "12", comments: "100万+", likes: "1.2万" }, "夜读", "读书博主"],
    ]);
  });

  it("reads a file longer than one read of it whole, a character cut between two reads joined again", async () => {
    mkdirSync(join(dir, "large", "夜读"), { recursive: true });
    const rows = Array.from({ length: 3000 }, (_, n) => `${4900000000010000 + n},,第${n}条：今天的夜读是一本关于远方和旅途的书，推荐给大家,,,,,2020-08-04,,1,2,3,,,\n`);
    const bytes = gbk(HEADER + rows.join(""));
    expect(bytes.length).toBeGreaterThan(4 * 64 * 1024);
    writeFileSync(join(dir, "large", "夜读", "1800000010.csv"), bytes);
    const { items, reasons } = await posts(join(dir, "large", "夜读", "1800000010.csv"));
    expect(reasons).toEqual([]);
    expect(items).toHaveLength(3000);
    expect(items.filter((i) => !/^第\d+条：今天的夜读是一本关于远方和旅途的书，推荐给大家$/u.test(i._qingyue.paragraphs.join("")))).toEqual([]);
  });
});

describe("a search crawler's JSON Lines written as GBK", () => {
  it("reads each line in the file's encoding", async () => {
    const file = join(dir, "search.jsonl");
    const lines = [
      { mid: "4900000000000901", text: "新店开业，欢迎大家来坐坐[太开心]#河边咖啡#", created_at: "2023-05-01 10:12", user: { id: "1800000090", screen_name: "河边咖啡" }, reposts_count: 3 },
      { mid: "4900000000000902", text: "今天的拿铁很好喝", created_at: "2023-05-02 09:30", user: { id: "1800000090", screen_name: "河边咖啡" }, reposts_count: 0 },
    ];
    writeFileSync(file, gbk(lines.map((l) => JSON.stringify(l)).join("\n") + "\n"));
    const { items, reasons } = await inputPosts(file);
    expect(reasons).toEqual([]);
    expect(items.map((i) => [i.authors?.[0]?.name, i._qingyue.paragraphs])).toEqual([
      ["河边咖啡", ["新店开业，欢迎大家来坐坐[太开心]#河边咖啡#"]],
      ["河边咖啡", ["今天的拿铁很好喝"]],
    ]);
  });
});

describe("a table of posts written out as CSV under the field names of the records it stored", () => {
  const WEIBO = join(import.meta.dirname, "..", "..", "fixtures", "weibo");

  it("API posts with their user and their original as dotted columns (user.screen_name), their pictures as a JSON list, their ids and counts as pandas writes them (12.0, 1,234)", async () => {
    const { items, reasons } = await posts(join(WEIBO, "table-of-api-posts.csv"));
    expect(reasons).toEqual([]);
    const [repost, own] = items;
    expect(repost!.authors).toEqual([{ name: "江城读者", url: "https://weibo.com/u/1800000033", _qingyue: { id: "1800000033", verified: "读书博主" } }]);
    expect(repost!._qingyue.paragraphs).toEqual(["说得好//@小李:是的"]);
    expect(repost!._qingyue.repost).toMatchObject({
      id: "4900000000000330", authors: [{ name: "原作者", url: "https://weibo.com/u/1800000034" }], paragraphs: ["【原文】今天读了一本好书 [赞]"],
    });
    expect(own!._qingyue.paragraphs).toEqual(["[哈哈]自己的一条"]);
    expect(own!._qingyue.counts).toEqual({ reposts: "0", comments: "1234", likes: "100万+" });
    expect(own!.attachments?.map((a) => a.url)).toEqual(["https://wx1.sinaimg.cn/large/033a.jpg", "https://wx1.sinaimg.cn/large/033b.jpg"]);
  });

  it("a crawler's stored posts (_id, weibo_url, content, like_num …)", async () => {
    const { items, reasons } = await posts(join(WEIBO, "table-of-stored-posts.csv"));
    expect(reasons).toEqual([]);
    expect(items.map((i) => [i.id, i.date_published, i._qingyue.paragraphs, i._qingyue.counts, i.attachments?.map((a) => a.url)])[0]).toEqual(
      ["wb-4900000000000301", "2020-08-04T10:12:00+08:00", ["今天天气很好"], { reposts: "1", comments: "2", likes: "5" }, ["https://wx1.sinaimg.cn/large/030a.jpg"]],
    );
  });

  it("its flags as a database or Python writes them (1, True; 0, False): a repost named by id; its content whole beside isLongText, as in its JSON", async () => {
    const { items } = await posts(join(WEIBO, "table-of-stored-posts.csv"));
    expect(items.map((i) => [i._qingyue.repost, i._qingyue.truncated])).toEqual([
      [undefined, undefined],
      [{ id: "4800000000000003", url: "https://m.weibo.cn/status/4800000000000003" }, undefined],
      [undefined, undefined],
    ]);
  });

  it("a table of comments (rootid, like_counts) is set aside and counted, as comments in JSON are", async () => {
    const events = [];
    for await (const event of readDataFile(join(WEIBO, "table-of-comments.csv"), { baseUrl: "" })) events.push(dataOnly(event));
    expect(events.flatMap((e) => (e.ok ? e.items : []))).toEqual([]);
    expect(events.flatMap((e) => (e.ok ? e.notes : [e.reason]))).toEqual(["跳过 2 条评论：评论不是微博，不单独成条"]);
  });

  it("a table with an id and a text but nothing only Weibo's records have is not taken for posts", async () => {
    const { items, reasons } = await posts(join(WEIBO, "news-table.csv"));
    expect(items).toEqual([]);
    expect(reasons).toEqual(["表头有 3 列无法识别：title、url、date"]);
  });
});

describe("a GBK file whose first Chinese comes after more than 64 KiB of plain ASCII", () => {
  // Seven hundred posts in English (ids, numbers, addresses), then one in Chinese.
  const english = Array.from({ length: 700 }, (_, i) => ({
    mid: String(4900000000300000 + i), text: `Morning run number ${i}, weather fine, pace 5:30 per km, see https://example.org/run/${i}`,
    created_at: "2021-01-08 07:00", reposts_count: 1, user: { id: "1800000100", screen_name: "runner" },
  }));
  const chinese = { mid: "4900000000309999", text: "今天在江边跑了十公里，风很大。", created_at: "2021-01-09 07:00", reposts_count: 1, user: { id: "1800000101", screen_name: "江城跑者" } };
  const lastPost = async (file: string) => {
    const { items, reasons } = await inputPosts(file);
    expect(reasons).toEqual([]);
    const post = items.find((i) => i.id === "wb-4900000000309999");
    return post && [post.authors?.[0]?.name, post._qingyue.paragraphs];
  };
  const expected = ["江城跑者", ["今天在江边跑了十公里，风很大。"]];

  it("reads the Chinese lines of JSON Lines, a CSV and a JSON list in GBK", async () => {
    const jsonl = join(dir, "late.jsonl");
    writeFileSync(jsonl, gbk([...english, chinese].map((l) => JSON.stringify(l)).join("\n") + "\n"));
    expect(await lastPost(jsonl)).toEqual(expected);
    const csv = join(dir, "late.csv");
    const row = (p: typeof chinese) => `${p.mid},${p.user.id},${p.user.screen_name},"${p.text}",${p.created_at},${p.reposts_count}\n`;
    writeFileSync(csv, gbk("mid,user_id,screen_name,text,created_at,reposts_count\n" + [...english, chinese].map(row).join("")));
    expect(await lastPost(csv)).toEqual(expected);
    const json = join(dir, "late.json");
    writeFileSync(json, gbk(JSON.stringify([...english, chinese], null, 1)));
    expect(await lastPost(json)).toEqual(expected);
  });
});

describe("a crawler's CSV and JSON Lines saved as UTF-16 (pandas' encoding=\"utf-16\", Windows tools)", () => {
  const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const post = { mid: "4900000000400001", text: "江边的晚霞太好看了", created_at: "2021-01-09 18:00", reposts_count: 1, user: { id: "1800000401", screen_name: "江城摄影" } };
  const read = async (file: string) => {
    const { items, reasons } = await inputPosts(file);
    return { reasons, posts: items.map((i) => [i.id, i.authors?.[0]?.name, i._qingyue.paragraphs]) };
  };
  const expected = { reasons: [], posts: [["wb-4900000000400001", "江城摄影", ["江边的晚霞太好看了"]]] };

  it("reads their rows and lines as the UTF-8 the crawler wrote would be read", async () => {
    const csv = join(dir, "utf16.csv");
    writeFileSync(csv, utf16(`mid,user_id,screen_name,text,created_at,reposts_count\r\n${post.mid},${post.user.id},${post.user.screen_name},${post.text},${post.created_at},1\r\n`));
    expect(await read(csv)).toEqual(expected);
    const jsonl = join(dir, "utf16.jsonl");
    writeFileSync(jsonl, utf16(`${JSON.stringify(post)}\r\n`));
    expect(await read(jsonl)).toEqual(expected);
  });
});
