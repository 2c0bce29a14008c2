// A feed entry's HTML read the way a reader sees it: sections under headings, list items with
// their bullet or number, pictures as figures where they stand.
import { describe, expect, it } from "vitest";
import { readHtmlBody } from "../../../src/ingest/feeds/html-body";

describe("an entry's HTML", () => {
  it("numbers list items, also when each holds a paragraph, and keeps nested text inline", () => {
    const body = readHtmlBody("<p>清单：</p><ol><li><p>带<b>望远镜</b></p></li><li><p>穿深色衣服</p></li></ol><ul><li>不投喂</li></ul>");
    expect(body.sections).toEqual([{ paragraphs: ["清单：", "1. 带望远镜", "2. 穿深色衣服", "• 不投喂"] }]);
  });

  it("places a picture before the paragraph that follows it, resolves its address against the entry, and skips emoticons and hidden pictures", () => {
    const body = readHtmlBody('<p>开头</p><img src="/p/1.jpg" alt="湖"><p>后文<img alt="[心]" src="https://face.example/x.png"></p><img hidden src="https://e.org/h.jpg">', "https://e.org/a/1");
    expect(body.sections).toEqual([{ paragraphs: ["开头", "后文[心]"], figures: [{ before: 1, url: "https://e.org/p/1.jpg", alt: "湖" }] }]);
    expect(body.pictures.map((p) => p.url)).toEqual(["https://e.org/p/1.jpg"]);
  });

  it("keeps a sentence whole around a picture set in it: the picture stands after its paragraph, one opening a line before its words", () => {
    const body = readHtmlBody(
      '<p>第一段。</p><p>第二段<img src="https://x.example/a.png">接着说完。</p><p>请看<a href="https://x.example/b">新桥<img src="https://x.example/b.png"></a>的照片。</p><p><img src="https://x.example/c.png">图为新桥。</p>',
    );
    expect(body.sections).toEqual([
      {
        paragraphs: ["第一段。", "第二段接着说完。", "请看新桥的照片。", "图为新桥。"],
        figures: [{ before: 2, url: "https://x.example/a.png" }, { before: 3, url: "https://x.example/b.png" }, { before: 3, url: "https://x.example/c.png" }],
      },
    ]);
  });

  it("keeps an emoji or a small icon in the line as text, never as a figure or a picture of the entry", () => {
    const body = readHtmlBody(
      '<p>好消息<img class="emoji" alt="😀" src="https://s.example/emoji/1f600.svg">大桥<img src="https://x.example/i.png" width="16" height="16">通车<img src="https://x.example/f.png" style="width:1em;height:1em">了。</p>',
    );
    expect(body.sections).toEqual([{ paragraphs: ["好消息😀大桥通车了。"] }]);
    expect(body.pictures).toEqual([]);
  });

  it("starts a section at each heading and splits lines at <br>", () => {
    const body = readHtmlBody("<p>导语</p><h2>第一部分</h2>第一行<br>第二行<h3>第二部分</h3><p>结尾</p>");
    expect(body.sections).toEqual([
      { paragraphs: ["导语"] },
      { heading: "第一部分", paragraphs: ["第一行", "第二行"] },
      { heading: "第二部分", paragraphs: ["结尾"] },
    ]);
  });
});
