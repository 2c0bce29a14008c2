// @vitest-environment node
// What a Weibo file holds, whatever its shape: a hot-search list (热搜榜) holds search words, set
// aside and never made posts without author, date or words of their own; a user-info dump or
// users.csv holds profiles that complete the authors of other files' posts; posts saved with
// their comments, as an object keyed by their ids, as a list under a name of the crawler's own
// choosing, or with nothing but their id, text and counts, are posts.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDataFile, type DataEvent } from "../../../src/ingest/data-files";
import { dataOnly, postById, ROOT, weiboFixturePosts } from "./helpers";

const WEIBO = join(ROOT, "tests", "fixtures", "weibo");

async function read(name: string): Promise<DataEvent[]> {
  const events: DataEvent[] = [];
  for await (const event of readDataFile(join(WEIBO, name), { baseUrl: "" })) events.push(dataOnly(event));
  return events;
}

describe("a hot-search list", () => {
  it.each([
    ["weibo.com's side/hotSearch", "hot-search-side.json", 2],
    ["m.weibo.cn's realtimehot cards", "hot-search-realtimehot.json", 2],
    ["an archive of {title, url} search links", "hot-search-archive.json", 3],
  ])("%s: no posts, and the words set aside are counted in Chinese", async (_shape, file, words) => {
    const [event] = await read(file);
    expect(event).toMatchObject({ ok: true, items: [] });
    expect(event!.ok ? event!.notes : []).toEqual([`跳过 ${words} 个热搜词：热搜榜上只有搜索词，没有作者和正文，不是微博，不单独成条`]);
  });
});

describe("a dump of a search's results, titled and linked to the search", () => {
  it("is the posts it holds, not a hot-search word", async () => {
    const [event] = await read("search-results-dump.json");
    const items = event!.ok ? event!.items : [];
    expect(items.map((i) => [i.id, i._qingyue.kind === "post" ? i._qingyue.paragraphs : []])).toEqual([
      ["wb-4902907319347183", ["今晚也去#江边夜跑# 了"]],
    ]);
    expect(event!.ok ? event!.notes : []).toEqual([]);
  });
});

describe("a file of profiles and no posts", () => {
  it.each([
    ["m.weibo.cn's userInfo", "profile-userinfo.json"],
    ["weibo-crawler's users.csv", "crawler/users.csv"],
    ["MediaCrawler's creators (nickname, avatar, desc, fans)", "mediacrawler-creator.json"],
  ])("%s: says that its profiles only complete the authors of other files' posts", async (_shape, file) => {
    const [event] = await read(file);
    expect(event).toMatchObject({ ok: true, items: [] });
    expect(event!.ok ? event!.notes : []).toEqual(["只有 1 位用户的资料，没有微博：资料只用来补全同一次导入的微博里这些作者的信息"]);
  });

  it("m.weibo.cn's list of who liked a post: each of them, not the first taken for the file's own user", async () => {
    const [event] = await read("attitudes-list.json");
    expect(event!.ok && event!.profiles.map((p) => p.name)).toEqual(["点赞者甲", "点赞者乙"]);
    expect(event!.ok ? event!.notes : []).toEqual(["只有 2 位用户的资料，没有微博：资料只用来补全同一次导入的微博里这些作者的信息"]);
  });

  it("reads MediaCrawler's creator as the profile it is: uid, name, avatar, description and followers", async () => {
    const [event] = await read("mediacrawler-creator.json");
    expect(event!.ok && event!.profiles).toEqual([{
      id: "1700001401", name: "江城摄影", url: "https://weibo.com/u/1700001401", avatar: "https://tvax1.sinaimg.cn/crop.0.0.180.180.180/e.jpg",
      description: "拍江城的人", followers: "3.5万",
    }]);
  });
});

describe("posts saved with their comments (an archiver's export)", () => {
  it("each is a post, whatever list it carries, and its comments are set aside and counted", async () => {
    const [event] = await read("posts-with-comments.json");
    const items = event!.ok ? event!.items : [];
    expect(items.map((i) => [i.id, i._qingyue.kind === "post" ? i._qingyue.paragraphs : [], i.authors?.[0]?.name])).toEqual([
      ["wb-4800000000000091", ["今天的晚霞"], "江边夜跑"],
      ["wb-4800000000000092", ["今天下雨"], "江边夜跑"],
    ]);
    expect(event!.ok ? event!.notes : []).toEqual(["跳过 2 条评论：评论不是微博，不单独成条"]);
  });
});

describe("posts saved as an object keyed by their ids", () => {
  it("each value is a post", async () => {
    const [event] = await read("posts-keyed-by-id.json");
    const items = event!.ok ? event!.items : [];
    expect(items.map((i) => [i.id, i.date_published, i.authors?.[0]?.name])).toEqual([
      ["wb-4800000000000093", "2024-03-08T08:00:00+08:00", "江边夜跑"],
      ["wb-4800000000000094", "2024-03-09T08:00:00+08:00", "江边夜跑"],
    ]);
  });
});

describe("posts saved as a list under a name of the crawler's own choosing", () => {
  it("each is a post", async () => {
    const [event] = await read("posts-under-own-name.json");
    const items = event!.ok ? event!.items : [];
    expect(items.map((i) => [i.id, i._qingyue.kind === "post" ? i._qingyue.paragraphs : [], i.authors?.[0]?.name])).toEqual([
      ["wb-4800000000000095", ["三"], "江边夜跑"],
    ]);
  });
});

describe("posts saved with only their id, text and counts (attitudes, comments, reposts)", () => {
  it("are read as posts with their counts", async () => {
    const [event] = await read("tutorial-mongo-posts.json");
    const items = event!.ok ? event!.items : [];
    expect(items.map((i) => [i.id, i._qingyue.kind === "post" ? [i._qingyue.paragraphs, i._qingyue.counts] : []])).toEqual([
      ["wb-4800000000000101", [["今天跑了十公里 #夜跑#"], { reposts: "1", comments: "3", likes: "12" }]],
      ["wb-4800000000000102", [["下雨了，休息一天"], { reposts: "0", comments: "0", likes: "5" }]],
    ]);
  });
});

describe("Weibo-archiver's export ({user, posts}: camelCase counts, imgs, a card, retweet)", () => {
  const file = join("weibo-archiver", "weibo-data-江城读者.json");

  it("gives each post its author from the export's user, its pictures, its counts and its address", async () => {
    const items = await weiboFixturePosts(file);
    const post = postById(items, "wb-4900000000000701");
    expect(post.authors).toEqual([{
      name: "江城读者", url: "https://weibo.com/u/1800000070", avatar: "https://tvax1.sinaimg.cn/070.jpg",
      _qingyue: { id: "1800000070", description: "每天读一点", followers: "1.2万" },
    }]);
    expect(post.external_url).toBe("https://weibo.com/1800000070/O1aBcDe71");
    expect(post.attachments?.map((a) => a.url)).toEqual(["https://wx1.sinaimg.cn/large/070a.jpg", "https://wx1.sinaimg.cn/large/070b.jpg"]);
    expect(post._qingyue.counts).toEqual({ reposts: "12", comments: "34", likes: "567" });
  });

  it("a picture it wrote into the text as [img://…] is the link it was", async () => {
    const post = postById(await weiboFixturePosts(file), "wb-4900000000000701");
    expect(post._qingyue.paragraphs).toEqual(["周末去了城南老街 #城市漫步# https://wx1.sinaimg.cn/large/070inline.jpg"]);
  });

  it("the card it kept of a shared page gives the post its picture", async () => {
    const post = postById(await weiboFixturePosts(file), "wb-4900000000000703");
    expect(post.image).toBe("https://wx1.sinaimg.cn/orj360/070card.jpg");
  });

  it("quotes the original of a repost with its own author, pictures and counts", async () => {
    const post = postById(await weiboFixturePosts(file), "wb-4900000000000702");
    expect(post._qingyue.repost).toMatchObject({
      id: "4900000000000700",
      authors: [{ name: "书评人老周", url: "https://weibo.com/u/1800000007" }],
      attachments: [{ url: "https://wx4.sinaimg.cn/large/007a.jpg" }],
      counts: { reposts: "88", comments: "30", likes: "520" },
    });
  });
});

describe("counts under the names other crawlers give them", () => {
  it("repost_count and comment_count, and a count printed with thousands separators", async () => {
    const { readStatus } = await import("../../../src/ingest/weibo/record");
    const status = readStatus({ mid: "4900000000000950", content: "正文", user_id: "1800000095", repost_count: 3, comment_count: "1,234", like_count: 5 });
    expect(status?.counts).toEqual({ reposts: "3", comments: "1234", likes: "5" });
  });
});

describe("an API response saved when the request went wrong", () => {
  it.each([
    ["the sign-in page's address (ok: -100)", "api-login-required.json", "微博接口要求先登录，回应里只有登录页的地址，没有微博（抓取时的登录信息可能已过期）"],
    ["the API's own message (ok: 0)", "api-error-message.json", "微博接口没有返回微博，只说：“请求过于频繁”"],
    ["an empty list of cards", "api-empty-list.json", "微博接口的回应里一条微博也没有（列表是空的）"],
    ["a user's details without the user's name (profile/detail)", "api-profile-detail.json", "这是一位微博用户的详细资料（生日、所在地、阳光信用等），里面没有微博，也没有用户名"],
  ])("%s: refused with what went wrong, not as data of no known kind", async (_shape, file, reason) => {
    expect(await read(file)).toEqual([{ ok: false, name: join(WEIBO, file), reason }]);
  });
});

describe("the open API's comments, each carrying the post it answers as `status`", () => {
  it("sets the comments aside, counted in Chinese, and keeps the post they answer, not a comment as a post", async () => {
    const [event] = await read("open-api-comments.json");
    const items = event!.ok ? event!.items : [];
    expect([...new Set(items.map((i) => i.id))]).toEqual(["wb-4912000000001300"]);
    expect(items[0]?.authors?.[0]?.name).toBe("江城晚报");
    expect(event!.ok ? event!.notes : []).toEqual(["跳过 2 条评论：评论不是微博，不单独成条"]);
  });
});

describe("a post named by its mblogid alone (weibo.com's bid, no mid or id)", () => {
  it("is the same story as the post read with its mid: its id is the mid the bid stands for", async () => {
    const { readWeiboDocument } = await import("../../../src/ingest/weibo/document");
    const { weiboItemId } = await import("../../../src/ingest/weibo/items");
    const doc = readWeiboDocument([
      { mblogid: "Jd8kLmEEE", created_at: "2020-08-05 09:15", text: "只有 mblogid 的一条", user: { idstr: "1700001201", screen_name: "江城晚报" }, reposts_count: 1 },
      { mid: "4531303035399496", created_at: "2020-08-05 09:15", text: "只有 mblogid 的一条", user: { id: "1700001201", screen_name: "江城晚报" }, reposts_count: 1 },
    ]);
    expect(doc?.statuses.map(weiboItemId)).toEqual(["wb-4531303035399496", "wb-4531303035399496"]);
    expect(doc?.statuses[0]?.url).toBe("https://weibo.com/1700001201/Jd8kLmEEE");
  });
});

describe("a JSON list of posts where a repost names its original by retweet_id (weibo-search's MongoDB or MySQL rows)", () => {
  it("quotes the original listed before it whole, one not listed as a link to it, and none for a retweet_id of 0", async () => {
    const { readWeiboDocument } = await import("../../../src/ingest/weibo/document");
    const doc = readWeiboDocument([
      { id: "4900000000000970", bid: "P9mMmMm70", user_id: "1800000071", screen_name: "江城日报", text: "【提醒】明天有雨", created_at: "2021-01-08 07:00", reposts_count: 5 },
      { id: "4900000000000971", user_id: "1800000072", screen_name: "跑步的猫", text: "收到", created_at: "2021-01-08 08:00", retweet_id: "4900000000000970", reposts_count: 0 },
      { id: "4900000000000972", user_id: "1800000072", screen_name: "跑步的猫", text: "转发微博", created_at: "2021-01-08 09:00", retweet_id: "4800000000000002", reposts_count: 0 },
      { id: "4900000000000973", user_id: "1800000072", screen_name: "跑步的猫", text: "自己的一条", created_at: "2021-01-08 10:00", retweet_id: 0, reposts_count: 0 },
    ]);
    const [, quoting, linking, own] = doc?.statuses ?? [];
    expect(own?.repost).toBeUndefined();
    expect(quoting?.repost).toMatchObject({ id: "4900000000000970", author: { name: "江城日报" }, text: { paragraphs: ["【提醒】明天有雨"] } });
    expect(linking?.repost).toMatchObject({ id: "4800000000000002", url: "https://m.weibo.cn/status/4800000000000002", text: { paragraphs: [] } });
  });
});

describe("a post's plain text cut off with the 全文 link's label after it (m.weibo.cn's raw_text, a crawler's copy)", () => {
  it("ends at the cut, is marked cut and leads to the whole post", async () => {
    const items = await weiboFixturePosts("raw-text-cut.json");
    expect(items.map((i) => [i._qingyue.paragraphs, i._qingyue.truncated, i.external_url])).toEqual([
      [["江边的夜跑路线，第一段讲起点", "第二段讲沿途的风景…"], true, "https://m.weibo.cn/status/4900000000000991"],
    ]);
  });
});

describe("a post's pictures listed in one field", () => {
  it("split at each address: after commas, semicolons or line breaks, and not at a comma inside a signed address's query", async () => {
    const { readStatus } = await import("../../../src/ingest/weibo/record");
    const signed = "https://wx1.sinaimg.cn/large/0a.jpg?KID=imgbed,tva&Expires=1700000000&ssig=Ab";
    const urls = (pics: string) => readStatus({ mid: "4900000000000995", text: "图", user_id: "1800000095", pics })?.pictures.map((p) => p.url);
    expect(urls(`${signed},https://wx1.sinaimg.cn/large/0b.jpg`)).toEqual([signed, "https://wx1.sinaimg.cn/large/0b.jpg"]);
    expect(urls("https://wx1.sinaimg.cn/large/0a.jpg;https://wx1.sinaimg.cn/large/0b.jpg")).toEqual(["https://wx1.sinaimg.cn/large/0a.jpg", "https://wx1.sinaimg.cn/large/0b.jpg"]);
    expect(urls("https://wx1.sinaimg.cn/large/0a.jpg\nhttps://wx1.sinaimg.cn/large/0b.jpg")).toEqual(["https://wx1.sinaimg.cn/large/0a.jpg", "https://wx1.sinaimg.cn/large/0b.jpg"]);
  });
});
