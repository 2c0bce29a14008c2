// @vitest-environment node
// Article pages of sites abroad as a reader expects them: the headline the page gives, the
// language and direction the story is read in, a list of teasers named as no article, and
// the lines a story's header prints kept out of its text.
import { describe, expect, it } from "vitest";
import type { ArticleItem } from "../../../src/content/feed-schema";
import { readPage } from "../../../src/ingest/read-page";
import { NOT_AN_ARTICLE } from "../../../src/ingest/page-reasons";
import { paragraphs } from "./helpers";

async function read(html: string): Promise<ArticleItem | { reason: string }> {
  const result = await readPage({ kind: "html", text: html, baseUrl: "", externalUrl: "https://news.example.com/2022/06/story" });
  if ("reason" in result) return { reason: result.reason };
  return result.items[0]?.item as ArticleItem;
}

async function article(html: string): Promise<ArticleItem> {
  const item = await read(html);
  if ("reason" in item) throw new Error(item.reason);
  return item;
}

const COUNCIL = [
  "The city council approved a new budget on Tuesday night after a debate that stretched past midnight, ending weeks of uncertainty for municipal departments.",
  "The budget raises spending on parks and libraries while trimming the road maintenance fund, a trade-off that drew sharp criticism from several council members.",
  "The mayor said she would sign it by the end of the week.",
];
const councilStory = COUNCIL.map((p) => `<p>${p}</p>`).join("");

describe("a headline given only in og:title", () => {
  it("is the story's headline, not the site's name its <title> and its linked masthead print", async () => {
    const item = await article(
      `<!doctype html><html lang="en"><head><title>Daily Ledger</title><meta property="og:title" content="City council approves new budget after long debate"><meta property="og:site_name" content="Daily Ledger"></head><body><header><h1 class="logo"><a href="/">Daily Ledger</a></h1></header><div class="story">${councilStory}</div></body></html>`,
    );
    expect(item.title).toBe("City council approves new budget after long debate");
    expect(item._qingyue.publisher).toBe("Daily Ledger");
    expect(paragraphs(item)).toEqual(COUNCIL);
  });
});
