import { render, screen, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { StoryAttachments } from "./story-attachments";

it("links a video the story embeds to its page on the video site, named by its title or the site, never as a download", () => {
  render(
    <StoryAttachments
      attachments={[
        { url: "https://www.youtube.com/watch?v=abc123XYZ_0", mime_type: "text/html", title: "Linus on old hardware" },
        { url: "https://www.bilibili.com/video/BV17x411w7KC", mime_type: "text/html" },
      ]}
    />,
  );
  const list = screen.getByRole("list", { name: "相关网页" });
  expect(within(list).getByRole("link", { name: "Linus on old hardware" })).toHaveAttribute("href", "https://www.youtube.com/watch?v=abc123XYZ_0");
  expect(within(list).getByRole("link", { name: "bilibili.com" })).toHaveAttribute("href", "https://www.bilibili.com/video/BV17x411w7KC");
  expect(screen.queryByRole("list", { name: "可下载的文件" })).toBeNull();
});
