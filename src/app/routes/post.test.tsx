import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { screen } from "@testing-library/react";
import { server } from "../../../tests/utils/server";
import { renderApp } from "../../../tests/utils/render-app";
import { page } from "../../../tests/fixtures/feed-builders";
import { pictures, weiboPost } from "../../../tests/fixtures/weibo-items";

describe("a post's own page", () => {
  it("shows its author, its pictures and the original it reposts, as its card does", async () => {
    server.use(
      http.get("/feed/feed.json", () =>
        HttpResponse.json(page([weiboPost("p1", ["转发微博"], { attachments: pictures(4) }, { repost: { deleted: true } })])),
      ),
    );
    renderApp("/posts/p1");
    expect(await screen.findByRole("link", { name: "人民日报" })).toHaveAttribute("href", "/people/au-2803301701");
    expect(screen.getByRole("list", { name: "图片，共 4 张" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "转发的原微博" })).toHaveTextContent("原微博已删除");
  });
});
