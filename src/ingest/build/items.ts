// A parsed page → feed items (JSON Feed 1.1 + `_qingyue`), with content-derived ids and deep
// links on this site. Only fields the source gives are set.
import { MAX_TEXT, type Item } from "../../content/feed-schema";
import { contentId } from "../../content/ids";
import { extractTopics, tokenizeWeibo } from "../../content/weibo-markup";
import type { ParsedArticle } from "../parse/article";
import type { ParsedPage } from "../parse/page";
import type { ParsedPost } from "../parse/posts";
import type { ParsedTrending } from "../parse/trending";
import { articleHtml } from "./article-html";
import { summarise } from "./summary";

export interface ItemContext {
  /** Origin and path prefix of the site, without a trailing slash; "" for root-relative links. */
  baseUrl: string;
  /** The page's own address, when the corpus gives one. */
  externalUrl?: string;
}

/** A paragraph of prose: it ends a sentence. */
const SENTENCE = /[.!?。！？…؟।][”’"'」』）)]?(?:\[\d{1,3}\])*$/u;

const orUndefined = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

function linksOf(texts: readonly string[]): string[] {
  const hrefs = texts.flatMap((t) => tokenizeWeibo(t).flatMap((tok) => (tok.type === "url" ? [tok.href] : [])));
  return [...new Set(hrefs)];
}

/**
 * An article's text for any feed reader: its paragraphs, as many whole ones as the contract
 * holds in a text. A long read of more (an encyclopedia's longest entries) keeps them all in its
 * sections, which the reading view shows; the story is not refused for its length.
 */
function plainText(paragraphs: readonly string[]): string {
  const whole = paragraphs.join("\n\n");
  if (whole.length <= MAX_TEXT) return whole;
  let length = -2;
  const kept = paragraphs.filter((p) => (length += p.length + 2) <= MAX_TEXT);
  return kept.join("\n\n");
}

function articleItem(a: ParsedArticle, ctx: ItemContext): Item {
  const body = a.sections.flatMap((s) => (s.heading !== undefined ? [s.heading, ...s.paragraphs] : s.paragraphs));
  // A gallery (图集) tells its story in its pictures' captions alone: they are its text.
  const captions = a.sections.flatMap((s) => (s.figures ?? []).flatMap((f) => (f.caption !== undefined ? [f.caption] : [])));
  const text = a.sections.some((s) => s.paragraphs.length > 0) ? body : [...body, ...captions];
  const id = contentId("a", [a.title, ...text, a.byline?.text ?? ""]);
  // The summary is the page's standfirst, else the story's first sentence, not an infobox's row or a list's item over it.
  const paragraphs = a.sections.flatMap((s) => s.paragraphs);
  const first = paragraphs.find((p) => SENTENCE.test(p)) ?? paragraphs[0] ?? captions[0];
  const html = articleHtml(a.sections, { quotes: a.quotes ?? [], code: a.code ?? [], tables: a.tables ?? [] });
  return {
    id,
    url: `${ctx.baseUrl}/articles/${id}`,
    ...(ctx.externalUrl !== undefined ? { external_url: ctx.externalUrl } : {}),
    title: a.title,
    ...(a.summary !== undefined || first !== undefined ? { summary: summarise(a.summary ?? first ?? "") } : {}),
    content_text: plainText([...text, ...(a.byline ? [a.byline.text] : [])]),
    ...(html !== undefined ? { content_html: html } : {}),
    ...(a.image !== undefined ? { image: a.image } : {}),
    ...(a.date ? { date_published: a.date.iso } : {}),
    ...(a.modified ? { date_modified: a.modified.iso } : {}),
    ...(a.authors !== undefined ? { authors: a.authors.map((name) => ({ name })) } : {}),
    ...(a.language !== undefined ? { language: a.language } : {}),
    ...(a.attachments !== undefined ? { attachments: a.attachments } : {}),
    _qingyue: {
      kind: "article",
      ...(a.publisher !== undefined ? { publisher: a.publisher } : {}),
      ...(a.source !== undefined ? { source: a.source } : {}),
      ...(a.date ? { date_precision: a.date.precision } : {}),
      sections: a.sections,
      ...(a.byline ? { byline: a.byline } : {}),
      ...(a.related !== undefined && a.related.length > 0 ? { related: a.related } : {}),
      ...(a.truncated === true ? { truncated: true } : {}),
    },
  };
}

function postItem(p: ParsedPost, ctx: ItemContext, sourceItem: string | undefined): Item {
  const id = contentId("p", [p.headline ?? "", ...p.paragraphs]);
  const topics = orUndefined(extractTopics(p.paragraphs.join("\n")));
  const links = orUndefined(linksOf(p.paragraphs));
  return {
    id,
    url: `${ctx.baseUrl}/posts/${id}`,
    ...(p.headline !== undefined ? { title: p.headline } : {}),
    content_text: p.paragraphs.join("\n\n"),
    ...(topics ? { tags: topics } : {}),
    _qingyue: {
      kind: "post",
      ...(p.headline !== undefined ? { headline: p.headline } : {}),
      paragraphs: p.paragraphs,
      ...(topics ? { topics } : {}),
      ...(links ? { links } : {}),
      ...(sourceItem !== undefined ? { source_item: sourceItem } : {}),
      ...(p.counts !== undefined ? { counts: p.counts } : {}),
    },
  };
}

function trendingItem(t: ParsedTrending, ctx: ItemContext, sourceItem: string | undefined): Item {
  const id = contentId("t", [t.text]);
  const topics = orUndefined(extractTopics(t.text));
  return {
    id,
    url: `${ctx.baseUrl}/posts/${id}`,
    content_text: t.text,
    ...(topics ? { tags: topics } : {}),
    _qingyue: {
      kind: "trending",
      text: t.text,
      truncated: t.truncated,
      ...(t.list !== undefined ? { list: t.list } : {}),
      ...(topics ? { topics } : {}),
      ...(sourceItem !== undefined ? { source_item: sourceItem } : {}),
    },
  };
}

/** The page's items in source order: the article, then its posts, then its list items. */
export function pageItems(page: ParsedPage, ctx: ItemContext): Item[] {
  const article = page.article ? articleItem(page.article, ctx) : undefined;
  const from = article?.id;
  return [
    ...(article ? [article] : []),
    ...page.posts.map((p) => postItem(p, ctx, from)),
    ...page.trending.map((t) => trendingItem(t, ctx, from)),
  ];
}
