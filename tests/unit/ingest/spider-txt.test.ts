// @vitest-environment node
// weiboSpider's txt result file, known by its content and read as the user's posts: each post's
// words, author, time and counts, a repost with its original, the picture labels the crawler
// copied left out, and a damaged block named by its line while the rest is kept. Ordinary page
// text (the seed) still reads as a page.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as v from "valibot";
import { ItemSchema, type FeedPage, type PostItem } from "../../../src/content/feed-schema";
import { ingest } from "../../../src/ingest/ingest";
import { readInputs, type InputEvent } from "../../../src/ingest/inputs";
import { sniffKind } from "../../../src/ingest/sniff";
import { weiboItem } from "../../../src/ingest/weibo/items";
import { readSpiderTxt } from "../../../src/ingest/weibo/spider-txt";
import { ROOT, SEED } from "./helpers";

const SPIDER = join(ROOT, "tests", "fixtures", "weibo", "spider-txt");
const CURRENT = join(SPIDER, "1700000040.txt");
const dir = mkdtempSync(join(tmpdir(), "qingyue-spider-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function events(path: string): Promise<InputEvent[]> {
  const found: InputEvent[] = [];
  for await (const event of readInputs([path])) found.push(event);
  return found;
}

async function posts(path: string): Promise<PostItem[]> {
  const items = (await events(path)).flatMap((e) => (e.ok && "items" in e ? e.items : []));
  for (const item of items) expect(v.safeParse(ItemSchema, item).issues).toBeUndefined();
  return items as PostItem[];
}

const AUTHOR = { name: "湖畔随笔", url: "https://weibo.com/u/1700000040", _qingyue: { id: "1700000040", followers: "1520" } };

describe("weiboSpider's txt file (the layout since June 2020)", () => {
  it("is read as the user's posts, not as a page, whatever the file is called", async () => {
    const text = readFileSync(CURRENT, "utf8");
    expect(sniffKind(text, "1700000040.txt")).toBe("weibo-txt");
    expect(sniffKind(text, "download")).toBe("weibo-txt");
    const read = await events(CURRENT);
    expect(read.some((e) => e.ok && "kind" in e)).toBe(false);
    expect((await posts(CURRENT)).map((p) => p._qingyue.paragraphs[0])).toEqual([
      "#城市观鸟# 今早在东湖边看到一群白鹭[心] @鸟友小林 快来看",
      "说得真好，周末就去走走[赞]",
      "春天的湖边，樱花开了一半",
      "写给自己的三句话：",
    ]);
  });

  it("gives an original post its words with their markup, the user as author, its time and its counts", async () => {
    const [post] = await posts(CURRENT);
    expect(post).toMatchObject({
      content_text: "#城市观鸟# 今早在东湖边看到一群白鹭[心] @鸟友小林 快来看",
      date_published: "2021-03-05T07:42:00+08:00",
      authors: [AUTHOR],
      tags: ["城市观鸟"],
      _qingyue: { kind: "post", topics: ["城市观鸟"], counts: { likes: "36", reposts: "4", comments: "7" }, date_precision: "minute" },
    });
    // The file names no Weibo id and no link: none is made up.
    expect(post!.id).toMatch(/^p-/);
    expect(post!.external_url).toBeUndefined();
  });

  it("reads a repost as its reason, with the original and its author beneath; the original's time and counts stay absent", async () => {
    const repost = (await posts(CURRENT))[1]!;
    expect(repost._qingyue.paragraphs).toEqual(["说得真好，周末就去走走[赞]"]);
    expect(repost._qingyue.counts).toEqual({ likes: "2", reposts: "0", comments: "1" });
    expect(repost._qingyue.repost).toEqual({
      authors: [{ name: "江城日报" }],
      headline: "江城大桥今天通车",
      paragraphs: ["【江城大桥今天通车】市民可以步行上桥参观，#江城大桥# 开放时间为每天8点到20点。"],
    });
  });

  it("leaves out the 原图 and [组图共3张] labels of a post with pictures, and invents no picture the file does not give", async () => {
    const pictures = (await posts(CURRENT))[2]!;
    expect(pictures.content_text).toBe("春天的湖边，樱花开了一半");
    expect(pictures.attachments).toBeUndefined();
    expect(pictures.date_published).toBe("2021-03-03T16:05:00+08:00");
  });

  it("keeps a post of several lines as its paragraphs", async () => {
    const long = (await posts(CURRENT))[3]!;
    expect(long._qingyue.paragraphs).toEqual(["写给自己的三句话：", "第一，早睡早起；", "第二，每周去湖边走一走。"]);
    expect(long.authors).toEqual([AUTHOR]);
  });

  it("names each damaged block by its line in plain words and keeps every good post", async () => {
    const read = await events(CURRENT);
    expect(read.filter((e) => !e.ok)).toEqual([
      { ok: false, name: `${CURRENT}:35`, reason: "这段文字（“这一段文字后面的字段丢了，不是完整的一条”）后面没有发布时间、点赞数这类字段，不是完整的一条微博，没有读入（文件可能被截断或改动过）" },
      { ok: false, name: `${CURRENT}:37`, reason: "这里只有发布时间、点赞数这类字段，没有微博内容，没有读入" },
    ]);
    expect(read.flatMap((e) => (e.ok && "items" in e ? e.items : []))).toHaveLength(4);
  });

  it("keeps a post whose fields a cut file lost, says so, and names a cut-off last post", async () => {
    const lines = readFileSync(CURRENT, "utf8").split("\n");
    const cutInFields = join(dir, "cut-in-fields.txt");
    writeFileSync(cutInFields, lines.slice(0, 11).join("\n"));
    const [event] = await events(cutInFields);
    expect(event).toMatchObject({ ok: true, notes: ["第 9 行的微博（“#城市观鸟# 今早在东湖边看到一群白鹭[…”）缺少“点赞数”“转发数”“评论数”“发布工具”，这些留空（文件可能被截断）"] });
    const cutPost = (event as Extract<InputEvent, { items: unknown }>).items[0] as PostItem;
    expect(cutPost.date_published).toBe("2021-03-05T07:42:00+08:00");
    expect(cutPost._qingyue.counts).toBeUndefined();

    const cutInWords = join(dir, "cut-in-words.txt");
    writeFileSync(cutInWords, lines.slice(0, 19).join("\n"));
    const read = await events(cutInWords);
    expect(read.flatMap((e) => (e.ok && "items" in e ? e.items : []))).toHaveLength(1);
    expect(read.filter((e) => !e.ok).map((e) => e.name)).toEqual([`${cutInWords}:17`]);
  });

  it("names a file with only the user's block", async () => {
    const onlyUser = join(dir, "only-user.txt");
    writeFileSync(onlyUser, readFileSync(CURRENT, "utf8").split("\n").slice(0, 7).join("\n"));
    expect(await events(onlyUser)).toEqual([{ ok: false, name: onlyUser, reason: "weiboSpider 的 txt 文件里只有用户信息，没有微博" }]);
  });
});

describe("weiboSpider's older txt layouts and encodings", () => {
  it("reads the 2019 layout: numbered posts, ': ' labels, the three counts on one line, a deleted original", async () => {
    const [own, repost] = await posts(join(SPIDER, "2019-layout.txt"));
    expect(own).toMatchObject({
      content_text: "周末去湖边走走[太阳]",
      date_published: "2019-10-05T09:12:00+08:00",
      authors: [{ name: "湖畔随笔", _qingyue: { id: "1700000040", followers: "1400" } }],
      _qingyue: { counts: { likes: "8", reposts: "1", comments: "2" } },
    });
    expect(repost!._qingyue).toMatchObject({ paragraphs: ["转发微博"], repost: { deleted: true } });
  });

  it("reads a file the crawler wrote in GBK with Windows line ends", async () => {
    const [post] = await posts(join(SPIDER, "gbk-windows.txt"));
    expect(post).toMatchObject({
      content_text: "江边的风很大，#江城天气# 记得加衣服",
      date_published: "2022-11-20T08:05:00+08:00",
      authors: [{ name: "江边小站" }],
      _qingyue: { counts: { likes: "3", reposts: "0", comments: "1" } },
    });
  });
});

describe("reading the txt's blocks", () => {
  const file = (...posts: string[]) => `用户信息：\n用户昵称：小站\n用户id：1700000042\n微博数：2\n关注数：1\n粉丝数：9\n\n微博内容：\n${posts.join("\n\n")}\n\n`;
  const tail = (time: string) => `微博位置：无\n发布时间：${time}\n点赞数：1\n转发数：0\n评论数：0\n发布工具：无`;
  const items = (text: string) => readSpiderTxt(text).posts.map((p) => weiboItem(p.status, { baseUrl: "" }) as PostItem);

  it("marks a text the crawler could not fetch whole (...全文) as cut", () => {
    const [post] = items(file(`一段很长的话，说到一半...全文\n${tail("2021-05-01 10:00")}`));
    expect(post!._qingyue).toMatchObject({ kind: "post", paragraphs: ["一段很长的话，说到一半…"], truncated: true });
  });

  it("keeps a line of the post's own words that starts like a field", () => {
    const [post] = items(file(`活动通知\n发布时间：下周一上午\n地点：湖边\n${tail("2021-05-02 10:00")}`));
    expect(post!._qingyue.paragraphs).toEqual(["活动通知", "发布时间：下周一上午", "地点：湖边"]);
  });

  it("keeps two posts with the same words at different times as two stories, and one posted twice as one", () => {
    const made = items(file(`打卡[太阳]\n${tail("2021-05-03 07:00")}`, `打卡[太阳]\n${tail("2021-05-04 07:00")}`, `打卡[太阳]\n${tail("2021-05-04 07:00")}`));
    expect(new Set(made.map((i) => i.id)).size).toBe(2);
  });

  it("strips a post number only where the file numbers its posts", () => {
    expect(items(file(`1:0 的比分\n${tail("2021-05-05 21:00")}`, `2:0 赢了\n${tail("2021-05-05 22:00")}`)).map((i) => i.content_text)).toEqual(["0 的比分", "0 赢了"]);
    expect(items(file(`3:0 赢了\n${tail("2021-05-05 22:00")}`)).map((i) => i.content_text)).toEqual(["3:0 赢了"]);
  });
});

describe("page text stays page text", () => {
  it("does not take the seed, or a page that only mentions 用户信息, for weiboSpider's file", () => {
    expect(sniffKind(readFileSync(SEED, "utf8"), "seed.txt")).toBe("text");
    expect(sniffKind("用户信息\n请妥善保管您的用户信息，不要泄露给他人。\n", "notice.txt")).toBe("text");
  });
});

describe("ingesting a weiboSpider txt file beside a page", { timeout: 30_000 }, () => {
  it("writes its posts into the feed, names its damaged blocks, and reads the seed as before", async () => {
    const out = join(dir, "out");
    const log: string[] = [];
    const result = await ingest({ inputs: [CURRENT, SEED], out, pageSize: 50, baseUrl: "", log: (line) => log.push(line) });
    expect(result.written).toBe(true);
    expect(result.counts).toEqual({ article: 1, post: 2 + 4, trending: 20 });
    expect(result.failures.map((f) => f.name)).toEqual([`${CURRENT}:35`, `${CURRENT}:37`]);
    expect(log).toContain(`ingest: 已跳过 ${CURRENT}:37：这里只有发布时间、点赞数这类字段，没有微博内容，没有读入`);
    const items = readdirSync(out).filter((f) => /^feed(-\d+)?\.json$/.test(f))
      .flatMap((f) => (JSON.parse(readFileSync(join(out, f), "utf8")) as FeedPage).items) as PostItem[];
    const mine = items.filter((i) => i.authors?.[0]?.name === "湖畔随笔");
    expect(mine.map((i) => [i.date_published, i._qingyue.counts?.likes])).toEqual([
      ["2021-03-05T07:42:00+08:00", "36"],
      ["2021-03-04T21:10:00+08:00", "2"],
      ["2021-03-03T16:05:00+08:00", "120"],
      ["2021-03-01T22:30:00+08:00", "9"],
    ]);
  });
});
