// WeiboStatus → a feed item (kind post). The id comes from the Weibo id (wb-<mid>), so the
// same post read twice, from any source, is one story; a post without one is named by its
// content as other posts are. A profile given beside the posts fills in their author.
import type { Attachment, Author, Item, Repost } from "../../content/feed-schema";
import { contentId } from "../../content/ids";
import { extractTopics, tokenizeWeibo } from "../../content/weibo-markup";
import type { ItemContext } from "../build/items";
import { mimeOf } from "../mime";
import type { WeiboAuthor, WeiboPicture, WeiboStatus, WeiboVideo } from "./status";

const LONG_PICTURE = 3; // taller than 3× its width: Weibo's 长图

export function pictureAttachment(p: WeiboPicture): Attachment {
  const ext = {
    ...(p.width !== undefined ? { width: p.width } : {}),
    ...(p.height !== undefined ? { height: p.height } : {}),
    ...(p.thumbnail !== undefined ? { thumbnail: p.thumbnail } : {}),
    ...(p.width !== undefined && p.height !== undefined && p.height > p.width * LONG_PICTURE ? { long: true } : {}),
  };
  return { url: p.url, mime_type: mimeOf(p.url, "image/jpeg"), ...(Object.keys(ext).length > 0 ? { _qingyue: ext } : {}) };
}

function videoAttachment(v: WeiboVideo): Attachment | undefined {
  if (v.url === undefined) return undefined;
  return {
    url: v.url,
    mime_type: mimeOf(v.url, "video/mp4"),
    ...(v.title !== undefined ? { title: v.title } : {}),
    ...(v.duration !== undefined ? { duration_in_seconds: v.duration } : {}),
    ...(v.poster !== undefined ? { _qingyue: { poster: v.poster } } : {}),
  };
}

function attachmentsOf(s: WeiboStatus): Attachment[] {
  // A video whose file the source did not give still shows its poster as a picture.
  const videos = (s.videos ?? []).flatMap((v) => videoAttachment(v) ?? (v.poster ? [pictureAttachment({ url: v.poster })] : []));
  return [...s.pictures.map(pictureAttachment), ...videos];
}

export function authorRecord(a: WeiboAuthor): Author {
  const ext = {
    ...(a.id !== undefined ? { id: a.id } : {}),
    ...(a.verified !== undefined ? { verified: a.verified } : {}),
    ...(a.description !== undefined ? { description: a.description } : {}),
    ...(a.followers !== undefined ? { followers: a.followers } : {}),
  };
  return {
    name: a.name,
    ...(a.url !== undefined ? { url: a.url } : {}),
    ...(a.avatar !== undefined ? { avatar: a.avatar } : {}),
    ...(Object.keys(ext).length > 0 ? { _qingyue: ext } : {}),
  };
}

/** The profile is the author record its posts point to (same uid, or same name): its facts win. */
export function withProfile(author: WeiboAuthor | undefined, profile: WeiboAuthor | undefined, authorId?: string): WeiboAuthor | undefined {
  if (profile === undefined) return author;
  if (author === undefined) return authorId !== undefined && authorId === profile.id ? profile : undefined;
  const same = author.id !== undefined && profile.id !== undefined ? author.id === profile.id : author.name === profile.name;
  return same ? { ...author, ...profile } : author;
}

function dateFields(s: WeiboStatus) {
  if (s.date === undefined) return { top: {}, ext: {} };
  if ("iso" in s.date) return { top: { date_published: s.date.iso }, ext: { date_precision: s.date.precision } };
  return { top: {}, ext: { date_text: s.date.text } };
}

/** An edit after the post was published (Weibo's 已编辑) is when the story was modified. */
function editedFields(s: WeiboStatus): { date_modified?: string } {
  const published = s.date !== undefined && "iso" in s.date ? Date.parse(s.date.iso) : NaN;
  return s.edited !== undefined && Date.parse(s.edited) > published ? { date_modified: s.edited } : {};
}

function linksOf(paragraphs: readonly string[]): string[] {
  return [...new Set(paragraphs.flatMap((p) => tokenizeWeibo(p).flatMap((t) => (t.type === "url" ? [t.href] : []))))].slice(0, 200);
}

/** Weibo's own words for a post with no text of its own. */
function paragraphsOf(s: WeiboStatus): string[] {
  if (s.text.paragraphs.length > 0) return s.text.paragraphs;
  return [s.repost ? "转发微博" : s.videos ? "分享视频" : "分享图片"];
}

function headlineOf(paragraph: string | undefined): string | undefined {
  if (paragraph === undefined) return undefined;
  for (const token of tokenizeWeibo(paragraph)) {
    if (token.type === "headline") return token.text;
    if (token.type === "text" && token.text.trim() !== "") return undefined;
    if (token.type !== "topic" && token.type !== "supertopic" && token.type !== "text") return undefined;
  }
  return undefined;
}

function repostOf(s: WeiboStatus, profile: WeiboAuthor | undefined): Repost | undefined {
  const r = s.repost;
  if (r === undefined) return undefined;
  if ("deleted" in r) return { deleted: true, ...(r.id !== undefined ? { id: r.id } : {}) };
  const author = withProfile(r.author, profile, r.authorId);
  const attachments = attachmentsOf(r);
  const { top, ext } = dateFields(r);
  const headline = headlineOf(r.text.paragraphs[0]);
  // An original named by its id alone has no words to show, not Weibo's words for a post of pictures.
  const named = r.text.paragraphs.length === 0 && attachments.length === 0;
  return {
    ...(r.id !== undefined ? { id: r.id } : {}),
    ...(r.url !== undefined ? { url: r.url } : {}),
    ...(author ? { authors: [authorRecord(author)] } : {}),
    ...(headline !== undefined ? { headline } : {}),
    ...(named ? {} : { paragraphs: paragraphsOf(r) }),
    ...(attachments.length > 0 ? { attachments } : {}),
    ...top,
    ...("date_precision" in ext ? { date_precision: ext.date_precision } : {}),
    ...(r.counts !== undefined ? { counts: r.counts } : {}),
  };
}

/** The id a Weibo post gets in the feed: from its Weibo id when it has one. */
export function weiboItemId(s: WeiboStatus): string {
  if (s.id !== undefined) return `wb-${s.id}`;
  const author = s.author?.id ?? s.author?.name ?? "";
  return contentId("p", [author, ...(s.idParts ?? []), ...s.text.paragraphs, ...s.pictures.map((p) => p.url)]);
}

/**
 * A text corpus row with nothing but text cut off with "..." (no id, author or date) is a
 * snippet, not a whole post: it is kept as one and says so.
 */
function snippetItem(s: WeiboStatus, ctx: ItemContext): Item | undefined {
  const text = s.text.paragraphs.join("\n");
  if (s.id !== undefined || s.author !== undefined || s.authorId !== undefined || s.date !== undefined) return undefined;
  if (!/(?:\.{3}|…)$/u.test(text) || s.pictures.length > 0 || s.repost !== undefined) return undefined;
  const id = contentId("t", [text]);
  const topics = extractTopics(text).slice(0, 200);
  return {
    id,
    url: `${ctx.baseUrl}/posts/${id}`,
    content_text: text,
    ...(topics.length > 0 ? { tags: topics } : {}),
    _qingyue: { kind: "trending", text, truncated: true, ...(topics.length > 0 ? { topics } : {}) },
  };
}

export function weiboItem(s: WeiboStatus, ctx: ItemContext, profile?: WeiboAuthor): Item {
  const snippet = snippetItem(s, ctx);
  if (snippet) return snippet;
  const id = weiboItemId(s);
  const paragraphs = paragraphsOf(s);
  const text = paragraphs.join("\n");
  const topics = extractTopics(text).slice(0, 200);
  const links = linksOf(paragraphs);
  const attachments = attachmentsOf(s);
  const author = withProfile(s.author, profile, s.authorId);
  const { top, ext } = dateFields(s);
  const headline = headlineOf(paragraphs[0]);
  const repost = repostOf(s, profile);
  // A shared card's picture is the post's picture only where the post has none of its own.
  const image = attachments.length === 0 ? s.cardPicture : undefined;
  const external = s.text.truncated ? (s.text.wholeUrl ?? s.url) : s.url;
  return {
    id,
    url: `${ctx.baseUrl}/posts/${id}`,
    ...(external !== undefined ? { external_url: external } : {}),
    ...(headline !== undefined ? { title: headline } : {}),
    content_text: paragraphs.join("\n\n"),
    ...(image !== undefined ? { image } : {}),
    ...top,
    ...editedFields(s),
    ...(author ? { authors: [authorRecord(author)] } : {}),
    ...(topics.length > 0 ? { tags: topics } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
    _qingyue: {
      kind: "post",
      ...(headline !== undefined ? { headline } : {}),
      paragraphs,
      ...(topics.length > 0 ? { topics } : {}),
      ...(links.length > 0 ? { links } : {}),
      ...(s.counts !== undefined ? { counts: s.counts } : {}),
      ...ext,
      ...(s.text.truncated ? { truncated: true } : {}),
      ...(repost !== undefined ? { repost } : {}),
    },
  };
}

/** The post with its whole text in place of the text the source cut off. */
export function withParagraphs(item: Item, paragraphs: string[]): Item {
  const ext = item._qingyue;
  if (ext.kind !== "post") return item;
  const text = paragraphs.join("\n");
  const topics = extractTopics(text).slice(0, 200);
  const links = linksOf(paragraphs);
  const rest = { ...ext };
  delete rest.truncated;
  delete rest.topics;
  delete rest.links;
  const base = { ...item };
  delete base.tags;
  return {
    ...base,
    content_text: paragraphs.join("\n\n"),
    ...(topics.length > 0 ? { tags: topics } : {}),
    _qingyue: { ...rest, paragraphs, ...(topics.length > 0 ? { topics } : {}), ...(links.length > 0 ? { links } : {}) },
  };
}
