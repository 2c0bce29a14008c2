import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { WeiboText } from "./weibo-text";

function show(text: string) {
  return render(
    <MemoryRouter>
      <p data-testid="post">
        <WeiboText text={text} />
      </p>
    </MemoryRouter>,
  );
}

describe("WeiboText", () => {
  it("links a #话题# to its topic page", () => {
    show("#曲检人物#");
    expect(screen.getByRole("link", { name: "#曲检人物#" })).toHaveAttribute("href", `/topics/${encodeURIComponent("曲检人物")}`);
  });

  it("links a topic holding half a character (an emoji cut in two) to an address, instead of breaking the post", () => {
    show("今天天气很好#晴天\ud83d#");
    expect(screen.getByRole("link")).toHaveAttribute("href", "/topics/%E6%99%B4%E5%A4%A9%EF%BF%BD");
  });

  it("gives a super-topic a 超话 badge instead of an emoticon", () => {
    show("#任嘉伦[超话]#");
    const link = screen.getByRole("link", { name: "#任嘉伦超话#" });
    expect(link).toHaveAttribute("href", `/topics/${encodeURIComponent("任嘉伦")}`);
    expect(screen.getByText("超话")).toBeInTheDocument();
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
  });

  it("shows a known [表情] as an emoji with a text alternative, and an unknown one as typed", () => {
    show("[吃瓜][不存在的表情]");
    expect(screen.getByRole("img", { name: "[吃瓜]" })).toHaveTextContent("🍉");
    expect(screen.getByTestId("post")).toHaveTextContent("🍉[不存在的表情]");
  });

  it("makes 【标题】 bold, marks @mentions, and labels links safely", () => {
    show("【标题】@检察日报 见https://t.cn/EzdjDmC 与 https://www.example.com/a/very/long/path/here");
    expect(screen.getByText("【标题】").tagName).toBe("STRONG");
    expect(screen.getByText("@检察日报")).toBeInTheDocument();
    const short = screen.getByRole("link", { name: /^网页链接/ });
    expect(short).toHaveAttribute("href", "https://t.cn/EzdjDmC");
    expect(short).toHaveAttribute("rel", "noopener noreferrer nofollow ugc");
    expect(screen.getByRole("link", { name: /^example\.com\/a\/very\/long\/path\/…/ })).toHaveAttribute("target", "_blank");
  });

  it("labels a Weibo article and a Weibo video page as Weibo does", () => {
    show("发布了头条文章：《夜跑十年》 https://weibo.com/ttarticle/p/show?id=2309404800000000000333 晚上的江边 https://video.weibo.com/show?fid=1034:4800000000000099");
    expect(screen.getByRole("link", { name: /^头条文章/ })).toHaveAttribute("href", "https://weibo.com/ttarticle/p/show?id=2309404800000000000333");
    expect(screen.getByRole("link", { name: /^微博视频/ })).toHaveAttribute("href", "https://video.weibo.com/show?fid=1034:4800000000000099");
  });

  it("renders one post with every construct together", () => {
    show("#每日一善[超话]#[送花花]#阳光信用# 【不吞必回】@小e 看 https://t.cn/x [心]");
    expect(screen.getAllByRole("link").map((l) => l.getAttribute("href"))).toEqual([
      `/topics/${encodeURIComponent("每日一善")}`,
      `/topics/${encodeURIComponent("阳光信用")}`,
      "https://t.cn/x",
    ]);
    expect(screen.getAllByRole("img").map((i) => i.getAttribute("aria-label"))).toEqual(["[送花花]", "[心]"]);
    expect(screen.getByText("【不吞必回】").tagName).toBe("STRONG");
  });

  it("leaves lookalikes as plain text", () => {
    show("注[1]，见[PDF版]，写信 a@b.com，第【1】【2】页");
    expect(screen.getByTestId("post")).toHaveTextContent("注[1]，见[PDF版]，写信 a@b.com，第【1】【2】页");
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
    expect(screen.getByTestId("post").querySelector("strong")).toBeNull();
  });
});
