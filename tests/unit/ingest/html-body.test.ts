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

  it("starts a section at each heading and splits lines at <br>", () => {
    const body = readHtmlBody("<p>导语</p><h2>第一部分</h2>第一行<br>第二行<h3>第二部分</h3><p>结尾</p>");
    expect(body.sections).toEqual([
      { paragraphs: ["导语"] },
      { heading: "第一部分", paragraphs: ["第一行", "第二行"] },
      { heading: "第二部分", paragraphs: ["结尾"] },
    ]);
  });
});
