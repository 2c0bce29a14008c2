import { describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { readStoryHtml, StoryHtml } from "./story-html";

describe("readStoryHtml", () => {
  it("moves a story's headings under the page's title and lists its top two levels for the contents", () => {
    const story = readStoryHtml("<h1>One</h1><p>a</p><h2>Two</h2><p>b</p><h3>Deep</h3><h1> </h1>", "https://blog.example/", false);
    expect(story.headings).toEqual([
      { id: "s-1", heading: "One" },
      { id: "s-2", heading: "Two" },
    ]);
    render(<StoryHtml story={story} />);
    expect(screen.getByRole("heading", { level: 2, name: "One" })).toHaveAttribute("id", "s-1");
    expect(screen.getByRole("heading", { level: 3, name: "Two" })).toHaveAttribute("id", "s-2");
    expect(screen.queryByRole("heading", { level: 1 })).not.toBeInTheDocument();
  });

  it("anchors paragraphs #p-N and marks the one a link points at", () => {
    const { container } = render(<StoryHtml story={readStoryHtml("<p>a</p><blockquote><p>b</p></blockquote><p>c</p>", undefined, false)} marked={2} />);
    expect([...container.querySelectorAll("p")].map((p) => p.id)).toEqual(["p-1", "p-2", "p-3"]);
    expect([...container.querySelectorAll("[data-paragraph]")].map((p) => p.getAttribute("data-paragraph"))).toEqual(["1", "2", "3"]);
    expect(container.querySelector("#p-2")).toHaveClass("paragraph-marked");
  });

  it("numbers a table's rows as the paragraphs they are in the story's text", () => {
    const html = "<p>a</p><table><tbody><tr><th>乡镇</th><th>面积</th></tr><tr><td>东河镇</td><td>3.2</td></tr></tbody></table><p>b</p>";
    const { container } = render(<StoryHtml story={readStoryHtml(html, undefined, true)} />);
    expect(container.querySelector("#p-4")).toHaveTextContent("b");
    expect(container.querySelector("#p-3")).toHaveTextContent("东河镇3.2");
  });

  it("numbers each line of a block of code as the paragraph it is in the story's text", () => {
    const html = "<p>a</p><pre><code>const x = 1;\nconst y = 2;\nlog(x + y);</code></pre><p>b</p>";
    const { container } = render(<StoryHtml story={readStoryHtml(html, undefined, false)} />);
    expect(container.querySelector("#p-5")).toHaveTextContent("b");
    expect(container.querySelector("#p-2")).toHaveTextContent("const x = 1;");
  });

  it("gives pictures a reserved box, lazy loading and no referrer; tables their own scroller; players no preload", () => {
    const html = '<img src="a.png" alt="港口" width="800" height="500"><table><tr><td>1</td></tr></table><video src="v.mp4"></video><audio src="a.mp3" preload="auto"></audio>';
    const { container } = render(<StoryHtml story={readStoryHtml(html, "https://blog.example/post/", false)} />);
    const img = screen.getByRole("img", { name: "港口" });
    expect(img).toHaveAttribute("src", "https://blog.example/post/a.png");
    expect(img).toHaveAttribute("width", "800");
    expect(img).toHaveAttribute("loading", "lazy");
    expect(img).toHaveAttribute("decoding", "async");
    expect(img).toHaveAttribute("referrerpolicy", "no-referrer");
    expect(screen.getByRole("region", { name: /表格/ }).querySelector("table")).not.toBeNull();
    for (const player of container.querySelectorAll("video, audio")) expect(player).toHaveAttribute("preload", "none");
  });

  it("names a picture that failed by its alt text, unless that is only its file's name", () => {
    const html = '<p><img src="a.png" alt="港口的早晨"></p><p><img src="b.png" alt="004ednc20190925"></p>';
    const { container } = render(<StoryHtml story={readStoryHtml(html, "https://blog.example/", false)} />);
    const [described, named] = [...container.querySelectorAll("img")];
    fireEvent.error(described!);
    fireEvent.error(named!);
    expect(described!.parentElement).toHaveTextContent("港口的早晨");
    expect(named!.parentElement).toHaveTextContent("图片没能加载");
    expect(named).toHaveAttribute("alt", "");
  });

  it("shows Chinese text with full-width punctuation, but never inside code", () => {
    render(<StoryHtml story={readStoryHtml("<p>回眸:倾情,援疆</p><pre><code>甲:乙</code></pre>", undefined, true)} />);
    expect(screen.getByText("回眸：倾情，援疆")).toBeInTheDocument();
    expect(screen.getByText("甲:乙")).toBeInTheDocument();
  });
});

describe("StoryHtml with the people a story names", () => {
  it("links each name to the person's profile, but not inside a link or code", async () => {
    const { MemoryRouter } = await import("react-router");
    const story = readStoryHtml('<p>全国模范检察官周会明在会上发言。</p><p><a href="https://a.example/">周会明的报道</a> <code>周会明</code></p>', undefined, true);
    render(
      <MemoryRouter>
        <StoryHtml story={story} people={[{ id: "zhou-huiming", name: "周会明", honours: ["全国模范检察官"] }]} />
      </MemoryRouter>,
    );
    const links = screen.getAllByRole("link", { name: /周会明/u });
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["/people/zhou-huiming", "https://a.example/"]);
  });
});
