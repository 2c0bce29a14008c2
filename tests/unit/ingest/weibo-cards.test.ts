// @vitest-environment node
// What a post carries beside its words, in the shapes the APIs and crawlers give it: a Weibo
// article it shares (头条文章), its video, its last edit, an original the reader may not see, and
// its author named partly in its user and partly beside it.
import { describe, expect, it } from "vitest";
import { postById, weiboFixturePosts } from "./helpers";

describe("a post that shares a Weibo article (头条文章)", () => {
  it("weibo.com: the article linked in the text, labelled with its title, stays a link to the article", async () => {
    const post = postById(await weiboFixturePosts("article-cards.json"), "wb-4800000000000010");
    expect(post._qingyue.paragraphs).toEqual(["发布了头条文章：《春天里的城市绿道》 https://weibo.com/ttarticle/p/show?id=2309404800000000000111"]);
    expect(post._qingyue.links).toEqual(["https://weibo.com/ttarticle/p/show?id=2309404800000000000111"]);
  });

  it("m.weibo.cn: an article card the text does not link closes the post as a link, without the app's tracking", async () => {
    const post = postById(await weiboFixturePosts("article-cards.json"), "wb-4800000000000011");
    expect(post._qingyue.paragraphs).toEqual(["这篇写得真好，推荐给大家 https://weibo.com/ttarticle/p/show?id=2309404800000000000222"]);
  });

  it("m.weibo.cn: a card whose page_url is an app link leads to the article its object_id names", async () => {
    const post = postById(await weiboFixturePosts("article-cards.json"), "wb-4800000000000012");
    expect(post._qingyue.paragraphs).toEqual(["周末读什么 https://weibo.com/ttarticle/p/show?id=2309404800000000000333"]);
  });

  it("weibo-crawler's JSON: article_url takes the place of the link's label the text kept, on its line or a line of its own", async () => {
    const [post, own] = await weiboFixturePosts("weibo-crawler-article.json");
    expect(post!._qingyue.paragraphs).toEqual(["发布了头条文章：《春天里的城市绿道》 http://t.cn/A6AbCdEf"]);
    expect(post!._qingyue.links).toEqual(["http://t.cn/A6AbCdEf"]);
    expect(own!._qingyue.paragraphs).toEqual(["发布了头条文章：《河边的老茶馆》", "http://t.cn/A6XyZxYz"]);
  });

  it("weibo-crawler's CSV: the 头条文章url column is the article's link", async () => {
    const items = await weiboFixturePosts("crawler-article/江畔读书/1700000201.csv");
    expect(items.map((i) => i._qingyue.paragraphs)).toEqual([
      ["发布了头条文章：《春天里的城市绿道》 http://t.cn/A6AbCdEf"],
      ["发布了头条文章：《河边的老茶馆》 http://t.cn/A6XyZxYz"],
    ]);
  });

  it("weiboSpider's CSV: the weibo.cn redirect in 头条文章url leads to the article, in place of its 网页链接 label", async () => {
    const [post] = await weiboFixturePosts("weibospider-article/1700000202.csv");
    expect(post!._qingyue.paragraphs).toEqual(["我发表了头条文章：《夜跑十年》 https://weibo.com/ttarticle/p/show?id=2309404800000000000333"]);
  });
});

describe("m.weibo.cn: a video card, an edited post, an original the reader may not see", () => {
  it("plays the 720p file m.weibo.cn lists under urls, not the lower stream beside it under media_info", async () => {
    const post = postById(await weiboFixturePosts("getindex-video-edited.json"), "wb-4800000000000021");
    expect(post.attachments).toEqual([{
      url: "https://f.video.weibocdn.com/o0/720.mp4?label=mp4_720p",
      mime_type: "video/mp4",
      title: "江边夜跑的微博视频",
      duration_in_seconds: 37,
      _qingyue: { poster: "https://wx3.sinaimg.cn/orj480/0011abcdly1hvideo.jpg" },
    }]);
  });

  it("dates an edited post's last edit (edit_at) as when it was modified", async () => {
    const post = postById(await weiboFixturePosts("getindex-video-edited.json"), "wb-4800000000000021");
    expect(post.date_published).toBe("2024-03-04T20:00:00+08:00");
    expect(post.date_modified).toBe("2024-03-04T21:30:00+08:00");
  });

  it("names an original hidden by its author (没有查看权限) as gone, without Weibo's notice as its text", async () => {
    const post = postById(await weiboFixturePosts("getindex-video-edited.json"), "wb-4800000000000022");
    expect(post._qingyue.paragraphs).toEqual(["唉，看不到了"]);
    expect(post._qingyue.repost).toEqual({ deleted: true, id: "4700000000000005" });
  });

  it.each([
    ["由于博主设置，目前内容暂不可见", "wb-4800000000000023", "4700000000000006"],
    ["你没有权限查看此微博", "wb-4800000000000024", "4700000000000007"],
  ])("names an original Weibo says of %s as gone", async (_notice, id, original) => {
    const post = postById(await weiboFixturePosts("getindex-video-edited.json"), id);
    expect(post._qingyue.paragraphs).toEqual(["转发微博"]);
    expect(post._qingyue.repost).toEqual({ deleted: true, id: original });
  });
});

describe("an author the post names partly in its user and partly beside it", () => {
  it("completes the user's name with the uid the post gives (user_id) or its address gives, and the uid with the post's screen_name", async () => {
    const items = await weiboFixturePosts("author-beside-user.json");
    expect(items.map((i) => [i.id, i.authors])).toEqual([
      ["wb-4800000000000031", [{ name: "外面有号的人", url: "https://weibo.com/u/1700000303", _qingyue: { id: "1700000303" } }]],
      ["wb-4800000000000032", [{ name: "名字在外面", url: "https://weibo.com/u/1700000304", _qingyue: { id: "1700000304" } }]],
      ["wb-4800000000000033", [{ name: "只有名字", url: "https://weibo.com/u/1700000305", _qingyue: { id: "1700000305" } }]],
    ]);
  });
});

describe("the link to a post's video", () => {
  it("weibo.com: the video page linked in the text, labelled 某某的微博视频, stays a link", async () => {
    const [post] = await weiboFixturePosts("weibo-com-video-page.json");
    expect(post!._qingyue.paragraphs).toEqual(["晚上的江边 https://video.weibo.com/show?fid=1034:4800000000000099"]);
    expect(post!.attachments?.map((a) => a.url)).toEqual(["https://f.video.weibocdn.com/o0/720.mp4?label=mp4_720p"]);
  });

  it("weibo.com: a video whose files are listed only by quality (playback_list) plays its file of most pixels, with its poster and length", async () => {
    const [post] = await weiboFixturePosts("weibo-com-playback-list.json");
    expect(post!.attachments).toEqual([{
      url: "https://f.video.weibocdn.com/o0/m720.mp4?label=mp4_720p", mime_type: "video/mp4", title: "江城晚报的微博视频", duration_in_seconds: 95,
      _qingyue: { poster: "https://wx1.sinaimg.cn/orj480/0011fffly1g0001801.jpg" },
    }]);
  });

  it("weibo-crawler: the link's label it kept as words goes from a post that plays the video, and words that only end like one stay", async () => {
    const items = await weiboFixturePosts("weibo-crawler-video-label.json");
    expect(items.map((i) => [i._qingyue.paragraphs, i.attachments?.map((a) => a.url)])).toEqual([
      [["晚上的江边"], ["https://f.video.weibocdn.com/o0/720.mp4?label=mp4_720p"]],
      [["分享视频"], ["https://f.video.weibocdn.com/o0/run.mp4"]],
      [["推荐一下老李的微博视频"], ["https://f.video.weibocdn.com/o0/li.mp4"]],
      [["转给大家看看"], ["https://f.video.weibocdn.com/o0/cctv.mp4"]],
    ]);
  });
});

describe("a repost of a post with a video card", () => {
  it("m.weibo.cn: the card it copies from the original plays in the quoted original alone, not twice", async () => {
    const [post] = await weiboFixturePosts("getindex-repost-card.json");
    expect(post!.attachments).toBeUndefined();
    expect(post!._qingyue.paragraphs).toEqual(["转发微博"]);
    expect(post!._qingyue.repost?.attachments?.map((a) => a.url)).toEqual(["https://f.video.weibocdn.com/o0/720.mp4?label=mp4_720p"]);
  });
});

describe("the place a post was written at", () => {
  it("m.weibo.cn: a place's short link reads as the place's name, as beside Weibo's pin; other short links stay links", async () => {
    const [post] = await weiboFixturePosts("getindex-place.json");
    expect(post!._qingyue.paragraphs).toEqual(["跑完十公里，到了 武汉·江汉路步行街 看 http://t.cn/A6WeBbbb"]);
  });
});

describe("fields that do not hold what they name", () => {
  it("a bid that is not base 62 makes no address, and a date field of markup no date", async () => {
    const { readStatus } = await import("../../../src/ingest/weibo/record");
    const status = readStatus({ id: "4900000000000117", bid: "<b>x</b>", created_at: "<script>1</script>", text: "正文", user: { id: 1700000001, screen_name: "某人" } });
    expect(status?.url).toBe("https://m.weibo.cn/status/4900000000000117");
    expect(status?.date).toBeUndefined();
  });
});

describe("the card of a web page or an article a post shares", () => {
  it("m.weibo.cn: the card's picture is the post's picture, its link stays in the words; the client and the IP region are not the post's", async () => {
    const post = postById(await weiboFixturePosts("getindex-link-cards.json"), "wb-4900000000000110");
    expect(post.image).toBe("https://wx2.sinaimg.cn/thumbnail/001card.jpg");
    expect(post.attachments).toBeUndefined();
    expect(post._qingyue.paragraphs).toEqual(["整理了一份春季出行指南 http://t.cn/A6abCdE1"]);
    expect(JSON.stringify(post)).not.toMatch(/iPhone|北京/u);
  });

  it("m.weibo.cn: an article's card gives its cover beside the link to the article", async () => {
    const post = postById(await weiboFixturePosts("getindex-link-cards.json"), "wb-4900000000000113");
    expect(post.image).toBe("https://wx4.sinaimg.cn/orj480/003cover.jpg");
    expect(post._qingyue.paragraphs).toEqual(["周末读什么 https://weibo.com/ttarticle/p/show?id=2309404900000000000113"]);
  });

  it("weibo.com: the card's picture, given as an address alone", async () => {
    const [post] = await weiboFixturePosts("weibo-com-link-card.json");
    expect(post!.image).toBe("https://wx1.sinaimg.cn/orj360/002card.jpg");
    expect(post!._qingyue.paragraphs).toEqual(["城南老街的故事 https://blog.example.com/old-street"]);
  });

  it("no picture from Weibo's icon of a card without one, from a post with pictures of its own, from a topic's card, or from a repost's copy of its original's card", async () => {
    const items = await weiboFixturePosts("getindex-link-cards.json");
    expect(["wb-4900000000000111", "wb-4900000000000112", "wb-4900000000000114", "wb-4900000000000115"].map((id) => postById(items, id).image)).toEqual([
      undefined, undefined, undefined, undefined,
    ]);
    expect(postById(items, "wb-4900000000000112").attachments?.map((a) => a.url)).toEqual(["https://wx1.sinaimg.cn/large/001own.jpg"]);
  });
});

describe("m.weibo.cn: a post that says nothing and shares a web page card, its counts and its small pictures", () => {
  it("keeps the post, its words the card's title and link (out of weibo.cn's redirect), the card's picture beside it", async () => {
    const items = await weiboFixturePosts("getindex-shared-page-only.json");
    const post = postById(items, "wb-4912000000000201");
    expect(post._qingyue.paragraphs).toEqual(["河畔书店秋季书单 https://books.example.org/autumn"]);
    expect(post._qingyue.links).toEqual(["https://books.example.org/autumn"]);
    expect(post.image).toBe("https://wx3.sinaimg.cn/large/0011bbbbly1g0000201.jpg");
    // A card without an address shares nothing to show: the post is set aside, not given made-up words.
    expect(items.map((i) => i.id)).not.toContain("wb-4912000000000202");
  });

  it("a post that says nothing and shares a Weibo article reads as the article's title and link", async () => {
    const post = postById(await weiboFixturePosts("getindex-shared-page-only.json"), "wb-4912000000002001");
    expect(post._qingyue.paragraphs).toEqual(["秋天读什么 https://weibo.com/ttarticle/p/show?id=2309404912000000002001"]);
  });

  it("gives Weibo's words for such a post (分享网页) way to the card's title and link, without Weibo's icon as its picture", async () => {
    const post = postById(await weiboFixturePosts("getindex-shared-page-only.json"), "wb-4912000000000204");
    expect(post._qingyue.paragraphs).toEqual(["冬季书单 http://t.cn/A6abcdEF"]);
    expect(post.image).toBeUndefined();
  });

  it("Weibo-archiver's export: a post that says nothing reads as the card it keeps (link, title), its picture beside it", async () => {
    const post = postById(await weiboFixturePosts("weibo-archiver-card-only.json"), "wb-4900000000001701");
    expect(post._qingyue.paragraphs).toEqual(["城南老街的前世今生 https://blog.example.com/old-street"]);
    expect(post.image).toBe("https://wx1.sinaimg.cn/orj360/170card.jpg");
  });

  it("shows counts given as numbers as Weibo does (100万, 1.2万, 1.2亿), and keeps one printed as 100万+", async () => {
    const items = await weiboFixturePosts("getindex-shared-page-only.json");
    const post = postById(items, "wb-4912000000000201");
    expect(post._qingyue.counts).toEqual({ reposts: "100万", comments: "1.2万", likes: "100万+" });
    expect(post.authors?.[0]?._qingyue?.followers).toBe("1.2亿");
    expect(postById(items, "wb-4912000000000203")._qingyue.counts).toEqual({ reposts: "9999", comments: "1万", likes: "0" });
  });

  it("opens a picture given only at orj360 or thumb150 at its large size, the small one as its thumbnail", async () => {
    const post = postById(await weiboFixturePosts("getindex-shared-page-only.json"), "wb-4912000000000203");
    expect(post.attachments?.map((a) => [a.url, a._qingyue?.thumbnail])).toEqual([
      ["https://wx3.sinaimg.cn/large/0011bbbbly1g0000203.jpg", "https://wx3.sinaimg.cn/orj360/0011bbbbly1g0000203.jpg"],
      ["https://wx3.sinaimg.cn/large/0011bbbbly1g0000204.jpg", "https://wx3.sinaimg.cn/thumb150/0011bbbbly1g0000204.jpg"],
    ]);
  });
});
