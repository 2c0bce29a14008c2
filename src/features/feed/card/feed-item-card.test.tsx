import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import * as v from "valibot";
import { ItemSchema } from "../../../content/feed-schema";
import { FeedItemCard } from "./feed-item-card";
import { article, trending } from "../../../../tests/fixtures/feed-builders";
import { LONG_PARAGRAPHS, author, picture, pictures, weiboPost } from "../../../../tests/fixtures/weibo-items";

function renderCard(raw: unknown) {
  const item = v.parse(ItemSchema, raw);
  return render(
    <MemoryRouter>
      <main id="main">
        <FeedItemCard item={item} posinset={1} setsize={1} />
      </main>
    </MemoryRouter>,
  );
}

const card = () => screen.getByRole("article");

describe("a feed card", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-14T15:30:00+08:00"));
  });
  afterEach(() => vi.useRealTimers());

  it("shows a text post whole, with its author, verified mark and time, and links to its page", () => {
    renderCard(weiboPost("p1", ["【标题】今天天气不错[心] #周末# @小明 http://t.cn/A6abc"], { attachments: undefined }));
    const story = card();
    expect(story).toHaveAccessibleName("【标题】今天天气不错[心] #周末# @小明 http://t.cn/A6abc");
    expect(within(story).getByRole("link", { name: "人民日报" })).toHaveAttribute("href", "/people/au-2803301701");
    expect(within(story).getByRole("img", { name: "已认证：人民日报法人微博" })).toBeInTheDocument();
    // The text is rendered as on the post's page: emoticons, topics, links, 【标题】.
    expect(within(story).getByRole("img", { name: "[心]" })).toBeInTheDocument();
    expect(within(story).getByRole("link", { name: "#周末#" })).toHaveAttribute("href", `/topics/${encodeURIComponent("周末")}`);
    expect(within(story).getByRole("link", { name: /网页链接/ })).toHaveAttribute("href", "http://t.cn/A6abc");
    expect(within(story).getByText("【标题】").tagName).toBe("STRONG");
    // The time: relative, exact in the tooltip and datetime, and the way to the post's page.
    const time = within(story).getByText("2小时前");
    expect(time).toHaveAttribute("datetime", "2026-06-14T13:30:00+08:00");
    expect(time).toHaveAttribute("title", "2026年6月14日 13:30");
    expect(time.closest("a")).toHaveAttribute("href", "/posts/p1");
    expect(within(story).queryByRole("list", { name: /图片/ })).not.toBeInTheDocument();
    expect(within(story).queryByRole("button", { name: "展开" })).not.toBeInTheDocument();
  });

  it("never shows a made-up time for a date known only to the day, and a date it cannot place as given", () => {
    const { unmount } = renderCard(weiboPost("p1", ["一天"], { date_published: "2026-06-13T00:00:00+08:00" }, { date_precision: "day" }));
    const time = within(card()).getByText("昨天");
    expect(time).toHaveAttribute("datetime", "2026-06-13");
    expect(time).toHaveAttribute("title", "2026年6月13日");
    unmount();
    renderCard(weiboPost("p2", ["无年份"], { date_published: undefined }, { date_text: "06-14" }));
    expect(within(card()).getByRole("link", { name: "06-14" })).toHaveAttribute("href", "/posts/p2");
  });

  it("opens the author's card on focus: avatar, verified reason, description and followers", async () => {
    const user = userEvent.setup({ advanceTimers: () => {} });
    renderCard(weiboPost("p1", ["正文"]));
    await user.tab();
    expect(screen.getByRole("link", { name: "人民日报" })).toHaveFocus();
    const personCard = await screen.findByRole("group", { name: "人民日报的资料卡" });
    expect(personCard).toHaveTextContent("人民日报法人微博");
    expect(personCard).toHaveTextContent("人民日报社官方微博");
    expect(personCard).toHaveTextContent("粉丝 1.6亿");
  });

  it("falls back to the author's initial without an avatar", () => {
    renderCard(weiboPost("p1", ["正文"], { authors: [author("小明同学")] }));
    const avatar = card().querySelector('[aria-hidden="true"]');
    expect(avatar).toHaveTextContent("小");
    expect(avatar?.querySelector("img")).toBeNull();
  });

  it("shows one picture in a box of its own shape, loading lazily with no referrer", () => {
    renderCard(weiboPost("p1", ["一张图"], { attachments: [picture("wide.png", 1600, 900)] }));
    const list = within(card()).getByRole("list", { name: "图片，共 1 张" });
    const cell = within(list).getByRole("button", { name: "查看图片：图wide" });
    // The box is reserved before the picture loads: a sizer of the picture's aspect.
    expect(cell.querySelector("svg")).toHaveAttribute("viewBox", "0 0 1600 900");
    const img = cell.querySelector("img");
    expect(img).toHaveAttribute("loading", "lazy");
    expect(img).toHaveAttribute("referrerpolicy", "no-referrer");
    expect(img).toHaveAttribute("src", "/test-pictures/wide.png");
  });

  it("keeps a failed picture's box and shows its alt text", () => {
    renderCard(weiboPost("p1", ["一张图"], { attachments: [picture("gone.png", 1600, 900)] }));
    const cell = within(card()).getByRole("button", { name: "查看图片：图gone" });
    fireEvent.error(cell.querySelector("img")!);
    expect(cell).toHaveTextContent("图gone");
    expect(cell.querySelector("img")).toBeNull();
    expect(cell.querySelector("svg")).toHaveAttribute("viewBox", "0 0 1600 900");
  });

  it("shows four pictures in a two-column grid", () => {
    renderCard(weiboPost("p1", ["四张图"], { attachments: pictures(4) }));
    const list = within(card()).getByRole("list", { name: "图片，共 4 张" });
    expect(within(list).getAllByRole("button")).toHaveLength(4);
    expect(list).toHaveClass("grid-cols-2");
  });

  it("shows nine pictures in a 3×3 grid, and counts the rest on the ninth", () => {
    const { unmount } = renderCard(weiboPost("p1", ["九张图"], { attachments: pictures(9) }));
    let list = within(card()).getByRole("list", { name: "图片，共 9 张" });
    expect(within(list).getAllByRole("button")).toHaveLength(9);
    expect(list).toHaveClass("grid-cols-3");
    unmount();
    renderCard(weiboPost("p1", ["十二张图"], { attachments: pictures(12) }));
    list = within(card()).getByRole("list", { name: "图片，共 12 张" });
    const cells = within(list).getAllByRole("button");
    expect(cells).toHaveLength(9);
    expect(cells[8]).toHaveAccessibleName("查看第 9 张图片：图grid-9，另有+3张");
    expect(cells[8]).toHaveTextContent("+3");
  });

  it("marks a long picture 长图 and shows its top", () => {
    renderCard(weiboPost("p1", ["长图"], { attachments: [picture("long.png", 400, 3000, { long: true })] }));
    const cell = within(card()).getByRole("button", { name: "查看图片：图long长图" });
    expect(cell).toHaveTextContent("长图");
    expect(cell.querySelector("img")).toHaveClass("object-top");
  });

  it("shows a repost's original inside the card: author, text and pictures", () => {
    renderCard(
      weiboPost("p1", ["转发微博 //@某人: 说得好"], {}, {
        repost: {
          authors: [author("原作者", { _qingyue: { verified: "知名博主" } })],
          paragraphs: ["原微博的正文[吃瓜]"],
          attachments: pictures(2),
          url: "https://weibo.com/1/Abc",
        },
      }),
    );
    const quoted = within(card()).getByRole("group", { name: "转发自原作者的微博" });
    expect(within(quoted).getByRole("link", { name: "原作者" })).toBeInTheDocument();
    expect(within(quoted).getByRole("img", { name: "已认证：知名博主" })).toBeInTheDocument();
    expect(quoted).toHaveTextContent("原微博的正文");
    expect(within(quoted).getByRole("img", { name: "[吃瓜]" })).toBeInTheDocument();
    expect(within(quoted).getByRole("list", { name: "原微博的图片，共 2 张" })).toBeInTheDocument();
    expect(within(quoted).getByRole("link", { name: /查看原微博/ })).toHaveAttribute("href", "https://weibo.com/1/Abc");
  });

  it("says 原微博已删除 when the original is gone", () => {
    renderCard(weiboPost("p1", ["转发"], {}, { repost: { deleted: true } }));
    expect(within(card()).getByRole("group", { name: "转发的原微博" })).toHaveTextContent("原微博已删除");
  });

  it("shows a video's poster and length, and plays it in place only when asked", async () => {
    const user = userEvent.setup({ advanceTimers: () => {} });
    renderCard(
      weiboPost("p1", ["视频"], {
        attachments: [{ url: "/test-pictures/clip.mp4", mime_type: "video/mp4", title: "现场视频", duration_in_seconds: 65, _qingyue: { poster: "/test-pictures/poster.png", width: 1280, height: 720 } }],
      }),
    );
    expect(card().querySelector("video")).toBeNull();
    const play = within(card()).getByRole("button", { name: "播放视频：现场视频，时长1分5秒" });
    expect(play).toHaveTextContent("1:05");
    await user.click(play);
    const video = card().querySelector("video");
    expect(video).toHaveAttribute("preload", "none");
    expect(video).toHaveAttribute("src", "/test-pictures/clip.mp4");
    expect(video).toHaveAttribute("poster", "/test-pictures/poster.png");
    expect(video).toHaveAttribute("controls");
  });

  it("folds a long post after about six lines, and unfolds it", async () => {
    // jsdom lays nothing out: the folded box reports the text's height as taller than itself.
    const scroll = vi.spyOn(HTMLElement.prototype, "scrollHeight", "get").mockReturnValue(500);
    const client = vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(168);
    try {
      const user = userEvent.setup({ advanceTimers: () => {} });
      renderCard(weiboPost("p1", LONG_PARAGRAPHS));
      const unfold = within(card()).getByRole("button", { name: "展开" });
      expect(unfold).toHaveAttribute("aria-expanded", "false");
      const text = document.getElementById(unfold.getAttribute("aria-controls")!);
      expect(text).toHaveClass("overflow-hidden");
      await user.click(unfold);
      const fold = within(card()).getByRole("button", { name: "收起" });
      expect(fold).toHaveAttribute("aria-expanded", "true");
      expect(text).not.toHaveClass("overflow-hidden");
      await user.click(fold);
      expect(within(card()).getByRole("button", { name: "展开" })).toHaveAttribute("aria-expanded", "false");
    } finally {
      scroll.mockRestore();
      client.mockRestore();
    }
  });

  it("links a post its source cut off to the whole", () => {
    renderCard(weiboPost("p1", ["开头…"], { external_url: "https://weibo.com/1/Full" }, { truncated: true }));
    expect(within(card()).getByRole("link", { name: /全文/ })).toHaveAttribute("href", "https://weibo.com/1/Full");
  });

  it("renders a trending snippet's markup and still says it is cut off", () => {
    renderCard(trending("t1", "#每日一善[超话]# 今天也要开心[吃瓜]"));
    const story = card();
    expect(story).toHaveAccessibleName(/并非全文/);
    expect(within(story).getByRole("img", { name: "[吃瓜]" })).toBeInTheDocument();
    expect(within(story).getByRole("link", { name: "#每日一善超话#" })).toHaveAttribute("href", `/topics/${encodeURIComponent("每日一善")}`);
    expect(story).toHaveTextContent("摘录，非全文");
    // What the eye reads shows the emoji, never the code.
    const shown = within(story).getByText(/今天也要开心/, { selector: "p" });
    expect(shown).toHaveTextContent("🍉");
    expect(shown).not.toHaveTextContent("[吃瓜]");
  });

  it("shows an article's cover picture in a fixed box, its source and reading time", () => {
    renderCard(article("a1", "检察援疆三年", { image: "/test-pictures/wide.png" }));
    const story = card();
    expect(within(story).getByRole("heading", { name: "检察援疆三年" })).toBeInTheDocument();
    const cover = story.querySelector("img");
    expect(cover).toHaveAttribute("src", "/test-pictures/wide.png");
    expect(cover).toHaveAttribute("loading", "lazy");
    expect(cover?.parentElement).toHaveClass("aspect-[4/3]");
    expect(story).toHaveTextContent("来源：检察日报");
    expect(story).toHaveTextContent("阅读约 1 分钟");
  });

  it("sets an Arabic story's headline and summary right to left, and a Chinese one's left to right", () => {
    const { unmount } = renderCard(article("ar1", "عودة الترام إلى المدينة", { language: "ar", summary: "عاد الترام اليوم إلى شوارع المدينة." }));
    expect(within(card()).getByRole("heading", { name: "عودة الترام إلى المدينة" })).toHaveAttribute("dir", "rtl");
    expect(within(card()).getByText("عاد الترام اليوم إلى شوارع المدينة.")).toHaveAttribute("dir", "rtl");
    unmount();
    renderCard(article("a1", "检察援疆三年"));
    expect(within(card()).getByRole("heading", { name: "检察援疆三年" })).toHaveAttribute("dir", "ltr");
  });
});
