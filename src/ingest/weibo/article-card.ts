// A post that shares a Weibo article (头条文章): the sources give the article as a card
// (page_info of type "article"), as a link inside the text (weibo.com links the article itself,
// m.weibo.cn through media.weibo.cn), or as the text with the link's label and the link apart
// (weibo-crawler's `article_url` and its CSV's 头条文章url; weiboSpider's, a weibo.cn redirect).
// Whatever the shape, the post's words keep the link where the label stood, as m.weibo.cn shows
// it, so the reader can open it. The card of an article or a web page the post shares shows its
// picture beside the post, as Weibo's card does.
import { first, isRecord, pagePicture, str, webUrl, type Json } from "./media";
import { articleId, articleUrlOf, unwrapWeiboLink, weiboArticleUrl } from "./links";

interface ArticleCard {
  url: string;
  title?: string;
}

const ARTICLE_ICON = /timeline_card_small_article/u;
const SHARED = /(?:发布了|发表了)头条文章[：:]\s*《([^《》\n]{1,100})》/u;

/** The article a post shares: its card (page_info), or a crawler's article_url beside the text. */
export function articleCardOf(record: Json, text: string): ArticleCard | undefined {
  const page = record.page_info;
  const card = isRecord(page) && (page.type === "article" || page.object_type === "article") ? page : undefined;
  // weiboSpider's article_url is weibo.cn's redirect (sinaurl?u=…) to the article.
  const found = card !== undefined ? webUrl(first(card, ["page_url", "url_ori"])) : webUrl(record.article_url);
  // The card names its article by id too (object_id 1022:<id>, page_id): the article's own address
  // where the card's page_url is an app link.
  const cardId = card !== undefined ? /^(?:1022:)?(\d{10,25})$/.exec(str(first(card, ["object_id", "page_id"])) ?? "")?.[1] : undefined;
  const given = found !== undefined ? unwrapWeiboLink(found) : undefined;
  const url = (given !== undefined ? weiboArticleUrl(given) : undefined) ?? (cardId !== undefined ? articleUrlOf(cardId) : given);
  if (url === undefined) return undefined;
  const title = (card !== undefined ? str(first(card, ["page_title", "content1"])) : undefined) ?? SHARED.exec(text)?.[1]?.trim();
  return { url, ...(title !== undefined ? { title } : {}) };
}

/**
 * The post's paragraphs with a link to the article it shares, unless its text links it already
 * (`raw`: the text as the source gave it). The label a crawler kept in place of the link (the
 * article's title, after 《title》) gives way to the link; else the link closes the post.
 */
export function withArticleLink(paragraphs: readonly string[], raw: string, card: ArticleCard): string[] {
  const id = articleId(card.url);
  // Weibo marks a link to an article with its article icon, whatever address the link has.
  if (raw.includes(card.url) || (id !== undefined && raw.includes(id)) || ARTICLE_ICON.test(raw)) return [...paragraphs];
  const out = [...paragraphs];
  const last = out.length - 1;
  if (last < 0) return cardWords(card);
  const line = out[last]!;
  // The label is the article's title after 《title》, or weibo.cn's 网页链接.
  const label = [card.title, "网页链接"].find((l) => l !== undefined && line.endsWith(l) && !line.endsWith(`《${l}`));
  if (label !== undefined) {
    // weibo-crawler puts each piece of text on a line of its own: the label can be the whole line.
    const before = line.slice(0, line.length - label.length).trimEnd();
    out[last] = before === "" ? card.url : `${before} ${card.url}`;
  } else {
    out[last] = `${line} ${card.url}`;
  }
  return out;
}

/** The words of a post that shares a card and says nothing of its own: the card's title and its link. */
const cardWords = (card: ArticleCard): string[] => [card.title !== undefined ? `${card.title} ${card.url}` : card.url];

/**
 * What a post that says nothing of its own shares as a web page card (page_info of type webpage,
 * or the card Weibo-archiver keeps: link, title): the card's title and link, as its words.
 * Undefined for a card without an address.
 */
export function webPageWords(record: Json): string[] | undefined {
  const page = record.page_info;
  const card = isRecord(page) && (page.type === "webpage" || page.object_type === "webpage") ? page : undefined;
  const kept = card === undefined && isRecord(record.card) ? record.card : undefined;
  const found = card !== undefined ? webUrl(first(card, ["page_url", "url_ori"])) : kept !== undefined ? webUrl(kept.link) : undefined;
  if (found === undefined) return undefined;
  const title = card !== undefined ? str(first(card, ["page_title", "content1"])) : str(kept?.title);
  return cardWords({ url: unwrapWeiboLink(found), ...(title !== undefined ? { title } : {}) });
}

const LINK_CARD_TYPES = new Set(["article", "webpage"]);
// Weibo's own icon of a card without a picture of its own (timeline_card_small_web_default.png …).
const CARD_ICON = /\/timeline_card_small_|^https?:\/\/h5\.sinaimg\.cn\//iu;

/**
 * The picture of the article or web page a post's card (page_info) shares, or of the card
 * Weibo-archiver keeps of it (`card`: link, title, img), unless it is Weibo's icon for one.
 */
export function cardPictureOf(record: Json): string | undefined {
  const page = record.page_info;
  const linked = isRecord(page) && (LINK_CARD_TYPES.has(String(page.type)) || LINK_CARD_TYPES.has(String(page.object_type)));
  const picture = linked ? pagePicture(page) : isRecord(record.card) ? webUrl(record.card.img) : undefined;
  return picture !== undefined && !CARD_ICON.test(picture) ? picture : undefined;
}
