// @vitest-environment node
// Blog and news pages of other languages as a reader expects them: what the story quotes set
// apart, its pictures where they stand, its subtitle, and the videos it embeds.
import { describe, expect, it } from "vitest";
import type { ArticleItem } from "../../../src/content/feed-schema";
import { readPage } from "../../../src/ingest/read-page";

const LEAD =
  "<p>When we started the company, running everything on one cluster felt like the obvious choice. Everyone we admired did it, and the tooling looked mature enough.</p>";
const TAIL = "<p>In the end, a handful of machines and a deploy script did everything we needed, and nobody has been paged on a weekend since.</p>";

async function article(body: string, { head = "", top = "" } = {}): Promise<ArticleItem> {
  const html = `<!doctype html><html lang="en"><head><title>Why we moved off our cluster | Example Blog</title>${head}</head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><article><h1>Why we moved off our cluster</h1>${top}${LEAD}${body}${TAIL}</article><footer>© 2021 Example Blog</footer></body></html>`;
  const result = await readPage({ kind: "html", text: html, baseUrl: "", externalUrl: "https://blog.example.com/2021/03/moving-off" });
  if ("reason" in result) throw new Error(result.reason);
  return result.items[0]?.item as ArticleItem;
}

const paragraphs = (item: ArticleItem) => item._qingyue.sections.flatMap((s) => s.paragraphs);

describe("a quote in a story", () => {
  it("is set apart as a quote in the story's HTML, its paragraphs kept in order", async () => {
    const item = await article(
      "<blockquote class=\"wp-block-quote\"><p>The best infrastructure is the one your team can forget about on a Friday afternoon.</p><p>Everything else is a hobby.</p></blockquote>" +
        "<p>We wrote that sentence on the whiteboard and left it there for a month. It changed how we judged every decision.</p>",
    );
    expect(paragraphs(item).slice(1, 4)).toEqual([
      "The best infrastructure is the one your team can forget about on a Friday afternoon.",
      "Everything else is a hobby.",
      "We wrote that sentence on the whiteboard and left it there for a month. It changed how we judged every decision.",
    ]);
    expect(item.content_html).toContain(
      "</p><blockquote><p>The best infrastructure is the one your team can forget about on a Friday afternoon.</p><p>Everything else is a hobby.</p></blockquote><p>We wrote",
    );
    // One <p> a paragraph: a paragraph's link points at the same words in either view.
    expect(item.content_html?.match(/<p>/gu)?.length).toBe(paragraphs(item).length);
  });

  it("is no quote when the page sets its whole story in a <blockquote>", async () => {
    const html =
      "<html><head><title>青山镇修好了古桥_青山网</title></head><body><h1>青山镇修好了古桥</h1><blockquote><p>青山镇的古桥建于清代，去年汛期被冲坏了一段桥面。今年春天，镇里请来老工匠，按原样修好了桥。</p><p>修好的古桥上周重新开放，附近的村民又可以走桥去赶集了。</p></blockquote></body></html>";
    const result = await readPage({ kind: "html", text: html, baseUrl: "" });
    if ("reason" in result) throw new Error(result.reason);
    expect(result.items[0]?.item.content_html).toBeUndefined();
  });
});

describe("pictures in a story", () => {
  it("stand where the page sets them, with their captions, in the story's HTML", async () => {
    const item = await article('<figure><img src="/img/pages.png" width="1400" height="700" alt="A bar chart"><figcaption>On-call pages per week</figcaption></figure>');
    expect(item.content_html).toContain(
      '<figure><img src="https://blog.example.com/img/pages.png" alt="A bar chart" width="1400" height="700"><figcaption>On-call pages per week</figcaption></figure><p>In the end',
    );
  });
});
