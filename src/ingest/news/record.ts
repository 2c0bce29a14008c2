// A news story as a JSON record, the way extractors and news data sets write them: a headline
// and a body, with the date, authors, source, address and pictures beside them (an extractor's
// {"title", "author", "publish_time", "content", "images"}; a data set's {"title", "content",
// "source", "time", "desc"}; {"title", "text", "date", "hostname"}; {"标题", "正文", "发布时间"}).
// Turned into the HTML page it stands for, so the HTML extractor reads it the one way it reads
// any page: the record's own fields as the page's metadata, its body as the story.
import { isRecord, type Json } from "../weibo/record";
import { feedDate } from "../feeds/dates";
import { unixMs } from "../parse/dates";
import { isWebAddress } from "../urls";
import { paragraphsHtml, storyPageHtml } from "../html/story-page";

const TITLE_FIELDS = ["title", "headline", "标题", "新闻标题"];
const BODY_FIELDS = ["content", "text", "body", "article", "maintext", "main_text", "raw_text", "content_html", "article_html", "正文", "内容", "新闻内容"];
const DATE_FIELDS = ["publish_time", "published_time", "pub_time", "pubtime", "date_publish", "datePublished", "published", "date", "time", "publish_date", "发布时间", "时间", "日期"];
const AUTHOR_FIELDS = ["author", "authors", "byline", "作者", "记者"];
const SOURCE_FIELDS = ["source", "source_name", "sitename", "site_name", "hostname", "来源", "媒体"];
const URL_FIELDS = ["url", "link", "source_url", "sourceurl", "article_url", "网址", "链接"];
const IMAGE_FIELDS = ["image", "images", "top_image", "image_url", "img", "图片"];
const SUMMARY_FIELDS = ["desc", "description", "summary", "excerpt", "abstract", "摘要"];
const LANGUAGE_FIELDS = ["language", "lang", "语言"];

/** A body written as HTML: it holds block or line-break tags. */
const HTML_BODY = /<(?:p|div|br|img|h[1-6]|section|article|figure|ul|ol|li|table|blockquote)\b[^>]*>/iu;

function firstString(record: Json, fields: readonly string[], max = 100_000): string | undefined {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === "string" && value.trim() !== "" && value.length <= max) return value.trim();
  }
  return undefined;
}

/** Names as records give them: "张三", "张三 李四", ["张三"], [{"name": "张三"}]. */
function namesOf(record: Json): string[] {
  for (const field of AUTHOR_FIELDS) {
    const value = record[field];
    const list = Array.isArray(value) ? value : [value];
    const names = list.flatMap((v) => (typeof v === "string" ? [v] : isRecord(v) && typeof v.name === "string" ? [v.name] : []));
    const clean = names.map((n) => n.trim()).filter((n) => n !== "" && n.length <= 60);
    if (clean.length > 0) return clean;
  }
  return [];
}

function imageOf(record: Json): string | undefined {
  for (const field of IMAGE_FIELDS) {
    const value = record[field];
    const first = Array.isArray(value) ? value.find((v) => typeof v === "string") : value;
    if (typeof first === "string" && isWebAddress(first.trim())) return first.trim();
  }
  return undefined;
}

/** The record's date as ISO, for the page's metadata: a date string as feeds and pages write it, or Unix time. */
function dateOf(record: Json): string | undefined {
  for (const field of DATE_FIELDS) {
    const value = record[field];
    const ms = unixMs(value);
    if (ms !== undefined) {
      const date = new Date(ms);
      if (!Number.isNaN(date.getTime())) return date.toISOString();
    }
    if (typeof value === "string") {
      const read = feedDate(value);
      // Written to the precision the record gives: "2020-08-05 18:30" is not to the second.
      if (read?.precision === "day") return read.iso.slice(0, 10);
      if (read?.precision === "minute") return `${read.iso.slice(0, 16)}${read.iso.slice(19)}`;
      if (read) return read.iso;
    }
  }
  return undefined;
}

/** A record that is a news story: a headline and a body. */
export function isNewsRecord(record: unknown): record is Json {
  return isRecord(record) && firstString(record, TITLE_FIELDS, 500) !== undefined && firstString(record, BODY_FIELDS) !== undefined;
}

/** Where a JSON document holds its list of stories, when it is not the list itself. */
const LIST_FIELDS = ["data", "items", "articles", "news", "list", "results", "records", "docs", "rows"];

/** The news records of a JSON document: a list of stories, or an object holding one; undefined otherwise. */
export function newsRecordsOf(doc: unknown): unknown[] | undefined {
  const list = Array.isArray(doc) ? doc : isRecord(doc) ? LIST_FIELDS.map((f) => doc[f]).find(Array.isArray) : undefined;
  if (list === undefined || list.length === 0) return undefined;
  // Most of the list must be stories: a stray empty record is named, not taken for another format.
  const stories = list.filter(isNewsRecord).length;
  return stories * 2 > list.length ? list : undefined;
}

export interface NewsPage {
  html: string;
  /** The story's address, where the record gives one. */
  url?: string;
}

/** The page a news record stands for; undefined when it is not one. */
export function newsRecordPage(record: unknown): NewsPage | undefined {
  if (!isNewsRecord(record)) return undefined;
  const title = firstString(record, TITLE_FIELDS, 500)!;
  const body = firstString(record, BODY_FIELDS)!;
  const rawUrl = firstString(record, URL_FIELDS, 4096);
  const url = rawUrl !== undefined && isWebAddress(rawUrl) ? rawUrl : undefined;
  const date = dateOf(record);
  const source = firstString(record, SOURCE_FIELDS, 200);
  const summary = firstString(record, SUMMARY_FIELDS, 2000);
  const image = imageOf(record);
  const language = firstString(record, LANGUAGE_FIELDS, 35);
  const story = HTML_BODY.test(body) ? body : paragraphsHtml(body);
  const facts = {
    title,
    headline: true,
    ...(date !== undefined ? { published: date } : {}),
    authors: namesOf(record),
    ...(source !== undefined ? { source } : {}),
    ...(summary !== undefined ? { summary } : {}),
    ...(image !== undefined ? { image } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(language !== undefined ? { language } : {}),
  };
  return { html: storyPageHtml(facts, story), ...(url !== undefined ? { url } : {}) };
}
