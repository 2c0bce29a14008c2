// @vitest-environment node
// The ingest over Weibo data files together: what one file says about another's posts (the
// whole text, the author's profile) lands on those posts, comments never become posts, and bad
// files are named while the rest is still written.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { FeedPage, PostItem } from "../../../src/content/feed-schema";
import { ingest } from "../../../src/ingest/ingest";
import { ROOT } from "./helpers";

const WEIBO = join(ROOT, "tests", "fixtures", "weibo");
const FEEDS = join(ROOT, "tests", "fixtures", "feeds");
const dir = mkdtempSync(join(tmpdir(), "qingyue-data-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(inputs: string[], out: string) {
  const log: string[] = [];
  const result = await ingest({ inputs, out, pageSize: 50, baseUrl: "", log: (line) => log.push(line) });
  const items = result.written
    ? readdirSync(out).filter((f) => /^feed(-\d+)?\.json$/.test(f)).flatMap((f) => (JSON.parse(readFileSync(join(out, f), "utf8")) as FeedPage).items)
    : [];
  return { result, log, items: items as PostItem[] };
}

describe("ingesting Weibo data files", { timeout: 30_000 }, () => {
  it("puts the statuses/extend whole text in place of the 全文-cut text, and the profile on the posts' author", async () => {
    const { items } = await run(
      ["getindex-pictures-repost.json", "statuses-extend.json", "profile-userinfo.json"].map((f) => join(WEIBO, f)),
      join(dir, "merged"),
    );
    const guide = items.find((i) => i.id === "wb-4393000000000006")!;
    expect(guide._qingyue.truncated).toBeUndefined();
    expect(guide._qingyue.paragraphs).toEqual([
      "#城市观鸟# 观鸟季开始了，整理了一份新手指南：", "一、带上望远镜", "二、穿不显眼的衣服", "三、不要投喂，也不要靠得太近", "四、记下时间、地点和种类",
    ]);
    expect(guide.authors?.[0]?._qingyue).toMatchObject({ description: "在江城拍鸟十年", followers: "5.8万" });
  });

  it("names each bad file with its reason, writes the rest, and notes skipped comments", async () => {
    const out = join(dir, "mixed");
    const { result, log, items } = await run(
      ["comments-hotflow.json", "not-weibo.json", "unknown-header.csv", "weibo-crawler.json"].map((f) => join(WEIBO, f)),
      out,
    );
    expect(result.written).toBe(true);
    expect(items.map((i) => i.id)).toEqual(["wb-4393000000200001", "wb-4393000000200002"]);
    expect(result.failures.map((f) => f.name)).toEqual([join(WEIBO, "not-weibo.json"), join(WEIBO, "unknown-header.csv")]);
    expect(log).toContain(`ingest: ${join(WEIBO, "comments-hotflow.json")}: 跳过 2 条评论：评论不是微博，不单独成条`);
    expect(log.some((l) => l.includes("not-weibo.json：既不是订阅源，也不是微博数据"))).toBe(true);
  });

  it("reads Weibo posts written one JSON record a line, beside ordinary {text, url} pages", async () => {
    const { items } = await run([join(WEIBO, "timeline.jsonl")], join(dir, "jsonl"));
    const posts = items.filter((i) => i.id.startsWith("wb-"));
    expect(posts.map((p) => [p.id, p._qingyue.paragraphs, p.authors?.[0]?.name])).toEqual([
      ["wb-4393000000500001", ["第一行", "第二行"], "逐行作者"],
      ["wb-4393000000500002", ["卡片里的一条"], "逐行作者"],
    ]);
    expect(items.length).toBeGreaterThan(2);
  });

  it("reads a WeiboSpider-style document a line: content, pictures, and the user's nick_name, _id and avatar as the author", async () => {
    const { items } = await run([join(WEIBO, "spider-tweets.jsonl")], join(dir, "spider"));
    expect(items).toHaveLength(1);
    const post = items[0]!;
    expect(post._qingyue.paragraphs).toEqual(["今天的湖边很安静，适合散步。#秋天# [太阳]"]);
    expect(post.date_published).toBe("2022-10-06T23:05:56+08:00");
    expect(post.attachments).toHaveLength(2);
    expect(post.authors).toEqual([
      { name: "湖畔日报", url: "https://weibo.com/u/1087770692", avatar: "https://tvax1.sinaimg.cn/crop.0.0.180.180.1024/abc.jpg", _qingyue: { id: "1087770692" } },
    ]);
  });

  it("lists the posts' authors in authors.json, named by people.json, so the people pages need not read every page", async () => {
    const out = join(dir, "authors");
    const { items } = await run([join(WEIBO, "getindex-pictures-repost.json")], out);
    const people = JSON.parse(readFileSync(join(out, "people.json"), "utf8")) as { authors_url?: string; authors?: unknown };
    expect(people.authors_url).toBe("authors.json");
    expect(people.authors).toBeUndefined();
    const { authors } = JSON.parse(readFileSync(join(out, "authors.json"), "utf8")) as { authors: { id: string; name: string; items: string[] }[] };
    const writers = new Set(items.flatMap((i) => [...(i.authors ?? []), ...(i._qingyue.repost?.authors ?? [])].map((a) => a.name)));
    expect(new Set(authors.map((a) => a.name))).toEqual(writers);
    for (const author of authors) {
      expect(author.id).toMatch(/^au-/);
      expect(author.items.length).toBeGreaterThan(0);
    }
  });

  it("writes byte-identical files on a second run", async () => {
    const inputs = [join(WEIBO, "getindex-pictures-repost.json"), join(WEIBO, "crawler")];
    await run(inputs, join(dir, "a"));
    await run(inputs, join(dir, "b"));
    for (const name of readdirSync(join(dir, "a"))) {
      expect(readFileSync(join(dir, "b", name), "utf8")).toBe(readFileSync(join(dir, "a", name), "utf8"));
    }
  });

  it("npm run ingest: a cut-off feed and a CSV with an unknown header are named, the rest is written, the exit code is 1", () => {
    const out = join(dir, "cli");
    const tsx = join(ROOT, "node_modules", ".bin", "tsx");
    const args = [join(ROOT, "src", "ingest", "cli.ts"), "--out", out, join(FEEDS, "truncated.xml"), join(WEIBO, "unknown-header.csv"), join(FEEDS, "rss2-enclosures.xml")];
    const cli = spawnSync(tsx, args, { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`ingest: ${join(FEEDS, "truncated.xml")}：订阅源不完整：文件在最后一个条目中间被截断，这一条没有收入；前 1 条已收入`);
    expect(cli.stderr).toContain(`${join(WEIBO, "unknown-header.csv")}：表头不是 weibo-crawler 的格式`);
    const page = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as FeedPage;
    // The whole feed's two entries and the cut-off one's whole entry: nothing of the entry the cut went through.
    expect(page.items.map((i) => i.title).sort()).toEqual(["第11期：老街的早晨", "第12期：老街的早晨", "下周停更一期"].sort());
  });
});
