// @vitest-environment node
// Weibo data in the shapes other crawlers write it: WeiboSpider's JSON Lines of posts, comments
// and users (the weibo.com API version), its older weibo.cn documents exported from MongoDB, and
// weibo.com's own API with videos named by object_type and posts of pictures and videos together.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { FeedPage, PostItem } from "../../../src/content/feed-schema";
import { readDataFile } from "../../../src/ingest/data-files";
import { ingest } from "../../../src/ingest/ingest";
import { sniffKind } from "../../../src/ingest/sniff";
import { dataOnly, postById, ROOT, weiboFixturePosts } from "./helpers";

const WEIBO = join(ROOT, "tests", "fixtures", "weibo");
const dir = mkdtempSync(join(tmpdir(), "qingyue-crawlers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(input: string) {
  const log: string[] = [];
  const out = join(dir, input.replace(/\W/gu, "-"));
  const result = await ingest({ inputs: [join(WEIBO, input)], out, pageSize: 50, baseUrl: "", log: (line) => log.push(line) });
  const items = result.written
    ? readdirSync(out).filter((f) => /^feed(-\d+)?\.json$/.test(f)).flatMap((f) => (JSON.parse(readFileSync(join(out, f), "utf8")) as FeedPage).items)
    : [];
  return { result, log, items: items as PostItem[] };
}

describe("WeiboSpider's JSON Lines (the weibo.com API version)", { timeout: 30_000 }, () => {
  it("keeps a long post whole: the crawler fetched its whole text, so it is not marked cut", async () => {
    const { items } = await run("weibospider-api.jsonl");
    const post = postById(items, "wb-4826300000000001");
    expect(post._qingyue.paragraphs).toEqual(["书院五年，想说的话很多。", "第一年只有三个人，第二年有了第一间教室。这是全文的最后一句。"]);
    expect(post._qingyue.truncated).toBeUndefined();
    expect(post.external_url).toBe("https://weibo.com/1700000071/Mb2wA1bC2");
  });

  it("quotes the original of a repost it names by id alone (is_retweet, retweet_id) as a link to it", async () => {
    const { items } = await run("weibospider-api.jsonl");
    const post = postById(items, "wb-4826312651310475");
    expect(post._qingyue.paragraphs).toEqual(["共享[鼓掌]五周年快乐！//@西湖书院:#书院五周年# 五年，感谢同行。"]);
    expect(post._qingyue.repost).toEqual({ id: "4826279188108038", url: "https://m.weibo.cn/status/4826279188108038" });
    expect(postById(items, "wb-4826300000000001")._qingyue.repost).toBeUndefined();
  });

  it("keeps the post's video, which the crawler writes as `video`", async () => {
    const { items } = await run("weibospider-api.jsonl");
    expect(postById(items, "wb-4826300000000001").attachments?.map((a) => [a.mime_type, a.url])).toEqual([
      ["image/jpeg", "https://wx1.sinaimg.cn/large/001xyzly1h7abc1j30u00u0.jpg"],
      ["video/mp4", "https://f.video.weibocdn.com/o0/shuyuan.mp4?label=mp4_720p&template=1280x720.25.0"],
    ]);
  });

  it("sets a comment (comment_user) aside instead of making it a post, and reads user and follow records as profiles", async () => {
    const { items, log, result } = await run("weibospider-api.jsonl");
    expect(items.map((i) => i.id)).toEqual(["wb-4826312651310475", "wb-4826300000000001"]);
    expect(result.failures).toEqual([]);
    expect(log).toContain(`ingest: ${join(WEIBO, "weibospider-api.jsonl")}: 跳过 1 条评论：评论不是微博，不单独成条`);
    // The user record completes the author of the posts that name the same uid.
    expect(postById(items, "wb-4826312651310475").authors).toEqual([{
      name: "书院院长",
      url: "https://weibo.com/u/1700000071",
      avatar: "https://tvax4.sinaimg.cn/crop.0.0.1080.1080.1024/1700000071av.jpg",
      _qingyue: { id: "1700000071", verified: "西湖书院院长", description: "教书的人", followers: "2.2万" },
    }]);
  });
});

describe("WeiboSpider's comments, one a line", { timeout: 30_000 }, () => {
  it("sets every comment aside and says so once for the file, not once a line", async () => {
    const { items, log, result } = await run("weibospider-comments.jsonl");
    expect(items).toEqual([]);
    expect(log.filter((line) => line.includes("评论"))).toEqual([`ingest: ${join(WEIBO, "weibospider-comments.jsonl")}: 跳过 3 条评论：评论不是微博，不单独成条`]);
    expect(result.failures).toEqual([]);
  });
});

describe("a hot-search list, one word a line", { timeout: 30_000 }, () => {
  it("makes no posts and says once for the file how many words it set aside", async () => {
    const { items, log, result } = await run("hot-search-lines.jsonl");
    expect(items).toEqual([]);
    expect(result.failures).toEqual([]);
    expect(log).toContain(`ingest: ${join(WEIBO, "hot-search-lines.jsonl")}: 跳过 2 个热搜词：热搜榜上只有搜索词，没有作者和正文，不是微博，不单独成条`);
  });
});

describe("posts saved with only their id, text and counts, one a line", { timeout: 30_000 }, () => {
  it("are Weibo posts with their counts, not pages of text", async () => {
    const { items } = await run("tutorial-mongo-posts.jsonl");
    expect(items.map((i) => [i.id, i._qingyue.kind, i._qingyue.counts])).toEqual([
      ["wb-4800000000000101", "post", { reposts: "1", comments: "3", likes: "12" }],
      ["wb-4800000000000102", "post", { reposts: "0", comments: "0", likes: "5" }],
    ]);
  });
});

describe("posts saved with their comments, one a line", { timeout: 30_000 }, () => {
  it("keeps each post and says once for the file how many comments it set aside", async () => {
    const { items, log } = await run("posts-with-comments.jsonl");
    expect(items.map((i) => i.id)).toEqual(["wb-4800000000000091", "wb-4800000000000092"]);
    expect(log.filter((line) => line.includes("评论"))).toEqual([`ingest: ${join(WEIBO, "posts-with-comments.jsonl")}: 跳过 2 条评论：评论不是微博，不单独成条`]);
  });
});

describe("WeiboSpider's weibo.cn documents, exported from MongoDB", () => {
  it("reads a .json file of one document a line, with Extended JSON numbers, ids and dates", async () => {
    const items = await weiboFixturePosts("weibospider-mongoexport.json");
    expect(items.map((i) => i.id)).toEqual(["wb-4500391349449498", "wb-4494000000000002"]);
    const second = postById(items, "wb-4494000000000002");
    expect(second.date_published).toBe("2020-04-15T12:30:00+08:00");
    expect(second._qingyue.counts).toEqual({ reposts: "1", likes: "7" });
    expect(second.authors?.[0]).toMatchObject({ name: "晚霞观察员", url: "https://weibo.com/u/1700000080" });
  });

  it("keeps the whole lines of such a file cut off mid-line, and names the cut line", async () => {
    const cut = join(dir, "cut-off.json");
    writeFileSync(cut, `${readFileSync(join(WEIBO, "weibospider-mongoexport.json"), "utf8")}{"_id":"J0abcDEfz","content":"被截断的一`);
    const events = [];
    for await (const event of readDataFile(cut, { baseUrl: "" })) events.push(dataOnly(event));
    expect(events.flatMap((e) => (e.ok ? e.items.map((i) => i.id) : []))).toEqual(["wb-4500391349449498", "wb-4494000000000002"]);
    expect(events.flatMap((e) => (e.ok ? [] : [[e.name, e.reason]]))).toEqual([[`${cut}:3`, "这一行不是完整的 JSON（文件可能被截断）"]]);
  });

  it("reads the weibo.cn layout: the bid as _id, weibo_url, like_num / repost_num / comment_num, and image_url at its large size", async () => {
    const post = postById(await weiboFixturePosts("weibospider-mongoexport.json"), "wb-4500391349449498");
    expect(post.external_url).toBe("https://weibo.com/1700000080/J0abcDEfg");
    expect(post.date_published).toBe("2020-04-15T12:11:00+08:00");
    expect(post._qingyue.paragraphs).toEqual(["今天的晚霞真好看 #晚霞#"]);
    expect(post._qingyue.counts).toEqual({ reposts: "3", comments: "4", likes: "12" });
    expect(post.attachments).toEqual([{
      url: "http://wx1.sinaimg.cn/large/001ufoly1gdu1abcdefj20u00u0.jpg",
      mime_type: "image/jpeg",
      _qingyue: { thumbnail: "http://wx1.sinaimg.cn/wap180/001ufoly1gdu1abcdefj20u00u0.jpg" },
    }]);
  });
});

describe("weibo.com's API: videos, articles, and posts of pictures and videos together", () => {
  it("keeps a video its card names by object_type only, with its poster", async () => {
    const post = postById(await weiboFixturePosts("weibo-com-media.json"), "wb-4553000000000002");
    expect(post.attachments).toEqual([{
      url: "https://f.video.weibocdn.com/o0/night-720.mp4?label=mp4_720p",
      mime_type: "video/mp4",
      title: "山城的夜",
      duration_in_seconds: 61,
      _qingyue: { poster: "https://wx3.sinaimg.cn/orj480/0062nightly1poster.jpg" },
    }]);
  });

  it("keeps a short link weibo.com labels with its card's title as the link, as m.weibo.cn shows it", async () => {
    const items = await weiboFixturePosts("weibo-com-media.json");
    const article = postById(items, "wb-4553000000000003");
    expect(article._qingyue.paragraphs).toEqual(["写了一篇长文 http://t.cn/A6art001"]);
    expect(article._qingyue.links).toEqual(["http://t.cn/A6art001"]);
    expect(postById(items, "wb-4553000000000002")._qingyue.paragraphs).toEqual(["山城的夜，一分钟看完 http://t.cn/A6vid001"]);
  });

  it("takes a picture's biggest size where pic_infos names no largest, and a video's poster from its media", async () => {
    const post = postById(await weiboFixturePosts("weibo-com-media.json"), "wb-4553000000000007");
    expect(post.attachments?.map((a) => [a.url, a._qingyue])).toEqual([
      ["https://wx1.sinaimg.cn/large/0062newly1a.jpg", { width: 4000, height: 3000, thumbnail: "https://wx1.sinaimg.cn/orj360/0062newly1a.jpg" }],
      ["https://f.video.weibocdn.com/o0/new.mp4", { poster: "https://wx1.sinaimg.cn/orj1080/0062newly1poster.jpg" }],
    ]);
  });

  it("keeps the pictures and the video of mix_media_info, the video's media under its card", async () => {
    const post = postById(await weiboFixturePosts("weibo-com-media.json"), "wb-4553000000000006");
    expect(post.attachments?.map((a) => [a.mime_type, a.url, a._qingyue])).toEqual([
      ["image/jpeg", "https://wx1.sinaimg.cn/large/0062mixly1a.jpg", { width: 640, height: 480, thumbnail: "https://wx1.sinaimg.cn/wap360/0062mixly1a.jpg" }],
      ["video/mp4", "https://f.video.weibocdn.com/o0/mix.mp4", { poster: "https://wx1.sinaimg.cn/orj480/0062mixly1poster.jpg" }],
    ]);
  });
});

describe("weibo.com's statuses/longtext beside the timeline that cut the post", { timeout: 30_000 }, () => {
  it("puts the whole text in place of the cut one, though the cut HTML spaces an @mention differently", async () => {
    const { items } = await run("weibo-com-longtext");
    const post = postById(items, "wb-4800000000000041");
    expect(post._qingyue.paragraphs).toEqual([
      "今晚的夜跑路线从江汉关出发，沿着江滩一路向下游跑，经过@武汉关 和江汉路，再折返回来，全程大约十公里，配速保持在六分钟左右，跑完以后在江边吹了很久的风。",
      "第二段：明天继续。",
    ]);
    expect(post._qingyue.truncated).toBeUndefined();
  });
});

describe("posts of several videos", () => {
  it("m.weibo.cn: each video among the pics is a video with its picture as poster, not a picture", async () => {
    const [post] = await weiboFixturePosts("getindex-videos.json");
    expect(post!.attachments?.map((a) => [a.mime_type, a.url, a._qingyue])).toEqual([
      ["video/mp4", "https://f.video.weibocdn.com/o0/sunrise.mp4?label=mp4_720p", { poster: "https://wx1.sinaimg.cn/large/0062sunrisely1.jpg" }],
      ["video/mp4", "https://f.video.weibocdn.com/o0/sunset.mp4?label=mp4_720p", { poster: "https://wx2.sinaimg.cn/large/0062sunsetly1.jpg" }],
    ]);
  });

  it("weibo-crawler: every video of its ;-separated video_url", async () => {
    const [post] = (await weiboFixturePosts("weibo-crawler-videos.json")).filter((i) => i.id === "wb-5086000000000002");
    expect(post!.attachments?.map((a) => a.url)).toEqual([
      "https://f.video.weibocdn.com/o0/morning.mp4", "https://f.video.weibocdn.com/o0/afternoon.mp4",
    ]);
    expect(post!._qingyue.paragraphs).toEqual(["上午一条，下午一条"]);
  });
});

describe("weibo-crawler's JSON: a repost of an original its author deleted", () => {
  it("names the original as deleted (empty user_id and screen_name), without Weibo's apology as its text", async () => {
    const [post] = await weiboFixturePosts("weibo-crawler-deleted-original.json");
    expect(post!._qingyue.paragraphs).toEqual(["可惜了"]);
    expect(post!._qingyue.repost).toEqual({ deleted: true, id: "5086000000000004" });
  });
});

describe("a saved m.weibo.cn post page", { timeout: 30_000 }, () => {
  it("reads the post its script carries ($render_data), as statuses/show gives it", async () => {
    const { items, result } = await run("m-weibo-detail.html");
    expect(result.failures).toEqual([]);
    expect(items).toHaveLength(1);
    const post = items[0]!;
    expect(post.id).toBe("wb-4553000000000021");
    expect(post._qingyue.paragraphs).toEqual(["#重庆夜景# 洪崖洞的灯亮了[心]", "拍了两张"]);
    expect(post.date_published).toBe("2020-09-26T12:11:00+08:00");
    expect(post.authors?.[0]).toMatchObject({ name: "山城摄影", _qingyue: { verified: "摄影博主", followers: "1.2万" } });
    expect(post.attachments?.map((a) => a.url)).toEqual(["https://wx1.sinaimg.cn/large/0062nightly1a.jpg", "https://wx1.sinaimg.cn/large/0062nightly1b.jpg"]);
  });

  it("reads it the same way as an {html, url} line of a corpus", async () => {
    const { items } = await run("m-weibo-detail-pages.jsonl");
    expect(items.map((i) => [i.id, i._qingyue.kind, i._qingyue.paragraphs])).toEqual([
      ["wb-4553000000000022", "post", ["#重庆夜景# 洪崖洞的灯亮了[心]", "拍了两张"]],
    ]);
  });
});

describe("weiboSpider's JSON and CSV with reposts", () => {
  const original = {
    authors: [{ name: "长江日报" }],
    paragraphs: ["今天江城的樱花开了，欢迎大家来看[心]"],
    attachments: [
      { url: "https://wx1.sinaimg.cn/large/sakura1.jpg", mime_type: "image/jpeg" },
      { url: "https://wx1.sinaimg.cn/large/sakura2.jpg", mime_type: "image/jpeg" },
    ],
  };

  it("JSON: a post that is not original is its reason, with the original (原始用户, 转发内容, retweet_pictures) quoted", async () => {
    const items = await weiboFixturePosts("weibospider-repost.json");
    const repost = postById(items, "wb-4569198573010762");
    expect(repost._qingyue.paragraphs).toEqual(["说得真好"]);
    expect(repost._qingyue.repost).toEqual(original);
    const own = postById(items, "wb-4569198573010763");
    expect(own._qingyue.repost).toBeUndefined();
    expect(own.attachments?.map((a) => a.url)).toEqual(["https://wx1.sinaimg.cn/large/morning1.jpg"]);
  });

  it("CSV: the same from its 是否为原创微博 and 被转发微博原始图片url columns", async () => {
    const [post] = await weiboFixturePosts(join("weibospider-repost", "江城小记", "1700000093.csv"));
    expect(post!._qingyue.paragraphs).toEqual(["说得真好"]);
    expect(post!._qingyue.repost).toEqual(original);
    expect(post!.authors?.[0]?.name).toBe("江城小记");
  });
});

describe("MediaCrawler's Weibo contents and comments", { timeout: 30_000 }, () => {
  it("JSON: note_id, note_url, create_date_time, liked_count / shared_count and the avatar beside the nickname", async () => {
    const [post] = await weiboFixturePosts(join("mediacrawler", "search_contents_2024-05-01.json"));
    expect(post).toMatchObject({
      id: "wb-5030000000000001",
      external_url: "https://m.weibo.cn/detail/5030000000000001",
      date_published: "2024-05-01T10:20:00+08:00",
      authors: [{ name: "西湖边的猫", url: "https://weibo.com/u/1700000094", avatar: "https://tvax1.sinaimg.cn/crop.0.0.180.180.180/1700000094av.jpg" }],
      _qingyue: { paragraphs: ["#五一出游# 西湖边人山人海，还是早点来好"], counts: { reposts: "1", comments: "3", likes: "12" } },
    });
  });

  it("JSON Lines: a content line is a post, a comment line is set aside", async () => {
    const { items, log, result } = await run(join("mediacrawler-jsonl", "search_contents_2024-05-01.jsonl"));
    expect(result.failures).toEqual([]);
    expect(items.map((i) => [i.id, i.authors?.[0]?.name])).toEqual([["wb-5030000000000001", "西湖边的猫"]]);
    expect(log).toContain(`ingest: ${join(WEIBO, "mediacrawler-jsonl", "search_contents_2024-05-01.jsonl")}: 跳过 1 条评论：评论不是微博，不单独成条`);
  });

  it("CSV: its contents read as posts and its comments set aside, with no file refused", async () => {
    const { items, log, result } = await run("mediacrawler");
    expect(result.failures).toEqual([]);
    expect(items.map((i) => [i.id, i.date_published, i._qingyue.counts])).toEqual([
      ["wb-5030000000000002", "2024-05-01T07:33:20+08:00", { reposts: "0", comments: "0", likes: "5" }],
      ["wb-5030000000000001", "2024-05-01T10:20:00+08:00", { reposts: "1", comments: "3", likes: "12" }],
    ]);
    expect(log).toContain(`ingest: ${join(WEIBO, "mediacrawler", "search_comments_2024-05-01.csv")}: 跳过 1 条评论：评论不是微博，不单独成条`);
  });
});

describe("a downloader's metadata files (gallery-dl): the status each picture's file wraps", { timeout: 30_000 }, () => {
  it("is read as its post once, from a pretty-printed JSON whose first key is url, not as lines of a corpus", async () => {
    const { items, result } = await run("gallery-dl");
    expect(result.failures).toEqual([]);
    expect(items.map((i) => [i.id, i._qingyue.paragraphs, i.date_published, i.attachments?.length])).toEqual([
      ["wb-5085000000000001", ["今晚的火烧云 #晚霞#"], "2024-10-05T21:30:00+08:00", 2],
    ]);
  });

  it("a record on its first line is a corpus line; `{` alone on it opens one JSON document", () => {
    expect(sniffKind('{"url": "https://example.org/a", "text": "正文"}\n', "pages.json")).toBe("jsonl");
    expect(sniffKind('{\n    "url": "https://wx1.sinaimg.cn/large/a.jpg",\n    "status": {}\n}', "a.jpg.json")).toBe("json");
  });
});

describe("weibo-crawler's text without its HTML", () => {
  it("puts each 网页链接 line back as its link, from the links it lists apart", async () => {
    const post = postById(await weiboFixturePosts("weibo-crawler-videos.json"), "wb-5086000000000005");
    expect(post._qingyue.paragraphs).toEqual(["今天读到两篇好文章", "https://example.org/essay-1", "还有这篇", "https://example.org/essay-2"]);
    expect(post._qingyue.links).toEqual(["https://example.org/essay-1", "https://example.org/essay-2"]);
  });
});

describe("JSON Lines of saved API responses, some of them failed requests", { timeout: 30_000 }, () => {
  it("keeps the posts of the good lines and names each failed one with what went wrong", async () => {
    const { items, log } = await run("api-responses.jsonl");
    expect(items.map((i) => i.id)).toEqual(["wb-4912000000000301"]);
    const file = join(WEIBO, "api-responses.jsonl");
    expect(log).toContain(`ingest: 已跳过 ${file}:1：微博接口要求先登录，回应里只有登录页的地址，没有微博（抓取时的登录信息可能已过期）`);
    expect(log).toContain(`ingest: 已跳过 ${file}:2：微博接口的回应里一条微博也没有（列表是空的）`);
  });
});
