import { render, screen, within } from "@testing-library/react";
import { expect, it } from "vitest";
import { PostCounts } from "./post-counts";

it("shows each count the source gave, as printed, under its label", () => {
  render(<PostCounts counts={{ reposts: "12", likes: "1.2万" }} />);
  const list = screen.getByRole("list", { name: "转发、评论与点赞" });
  expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["转发 12", "赞 1.2万"]);
});

it("shows nothing when the source gave no counts", () => {
  const { container } = render(
    <>
      <PostCounts counts={undefined} />
      <PostCounts counts={{}} />
    </>,
  );
  expect(container).toBeEmptyDOMElement();
});

it("shows a count a feed gives as a bare number as Weibo does, and one printed as 100万+ as printed", () => {
  render(<PostCounts counts={{ reposts: "1000000", comments: "12345", likes: "100万+" }} />);
  const list = screen.getByRole("list", { name: "转发、评论与点赞" });
  expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["转发 100万", "评论 1.2万", "赞 100万+"]);
});
