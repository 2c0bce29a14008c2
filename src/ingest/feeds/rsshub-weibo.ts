// An RSSHub Weibo entry (RSS or JSON Feed) read back into a Weibo post. RSSHub writes the
// post's HTML text, then its pictures as <img> (with width and height where Weibo gave them),
// a <video> with its poster, and the post it reposts in a <blockquote> that opens
// " - 转发 <a href="https://weibo.com/<uid>">@作者</a>: " (a deleted original is
// "@[原微博不可访问]"). Hot comments, when RSSHub adds them, are left out: comments are not posts.
import { DomUtils, parseDocument } from "htmlparser2";
import { cleanName } from "../../content/clean-text";
import { readWeiboDate } from "../weibo/dates";
import { midFromUrl } from "../weibo/mid";
import type { WeiboAuthor, WeiboPicture, WeiboStatus, WeiboVideo } from "../weibo/status";
import { readWeiboText } from "../weibo/text";
import { isElement } from "./clean-html";
import { pictureOf } from "./html-body";
import type { FeedEntry } from "./parse";

type Node = ReturnType<typeof parseDocument>["children"][number];
type El = Extract<Node, { name: string; attribs: Record<string, string> }>;

const WEIBO_POST = /^https?:\/\/(?:www\.|m\.)?weibo\.(?:com|cn)\/(?:\d+\/[0-9A-Za-z]+|status\/[0-9A-Za-z]+|detail\/\d+)/i;

/** An entry that is a Weibo post: its link is a post on Weibo. */
export function isWeiboEntry(entry: FeedEntry): boolean {
  return entry.link !== undefined && WEIBO_POST.test(entry.link) && entry.html !== undefined;
}


interface Parts {
  html: string;
  pictures: WeiboPicture[];
  video?: WeiboVideo;
}

/** Pulls pictures and video out of a stretch of HTML; what is left is the post's text. */
function split(nodes: readonly Node[]): Parts {
  const pictures: WeiboPicture[] = [];
  let video: WeiboVideo | undefined;
  for (const img of DomUtils.findAll((n) => n.name === "img", [...nodes])) {
    const inIcon = img.parent && isElement(img.parent as Node) && /url-icon/.test((img.parent as El).attribs.class ?? "");
    const picture = inIcon ? undefined : pictureOf(img as El);
    if (picture) {
      if (!pictures.some((p) => p.url === picture.url)) {
        pictures.push({ url: picture.url, ...(picture.width && picture.height ? { width: picture.width, height: picture.height } : {}) });
      }
      DomUtils.removeElement(img);
    } else if (!inIcon && !/^\[[^\][]{1,8}\]$/u.test(img.attribs.alt ?? "")) {
      DomUtils.removeElement(img);
    }
  }
  for (const el of DomUtils.findAll((n) => n.name === "video", [...nodes])) {
    const source = DomUtils.findOne((n) => n.name === "source", el.children);
    const url = el.attribs.src ?? source?.attribs.src;
    const poster = el.attribs.poster;
    if (video === undefined && (url || poster)) {
      video = { ...(url && /^https?:/i.test(url) ? { url } : {}), ...(poster && /^https?:/i.test(poster) ? { poster } : {}) };
    }
    DomUtils.removeElement(el);
  }
  // RSSHub's hot comments: a block headed 热门评论.
  for (const h of DomUtils.findAll((n) => /^h\d$/.test(n.name) && DomUtils.textContent(n).trim() === "热门评论", [...nodes])) {
    DomUtils.removeElement(h.parent && isElement(h.parent as Node) && (h.parent as El).name === "div" ? (h.parent as El) : h);
  }
  const html = nodes.map((n) => DomUtils.getOuterHTML(n)).join("");
  return { html, pictures, ...(video ? { video } : {}) };
}

function statusOf(parts: Parts, extra: Partial<WeiboStatus>): WeiboStatus {
  return { text: readWeiboText(parts.html), pictures: parts.pictures, ...(parts.video ? { videos: [parts.video] } : {}), ...extra };
}

function quoteOf(quote: El): WeiboStatus | { deleted: true } {
  // " - 转发 <a href="https://weibo.com/123">@名字</a>: 正文…"
  const lead = DomUtils.findOne((n) => n.name === "a" && /^@/.test(DomUtils.textContent(n).trim()), quote.children);
  const name = lead ? cleanName(DomUtils.textContent(lead).trim().slice(1)) : undefined;
  const uid = lead ? /weibo\.com\/(?:u\/)?(\d+)/.exec(lead.attribs.href ?? "")?.[1] : undefined;
  if (name === "[原微博不可访问]" || (lead && /weibo\.com\/sorry/.test(lead.attribs.href ?? ""))) return { deleted: true };
  // The readable layout links the original under 原博：.
  const origin = DomUtils.findAll((n) => n.name === "a" && WEIBO_POST.test(n.attribs.href ?? ""), quote.children).at(-1);
  const url = origin?.attribs.href;
  if (origin?.parent && isElement(origin.parent as Node) && (origin.parent as El).name === "small") DomUtils.removeElement(origin.parent as El);
  if (lead) {
    // Everything before the author's name (" - 转发 ") and the name itself are RSSHub's, not the post's.
    let node: Node | null = quote.children[0] ?? null;
    while (node && node !== lead) {
      const next: Node | null = node.next as Node | null;
      DomUtils.removeElement(node);
      node = next;
    }
    const after = lead.next;
    if (after && after.type === "text") (after as { data: string }).data = (after as { data: string }).data.replace(/^\s*[:：]\s*(?:\u2002)?/u, "");
    DomUtils.removeElement(lead);
  }
  const author: WeiboAuthor | undefined = name ? { name, ...(uid ? { id: uid, url: `https://weibo.com/u/${uid}` } : {}) } : undefined;
  const id = url ? midFromUrl(url).mid : undefined;
  const status = statusOf(split(quote.children), { ...(author ? { author } : {}), ...(url ? { url } : {}), ...(id ? { id } : {}) });
  // RSSHub prefixes a repost's text with its author and a separator: drop an empty leading line.
  status.text.paragraphs = status.text.paragraphs.map((p) => p.replace(/^[:：]\s*/u, "")).filter((p) => p !== "");
  return status;
}

/**
 * RSSHub's showAuthorInDesc: the text opens with the author's link (avatar and name) and
 * ":&ensp;". That is the byline, not the post: it is taken out, its avatar kept.
 */
function authorInText(nodes: Node[]): { name: string; avatar?: string } | undefined {
  const lead = nodes.find((n) => !(n.type === "text" && (n as { data: string }).data.trim() === ""));
  if (!lead || !isElement(lead) || lead.name !== "a" || !/^https?:\/\/weibo\.com\/\d+\/?$/.test(lead.attribs.href ?? "")) return undefined;
  const after = lead.next;
  if (!after || after.type !== "text" || !/^\s*[:：]/u.test((after as { data: string }).data)) return undefined;
  const name = cleanName(DomUtils.textContent(lead))?.replace(/^@/u, "");
  const img = DomUtils.findOne((n) => n.name === "img", lead.children);
  (after as { data: string }).data = (after as { data: string }).data.replace(/^\s*[:：]\s*\u2002?/u, "");
  DomUtils.removeElement(lead);
  return name ? { name, ...(img?.attribs.src && /^https?:/i.test(img.attribs.src) ? { avatar: img.attribs.src } : {}) } : undefined;
}

export function weiboStatusOfEntry(entry: FeedEntry): WeiboStatus {
  const doc = parseDocument(entry.html ?? "", { decodeEntities: true });
  const quote = DomUtils.findOne((n) => n.name === "blockquote", doc.children);
  let repost: WeiboStatus["repost"];
  if (quote) {
    repost = quoteOf(quote);
    DomUtils.removeElement(quote);
  }
  const link = entry.link ?? "";
  const { mid, uid } = midFromUrl(link);
  const shown = authorInText(doc.children);
  const first = entry.authors[0] ?? (shown ? { name: shown.name, ...(shown.avatar ? { avatar: shown.avatar } : {}) } : undefined);
  const author: WeiboAuthor | undefined = first
    ? {
        name: first.name,
        ...(uid ? { id: uid } : {}),
        ...(first.url ? { url: first.url } : uid ? { url: `https://weibo.com/u/${uid}` } : {}),
        ...(first.avatar ? { avatar: first.avatar } : {}),
      }
    : undefined;
  const date = entry.date ? { iso: entry.date.iso, precision: entry.date.precision } : readWeiboDate(undefined);
  return statusOf(split(doc.children), {
    ...(mid ? { id: mid } : {}),
    url: link,
    ...(author ? { author } : uid ? { authorId: uid } : {}),
    ...(date ? { date } : {}),
    ...(repost ? { repost } : {}),
  });
}

/**
 * A Weibo user's feed (RSSHub's /weibo/user: "<name>的微博", linking the profile, with the
 * avatar as the feed's picture and the bio as its description) is that user's profile.
 */
export function feedProfile(feed: { title?: string; link?: string; image?: string; description?: string }): WeiboAuthor | undefined {
  const title = feed.title !== undefined ? cleanName(feed.title) : undefined;
  const name = title !== undefined ? /^(.{1,30})的微博$/u.exec(title)?.[1] : undefined;
  const uid = feed.link ? /^https?:\/\/(?:www\.|m\.)?weibo\.(?:com|cn)\/(?:u\/)?(\d{5,})\/?$/i.exec(feed.link)?.[1] : undefined;
  if (!name || !uid) return undefined;
  const bio = feed.description?.replace(/\s*-\s*(?:Powered by|Made with love by) RSSHub.*$/iu, "").trim();
  const avatar = feed.image && /^https?:\/\//i.test(feed.image) ? feed.image : undefined;
  return {
    name,
    id: uid,
    url: `https://weibo.com/u/${uid}`,
    ...(avatar ? { avatar } : {}),
    ...(bio && bio !== name && !bio.endsWith("的微博") ? { description: bio.slice(0, 2000) } : {}),
  };
}
