import { preloadOnIntent } from "./preload-on-intent";

function setup(html: string) {
  document.body.innerHTML = html;
  const preload = vi.fn((_path: string) => Promise.resolve());
  const stop = preloadOnIntent(document, preload);
  return { preload, stop };
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("preloadOnIntent", () => {
  it("loads a page when a pointer rests on a link to it, or the link takes focus", () => {
    const { preload, stop } = setup('<a id="a" href="/articles/a-1"><span id="inner">标题</span></a><a id="p" href="/people/x">人物</a>');
    document.getElementById("inner")!.dispatchEvent(new Event("pointerover", { bubbles: true }));
    document.getElementById("p")!.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
    expect(preload.mock.calls.map(([path]) => path)).toEqual(["/articles/a-1", "/people/x"]);
    stop();
  });

  it("loads each page once, and again after a failed load", async () => {
    const { preload, stop } = setup('<a id="a" href="/posts/p-1">帖子</a>');
    preload.mockImplementationOnce(() => Promise.reject(new Error("offline")));
    const link = document.getElementById("a")!;
    link.dispatchEvent(new Event("pointerover", { bubbles: true }));
    await Promise.resolve();
    await Promise.resolve();
    link.dispatchEvent(new Event("touchstart", { bubbles: true }));
    link.dispatchEvent(new Event("pointerover", { bubbles: true }));
    expect(preload).toHaveBeenCalledTimes(2);
    stop();
  });

  it("ignores links that leave the app, open elsewhere or download, and stops when asked", () => {
    const { preload, stop } = setup(
      '<a id="out" href="https://example.com/articles/a">外链</a><a id="blank" href="/articles/b" target="_blank">新窗口</a>' +
        '<a id="dl" href="/feed/feed.json" download>下载</a><a id="ok" href="/topics/x">话题</a><p id="text">正文</p>',
    );
    for (const id of ["out", "blank", "dl", "text"]) document.getElementById(id)!.dispatchEvent(new Event("pointerover", { bubbles: true }));
    expect(preload).not.toHaveBeenCalled();
    stop();
    document.getElementById("ok")!.dispatchEvent(new Event("pointerover", { bubbles: true }));
    expect(preload).not.toHaveBeenCalled();
  });
});
