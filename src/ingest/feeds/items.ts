// Feed entries → feed items. A titled entry with a body worth reading on its own page (several
// paragraphs, or headings) is an article with sections from its HTML; any other entry is a
// post. An entry that is a Weibo post (RSSHub's Weibo feeds) is read back into a Weibo post.
// Ids come from the entry's own id (or link), so a re-read feed gives the same ids.
import type { Attachment, Author, Item } from "../../content/feed-schema";
import { contentId } from "../../content/ids";
import { isSafeUrl } from "../../content/safe-url";
import { extractTopics, tokenizeWeibo } from "../../content/weibo-markup";
import type { ItemContext } from "../build/items";
import { summarise } from "../build/summary";
import { weiboItem } from "../weibo/items";
import { mimeOf } from "../mime";
import { cleanEntryHtml } from "./clean-html";
import { withoutClosingLines } from "./closing-lines";
import { postParagraphsOf, readHtmlBody, type Picture } from "./html-body";
import type { FeedEntry, ParsedFeed } from "./parse";
import { isWeiboEntry, weiboStatusOfEntry } from "./rsshub-weibo";

/** A body this long (in characters) or with this many paragraphs reads as an article. */
const ARTICLE_CHARS = 280;
const ARTICLE_PARAGRAPHS = 4;

const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;
const languageOf = (feed: ParsedFeed) => (feed.language && LANGUAGE.test(feed.language) ? { language: feed.language } : {});

const web = (url: string | undefined): string | undefined =>
  url !== undefined && /^https?:\/\//i.test(url) && url.length <= 4096 && isSafeUrl(url) ? url : undefined;

function authorsOf(entry: FeedEntry): Author[] {
  return entry.authors.map((a) => {
    const url = web(a.url);
    const avatar = web(a.avatar);
    return { name: a.name.slice(0, 2000), ...(url ? { url } : {}), ...(avatar ? { avatar } : {}) };
  });
}

const MIME = /^[a-z]+\/[A-Za-z0-9.+-]+$/;

function attachmentsOf(entry: FeedEntry, pictures: readonly Picture[], videos: readonly Attachment[]): Attachment[] {
  const seen = new Set<string>();
  const out: Attachment[] = [];
  for (const e of entry.enclosures) {
    const url = web(e.url);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const type = e.type && MIME.test(e.type) ? e.type : mimeOf(url, "application/octet-stream");
    const size = e.width !== undefined && e.height !== undefined && e.width <= 100_000 && e.height <= 100_000 ? { width: e.width, height: e.height } : {};
    const poster = type.startsWith("video/") ? web(e.poster) : undefined;
    const ext = { ...size, ...(poster ? { poster } : {}), ...(e.alt && type.startsWith("image/") ? { alt: e.alt.slice(0, 2000) } : {}) };
    out.push({
      url,
      mime_type: type,
      ...(e.title ? { title: e.title.slice(0, 2000) } : {}),
      ...(e.length !== undefined ? { size_in_bytes: e.length } : {}),
      ...(e.duration !== undefined ? { duration_in_seconds: e.duration } : {}),
      ...(Object.keys(ext).length > 0 ? { _qingyue: ext } : {}),
    });
  }
  // The videos its HTML plays (a microblog's or a video site's entry), after those it encloses.
  for (const video of videos) {
    const url = web(video.url);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const poster = web(video._qingyue?.poster);
    const { width, height } = video._qingyue ?? {};
    const ext = { ...(width && height ? { width, height } : {}), ...(poster ? { poster } : {}) };
    out.push({ url, mime_type: video.mime_type, ...(Object.keys(ext).length > 0 ? { _qingyue: ext } : {}) });
  }
  for (const p of pictures) {
    const url = web(p.url);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const ext = { ...(p.width && p.height ? { width: p.width, height: p.height } : {}), ...(p.alt ? { alt: p.alt.slice(0, 2000) } : {}) };
    const type = mimeOf(url, "image/jpeg");
    out.push({ url, mime_type: type, ...(Object.keys(ext).length > 0 ? { _qingyue: ext } : {}) });
  }
  return out.slice(0, 200);
}

function entryKey(feed: ParsedFeed, entry: FeedEntry): string[] {
  return [feed.link ?? feed.title ?? "", entry.id ?? entry.link ?? `${entry.title ?? ""}\n${entry.date?.iso ?? ""}\n${entry.html ?? ""}`];
}

function dated(entry: FeedEntry) {
  return entry.date ? { date_published: entry.date.iso } : {};
}

export function feedEntryItem(feed: ParsedFeed, entry: FeedEntry, ctx: ItemContext): Item | undefined {
  if (isWeiboEntry(entry)) return weiboItem(weiboStatusOfEntry(entry), ctx);
  const title = entry.title?.replace(/\s+/gu, " ").slice(0, 2000);
  const body = readHtmlBody(entry.html ?? "", entry.base, title);
  // The entry's HTML as the reader is shown it, without the closing lines an article's byline takes.
  const shownHtml = (dropped: readonly string[] = []) => (entry.html !== undefined ? cleanEntryHtml(entry.html, entry.base, title, dropped) : undefined);
  const paragraphs = body.sections.flatMap((s) => s.paragraphs);
  // A post shows its pictures' captions among its words; they count as its lines do.
  const words = body.sections.flatMap(postParagraphsOf);
  const chars = words.join("").length;
  const link = web(entry.link);
  const authors = authorsOf(entry);
  const attachments = attachmentsOf(entry, body.pictures, body.videos);
  const tags = entry.categories.slice(0, 200);
  const image = web(entry.image);
  const isArticle = title !== undefined && (chars >= ARTICLE_CHARS || words.length >= ARTICLE_PARAGRAPHS || body.sections.some((s) => s.heading));
  if (isArticle) {
    const id = contentId("a", entryKey(feed, entry));
    const { sections, byline, dropped } = withoutClosingLines(body.sections);
    const articleHtml = shownHtml(dropped);
    const first = paragraphs[0];
    return {
      id,
      url: `${ctx.baseUrl}/articles/${id}`,
      ...(link ? { external_url: link } : {}),
      title,
      ...(entry.summary || first ? { summary: summarise((entry.summary ? readHtmlBody(entry.summary).sections[0]?.paragraphs[0] : undefined) ?? first ?? "") } : {}),
      content_text: sections.flatMap((s) => (s.heading ? [s.heading, ...s.paragraphs] : s.paragraphs)).join("\n\n"),
      ...(articleHtml ? { content_html: articleHtml } : {}),
      ...dated(entry),
      ...(authors.length > 0 ? { authors } : {}),
      ...(tags.length > 0 ? { tags } : {}),
      ...(image ? { image } : {}),
      ...languageOf(feed),
      ...(attachments.length > 0 ? { attachments } : {}),
      _qingyue: {
        kind: "article",
        ...(feed.title ? { publisher: feed.title.slice(0, 2000) } : {}),
        ...(entry.date ? { date_precision: entry.date.precision } : {}),
        sections: sections.length > 0 ? sections : [{ paragraphs: [] }],
        ...(byline ? { byline } : {}),
      },
    };
  }
  // An entry that gives only its link (a link blog's, a bookmark list's) is that link.
  const postParagraphs = words.length > 0 ? words : title ? [title] : link ? [link] : [];
  if (postParagraphs.length === 0 && attachments.length === 0) return undefined;
  const shown = postParagraphs.length > 0 ? postParagraphs : [attachments[0]!.title ?? "附件"];
  const id = contentId("p", entryKey(feed, entry));
  const text = shown.join("\n");
  const topics = [...new Set([...extractTopics(text)])].slice(0, 200);
  const links = [...new Set(shown.flatMap((p) => tokenizeWeibo(p).flatMap((t) => (t.type === "url" ? [t.href] : []))))].slice(0, 200);
  const allTags = [...new Set([...topics, ...tags])].slice(0, 200);
  const html = shownHtml();
  return {
    id,
    url: `${ctx.baseUrl}/posts/${id}`,
    ...(link ? { external_url: link } : {}),
    ...(title && words.length > 0 && title !== words[0] ? { title } : {}),
    content_text: shown.join("\n\n"),
    ...(html ? { content_html: html } : {}),
    ...dated(entry),
    ...(authors.length > 0 ? { authors } : {}),
    ...(allTags.length > 0 ? { tags: allTags } : {}),
    ...(image ? { image } : {}),
    ...languageOf(feed),
    ...(attachments.length > 0 ? { attachments } : {}),
    _qingyue: {
      kind: "post",
      paragraphs: shown,
      ...(topics.length > 0 ? { topics } : {}),
      ...(links.length > 0 ? { links } : {}),
      ...(entry.date ? { date_precision: entry.date.precision } : {}),
    },
  };
}
