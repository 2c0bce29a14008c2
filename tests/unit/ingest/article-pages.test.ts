// @vitest-environment node
// Article pages of blogs, newspapers and encyclopedias in many languages, as their platforms
// mark them up: what a reader gets from each.
import { describe, expect, it } from "vitest";
import type { ArticleItem } from "../../../src/content/feed-schema";
import { readPage } from "../../../src/ingest/read-page";

async function read(html: string, url?: string): Promise<ArticleItem> {
  const result = await readPage({ kind: "html", text: html, baseUrl: "", ...(url !== undefined ? { externalUrl: url } : {}) });
  if ("reason" in result) throw new Error(result.reason);
  return result.items[0]?.item as ArticleItem;
}

const paragraphs = (item: ArticleItem) => item._qingyue.sections.flatMap((s) => s.paragraphs);
const headings = (item: ArticleItem) => item._qingyue.sections.map((s) => s.heading);

describe("a right-to-left page in Arabic", () => {
  it("is read as an article: its commas are Arabic ones", async () => {
    const item = await read(
      '<!doctype html><html lang="ar" dir="rtl"><head><title>افتتاح مكتبة عامة جديدة - صحيفة المثال</title></head><body>' +
        '<h1>افتتاح مكتبة عامة جديدة</h1><div class="article-body">' +
        "<p>افتتحت البلدية يوم الاثنين مكتبة عامة جديدة في وسط المدينة، تضم أكثر من عشرين ألف كتاب، إضافة إلى قاعة للأطفال.</p>" +
        "<p>وقال رئيس البلدية إن المكتبة ستكون مفتوحة طوال أيام الأسبوع، وإن الاشتراك فيها مجاني لجميع السكان.</p>" +
        "<h2>قاعة للأطفال</h2><p>وتضم المكتبة قاعة مخصصة للأطفال، فيها كتب مصورة وألعاب تعليمية.</p></div></body></html>",
    );
    expect(item.title).toBe("افتتاح مكتبة عامة جديدة");
    expect(paragraphs(item)).toHaveLength(3);
    expect(paragraphs(item)[0]).toMatch(/^افتتحت البلدية/u);
    expect(headings(item)).toEqual([undefined, "قاعة للأطفال"]);
    expect(item.language).toBe("ar");
  });
});
