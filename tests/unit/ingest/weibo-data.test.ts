// @vitest-environment node
// Weibo data as APIs and crawlers ship it, read into posts a reader sees whole: text with its
// markup, pictures with sizes, video with its poster, the author, counts, dates and reposts.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { ItemSchema, type Item, type PostItem } from "../../../src/content/feed-schema";
import { readDataFile, type DataEvent } from "../../../src/ingest/data-files";
import { dataOnly, ROOT } from "./helpers";

const WEIBO = join(ROOT, "tests", "fixtures", "weibo");

async function read(name: string): Promise<DataEvent[]> {
  const events: DataEvent[] = [];
  for await (const event of readDataFile(join(WEIBO, name), { baseUrl: "" })) events.push(dataOnly(event));
  return events;
}

async function posts(name: string): Promise<PostItem[]> {
  const items = (await read(name)).flatMap((e) => (e.ok ? e.items : []));
  for (const item of items) expect(v.safeParse(ItemSchema, item).issues).toBeUndefined();
  return items.filter((i): i is PostItem => i._qingyue.kind === "post");
}

const byId = (items: readonly Item[], id: string) => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found as PostItem;
};

describe("m.weibo.cn container/getIndex", () => {
  it("reads every card, card groups included, as a post named by its Weibo id", async () => {
    const items = await posts("getindex-pictures-repost.json");
    expect(items.map((i) => i.id)).toEqual([
      "wb-4393000000000001", "wb-4393000000000002", "wb-4393000000000004", "wb-4393000000000006", "wb-4393000000000007",
    ]);
    expect(items[0]!.url).toBe("/posts/wb-4393000000000001");
    expect(items[0]!.external_url).toBe("https://weibo.com/1700000001/HB1aaaaaa");
  });

  it("keeps the text as a reader sees it: emoticon codes, topics, mentions, unwrapped links, a paragraph a line", async () => {
    const post = byId(await posts("getindex-pictures-repost.json"), "wb-4393000000000001");
    expect(post._qingyue.paragraphs).toEqual([
      "#城市观鸟# 今早在湖边看到一群白鹭[心]",
      "数了数一共十二只",
      "@鸟友小林 快来 http://t.cn/A6x1y2z3",
    ]);
    expect(post._qingyue.topics).toEqual(["城市观鸟"]);
  });

  it("reads weibo.com's 展开 mark as a cut, like 全文", async () => {
    const { readWeiboText } = await import("../../../src/ingest/weibo/text");
    expect(readWeiboText('很长的一段话 ...<span class="expand">展开</span>')).toEqual({ paragraphs: ["很长的一段话…"], truncated: true });
  });

  it("reads weibo.com's super-topic link (/p/100808…) as #名[超话]#, as m.weibo.cn's", async () => {
    const { readWeiboText } = await import("../../../src/ingest/weibo/text");
    const html = '打卡 <a href="//weibo.com/p/1008085f3b1c0d2e" target="_blank"><img class="icon-link" src="https://n.sinaimg.cn/photo/timeline_card_small_super_default.png"/>江边夜跑</a>';
    expect(readWeiboText(html).paragraphs).toEqual(["打卡 #江边夜跑[超话]#"]);
  });

  it("unwraps a weibo.cn/sinaurl link that has no short link to where it leads", async () => {
    const { readWeiboText } = await import("../../../src/ingest/weibo/text");
    const text = readWeiboText('看<a href="https://weibo.cn/sinaurl?u=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1"><span class="surl-text">网页链接</span></a>');
    expect(text.paragraphs).toEqual(["看 https://example.org/a?b=1"]);
  });

  it("keeps the pictures at their large size with their sizes and thumbnails, and marks a long picture", async () => {
    const post = byId(await posts("getindex-pictures-repost.json"), "wb-4393000000000001");
    expect(post.attachments).toEqual([
      { url: "https://wx2.sinaimg.cn/large/0011aaaaly1g0000001.jpg", mime_type: "image/jpeg", _qingyue: { width: 1080, height: 720, thumbnail: "https://wx2.sinaimg.cn/orj360/0011aaaaly1g0000001.jpg" } },
      { url: "https://wx2.sinaimg.cn/large/0011aaaaly1g0000002.jpg", mime_type: "image/jpeg", _qingyue: { width: 800, height: 3000, thumbnail: "https://wx2.sinaimg.cn/orj360/0011aaaaly1g0000002.jpg", long: true } },
    ]);
  });

  it("names the author with avatar, uid, verification, description and followers, and keeps the counts as printed", async () => {
    const post = byId(await posts("getindex-pictures-repost.json"), "wb-4393000000000001");
    expect(post.authors).toEqual([{
      name: "湖边观鸟",
      url: "https://weibo.com/u/1700000001",
      avatar: "https://wx1.sinaimg.cn/orj480/1700000001av.jpg",
      _qingyue: { id: "1700000001", verified: "自然摄影博主", description: "城市里的观鸟人", followers: "5.8万" },
    }]);
    expect(post._qingyue.counts).toEqual({ reposts: "12", comments: "3", likes: "1.2万" });
  });

  it("reads the API's full date, and keeps relative or year-less dates as printed, with no date made up", async () => {
    const items = await posts("getindex-pictures-repost.json");
    expect(byId(items, "wb-4393000000000001").date_published).toBe("2019-07-13T10:00:00+08:00");
    expect(byId(items, "wb-4393000000000001")._qingyue.date_precision).toBe("second");
    for (const [id, text] of [["wb-4393000000000002", "06-14"], ["wb-4393000000000004", "今天 10:20"], ["wb-4393000000000006", "刚刚"], ["wb-4393000000000007", "3分钟前"]]) {
      expect(byId(items, id!).date_published).toBeUndefined();
      expect(byId(items, id!)._qingyue.date_text).toBe(text);
    }
  });

  it("keeps a repost's original with its author, headline, text, pictures and counts, and a super-topic as #名[超话]#", async () => {
    const post = byId(await posts("getindex-pictures-repost.json"), "wb-4393000000000002");
    expect(post._qingyue.paragraphs).toEqual(["#湿地保护[超话]# 转发理由：说得好[赞]"]);
    const repost = post._qingyue.repost!;
    expect(repost.id).toBe("4393000000000003");
    expect(repost.authors?.[0]).toMatchObject({ name: "江城湿地公园", _qingyue: { verified: "江城湿地公园官方微博" } });
    expect(repost.headline).toBe("湿地里的春天");
    expect(repost.paragraphs).toEqual(["【湿地里的春天】今年的候鸟比去年多了三成", "#湿地保护#"]);
    expect(repost.attachments?.map((a) => a.url)).toEqual(["https://wx2.sinaimg.cn/large/0033ccccly1g0000003.jpg"]);
    expect(repost.counts).toEqual({ reposts: "88", comments: "20", likes: "300" });
  });

  it("names a deleted original as deleted, without its apology text", async () => {
    const post = byId(await posts("getindex-pictures-repost.json"), "wb-4393000000000004");
    expect(post._qingyue.repost).toEqual({ deleted: true, id: "4393000000000005" });
  });

  it("marks a post cut with 全文 as cut and links to the whole post", async () => {
    const post = byId(await posts("getindex-pictures-repost.json"), "wb-4393000000000006");
    expect(post._qingyue.truncated).toBe(true);
    expect(post.external_url).toBe("https://m.weibo.cn/status/4393000000000006");
    expect(post._qingyue.paragraphs.at(-1)).toBe("三、不要投喂…");
    expect(post.content_text).not.toContain("全文");
  });

  it("keeps a video as an attachment with its poster and duration", async () => {
    const post = byId(await posts("getindex-pictures-repost.json"), "wb-4393000000000007");
    expect(post.attachments).toEqual([{
      url: "https://f.video.weibocdn.com/o0/vid001.mp4?label=mp4_hd",
      mime_type: "video/mp4",
      title: "湖边观鸟的微博视频",
      duration_in_seconds: 42,
      _qingyue: { poster: "https://wx3.sinaimg.cn/orj480/0011aaaaly1gposter1.jpg" },
    }]);
  });

  it("reads a picture list sent as an object keyed 0, 1, … in its order", async () => {
    const { readStatus } = await import("../../../src/ingest/weibo/record");
    const large = (n: number) => ({ large: { url: `https://wx1.sinaimg.cn/large/p${n}.jpg` } });
    const status = readStatus({ id: "1", text: "两张图", pics: { "1": large(2), "0": large(1) } });
    expect(status?.pictures.map((p) => p.url)).toEqual(["https://wx1.sinaimg.cn/large/p1.jpg", "https://wx1.sinaimg.cn/large/p2.jpg"]);
  });

  it("gives the same ids and the same items on every read", async () => {
    expect(JSON.stringify(await posts("getindex-pictures-repost.json"))).toBe(JSON.stringify(await posts("getindex-pictures-repost.json")));
  });
});

describe("other m.weibo.cn endpoints", () => {
  it("statuses/show: resolves a relative date against the capture time the data gives, and reads pic_infos", async () => {
    const [post] = await posts("statuses-show-captured.json");
    expect(post!.id).toBe("wb-4393000000000009");
    expect(post!.date_published).toBe("2024-03-05T09:25:00+08:00");
    expect(post!._qingyue.date_precision).toBe("minute");
    expect(post!.attachments).toEqual([{
      url: "https://wx1.sinaimg.cn/large/0011aaaaly1g0000009.jpg", mime_type: "image/jpeg",
      _qingyue: { width: 2000, height: 1500, thumbnail: "https://wx1.sinaimg.cn/bmiddle/0011aaaaly1g0000009.jpg" },
    }]);
  });

  it("comments: set aside with a note, never turned into posts", async () => {
    const events = await read("comments-hotflow.json");
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.ok && event.items).toEqual([]);
    expect(event.ok && event.notes).toEqual(["跳过 2 条评论：评论不是微博，不单独成条"]);
  });

  it("statuses/extend and a profile come back as the whole text and the author record for other files' posts", async () => {
    const [extend] = await read("statuses-extend.json");
    expect(extend!.ok && extend!.longTexts[0]?.paragraphs).toEqual([
      "#城市观鸟# 观鸟季开始了，整理了一份新手指南：", "一、带上望远镜", "二、穿不显眼的衣服", "三、不要投喂，也不要靠得太近", "四、记下时间、地点和种类",
    ]);
    // Alone, it says what it is for, rather than leaving the reader with no word on the file.
    expect(extend!.ok && extend!.notes).toEqual(["只有 1 条微博的全文，没有微博：全文只用来补全同一次导入里被截断的微博"]);
    const [profile] = await read("profile-userinfo.json");
    expect(profile!.ok && profile!.profiles).toEqual([expect.objectContaining({ id: "1700000001", name: "湖边观鸟", description: "在江城拍鸟十年", followers: "5.8万" })]);
  });

  it("a JSON file that is neither a feed nor Weibo data is refused with its reason", async () => {
    expect(await read("not-weibo.json")).toEqual([
      { ok: false, name: join(WEIBO, "not-weibo.json"), reason: "既不是订阅源，也不是微博数据：JSON 里没有认得出的微博或订阅源字段" },
    ]);
  });
});

describe("weibo.com's own API", () => {
  it("reads mblogid, the HTML text with unquoted mention links and emoticon images, and an original its owner hid", async () => {
    const [post] = await posts("weibo-com-mymblog.json");
    expect(post).toMatchObject({
      id: "wb-4607741009594608",
      external_url: "https://weibo.com/1700000020/K3fnuEfZK",
      date_published: "2021-02-23T12:28:47+08:00",
      _qingyue: { paragraphs: ["//@书虫小王:这本书值得再读一遍[good]"], repost: { deleted: true, id: "4607000000000001" } },
    });
    expect(post!.authors?.[0]?._qingyue).toEqual({ id: "1700000020", verified: "读书博主", followers: "12.3万" });
  });
});

describe("weibo-crawler output", () => {
  it("JSON: the user becomes the posts' author, comma-separated pictures and the retweet's video are kept", async () => {
    const items = await posts("weibo-crawler.json");
    const first = byId(items, "wb-4393000000200001");
    expect(first.authors?.[0]).toMatchObject({ name: "山城旧事", avatar: "https://wx1.sinaimg.cn/orj480/1700000010av.jpg", _qingyue: { id: "1700000010", verified: "历史博主", followers: "9100" } });
    expect(first.attachments?.map((a) => a.url)).toEqual(["https://wx1.sinaimg.cn/large/aaa1.jpg", "https://wx2.sinaimg.cn/large/aaa2.jpg"]);
    expect(first.date_published).toBe("2019-12-28T00:00:00+08:00");
    expect(first._qingyue.date_precision).toBe("day");
    const repost = byId(items, "wb-4393000000200002")._qingyue.repost!;
    expect(repost.authors?.[0]?.name).toBe("江城日报");
    expect(repost.attachments?.map((a) => a.mime_type)).toEqual(["image/jpeg", "video/mp4"]);
  });

  it("CSV with Chinese headers and the repost columns: author from the folder and users.csv, the original from 源微博 columns", async () => {
    const items = await posts("crawler/山城旧事/1700000010.csv");
    expect(items.map((i) => i.id)).toEqual(["wb-4393000000300001", "wb-4393000000300002"]);
    const [own, repost] = items;
    expect(own!._qingyue.paragraphs).toEqual(["江边的灯亮了 #夜色江城#", "第二行"]);
    expect(own!.date_published).toBe("2024-03-01T20:15:00+08:00");
    expect(own!.authors?.[0]).toMatchObject({ name: "山城旧事", avatar: "https://wx1.sinaimg.cn/orj480/1700000010av.jpg", _qingyue: { id: "1700000010", verified: "历史博主" } });
    expect(own!.attachments).toHaveLength(2);
    expect(repost!._qingyue.repost).toMatchObject({
      id: "4393000000300003",
      authors: [{ name: "江城日报", _qingyue: { id: "1700000011" } }],
      paragraphs: ["江城大桥今天通车，市民可以步行上桥参观"],
      counts: { reposts: "120", comments: "88", likes: "520" },
    });
  });

  it("CSV with the English field names and only original posts", async () => {
    const [post] = await posts("english-layout.csv");
    expect(post).toMatchObject({ id: "wb-4393000000400001", date_published: "2024-02-01T12:00:00+08:00", _qingyue: { paragraphs: ["英文表头的一条微博，带一张图"] } });
    expect(post!.attachments?.[0]?.url).toBe("https://wx4.sinaimg.cn/large/fff1.jpg");
  });

  it("CSV in weiboSpider's layout, whose 微博id is the bid: the id is the same post's mid", async () => {
    const [post] = await posts("weibospider-layout.csv");
    expect(post).toMatchObject({ id: "wb-4569198573010761", date_published: "2021-01-07T08:30:00+08:00", _qingyue: { date_precision: "minute", paragraphs: ["江城今天下雪了"] } });
  });

  it("CSV in weiboSpider's layout: weibo.cn's labels of an original post's pictures ([组图共N张], 原图) leave its words, the pictures stay", async () => {
    const items = await posts("weibospider-pictures/江城跑者/1700000803.csv");
    expect(items.map((i) => [i._qingyue.paragraphs, i.attachments?.length])).toEqual([[["江边的晚霞"], 3], [["看这个视频"], 1]]);
    expect(items[0]!.authors?.[0]?.name).toBe("江城跑者");
  });

  it("JSON in weiboSpider's layout: its user (by nickname) wrote the posts; publish_time, up_num, retweet_num, comment_num, original_pictures", async () => {
    const [post] = await posts("weibospider.json");
    expect(post).toMatchObject({
      id: "wb-4569198573010761",
      date_published: "2021-01-07T08:30:00+08:00",
      authors: [{ name: "江城小记", url: "https://weibo.com/u/1700000020", _qingyue: { id: "1700000020", description: "记录江城的日常", followers: "1200" } }],
      _qingyue: { paragraphs: ["江城今天下雪了 #江城雪景#"], topics: ["江城雪景"], counts: { reposts: "2", comments: "3", likes: "15" } },
    });
    expect(post!.attachments?.map((a) => a.url)).toEqual(["https://wx1.sinaimg.cn/large/snow1.jpg", "https://wx1.sinaimg.cn/large/snow2.jpg"]);
  });

  it("CSV: a row with more cells than the header (an unquoted comma) is named and left out, not read with its columns shifted", async () => {
    const events = await read("shifted-columns.csv");
    const items = events.flatMap((e) => (e.ok ? e.items : []));
    expect(items.map((i) => i.id)).toEqual(["wb-4393000000500002"]);
    expect(events.flatMap((e) => (e.ok ? e.notes : []))).toEqual(["跳过 1 条列数比表头多的记录（第 1 条）：各列对不上，读不出哪一格是日期或数字"]);
  });

  it("CSV in weibo-search's layout: the author on each row, pictures, an original named by its retweet_id alone quoted as a link to it", async () => {
    const [post] = await posts("weibo-search-layout.csv");
    expect(post).toMatchObject({
      id: "wb-4600000000000001",
      date_published: "2021-01-08T07:45:00+08:00",
      authors: [{ name: "江城小记", _qingyue: { id: "1700000030" } }],
      _qingyue: { paragraphs: ["#江城早餐# 热干面配蛋酒"], counts: { reposts: "0", comments: "2", likes: "15" } },
    });
    expect(post!.attachments).toHaveLength(2);
    expect(post!._qingyue.repost).toEqual({ id: "4599999999999999", url: "https://m.weibo.cn/status/4599999999999999" });
  });

  it("CSV in weibo-search's layout: a repost quotes whole the original written as a row before it", async () => {
    const items = await posts("weibo-search-reposts.csv");
    expect(items.map((i) => [i.id, i.authors?.[0]?.name])).toEqual([
      ["wb-4900000000000960", "江城日报"], ["wb-4900000000000961", "跑步的猫"], ["wb-4900000000000962", "路人乙"],
    ]);
    expect(items[1]!._qingyue.paragraphs).toEqual(["一起来跑步！"]);
    expect(items[1]!._qingyue.repost).toMatchObject({
      id: "4900000000000960",
      url: "https://weibo.com/1800000096/P9kKkKk60",
      authors: [{ name: "江城日报", _qingyue: { id: "1800000096" } }],
      paragraphs: ["【夜跑】江边夜跑的人越来越多 #江城夜跑#"],
      attachments: [{ url: "https://wx1.sinaimg.cn/large/096a.jpg" }],
      counts: { reposts: "120", comments: "30", likes: "500" },
    });
    expect(items[2]!._qingyue.repost).toEqual({ id: "4800000000000001", url: "https://m.weibo.cn/status/4800000000000001" });
  });

  it("a CSV with an unknown header is refused and says which header it read", async () => {
    const [event] = await read("unknown-header.csv");
    expect(event).toEqual({ ok: false, name: join(WEIBO, "unknown-header.csv"), reason: "表头不是 weibo-crawler 的格式（缺少“id”和“正文”列），读到的表头是：姓名、年龄、城市" });
  });
});
