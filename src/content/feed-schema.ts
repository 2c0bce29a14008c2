// The feed contract: JSON Feed 1.1 with our own fields under the `_qingyue` extension key.
// The ingest checks what it writes with these schemas; the app parses every page it
// fetches with them. Every type in the app that describes feed data comes from here.
import * as v from "valibot";
import { isRealDateTime } from "./rfc3339";
import { isSafeUrl } from "./safe-url";
import { ROUTE_KEY } from "./route-key";
import { POSTINGS_PACKING } from "./search/postings";

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";
/** Every version URL a reader accepts: 1.1, and 1 as published with https and with http. */
export const JSON_FEED_VERSIONS = [
  JSON_FEED_VERSION,
  "http://jsonfeed.org/version/1.1",
  "https://jsonfeed.org/version/1",
  "http://jsonfeed.org/version/1",
] as const;

/** Longest text we accept in a single field; a feed that exceeds it is hostile or broken. */
export const MAX_TEXT = 200_000;
export const MAX_SHORT = 2_000;

// Ids of people become path segments: keep them to a URL-safe alphabet so a link never
// needs escaping.
const Id = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/, "id must be 1–128 URL-safe characters"),
);
/**
 * An item's id: any non-empty string, as JSON Feed allows (URLs, `tag:` URIs, numbers read
 * as text). Its route on this site is its route key (route-key.ts). No lone surrogates:
 * they cannot be encoded, so two such ids could not be told apart.
 */
export const ItemIdSchema = v.pipe(
  v.string(),
  v.minLength(1, "id is empty"),
  v.maxLength(4_096, "id is too long"),
  v.check((s: string) => !/\p{Cs}/u.test(s), "id has a lone surrogate"),
);
const ItemId = ItemIdSchema;
/** An item's route key (route-key.ts): what the item index is keyed by. */
const RouteKey = v.pipe(v.string(), v.regex(ROUTE_KEY, "not a route key"));
const Text = v.pipe(v.string(), v.maxLength(MAX_TEXT, "text is too long"));
const ShortText = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_SHORT, "text is too long"));
const DateTime = v.pipe(
  v.string(),
  v.check(isRealDateTime, "date must be a real RFC 3339 date-time"),
);
/** A URL: absolute http(s), or a path on this site. */
const Link = v.pipe(
  v.string(),
  v.maxLength(4_096),
  v.check((s: string) => isSafeUrl(s), "URL must be http(s) or a path on this site"),
);

/** A page reference: an absolute http(s) URL, a site path, or a path relative to this page. */
const PageRef = v.pipe(
  v.string(),
  v.maxLength(4_096),
  v.check(
    (s) => /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(s) || /^(?![A-Za-z][A-Za-z0-9+.-]*:)(?!\/\/)[^\s]+$/.test(s),
    "page reference must be http(s) or a relative path",
  ),
);

/** A count as Weibo shows it (content/counts.ts) or as the source printed it: "12", "1.2万", "10万+". */
export const COUNT_NUMBER = String.raw`\d{1,12}(?:\.\d{1,2})?[万亿]?\+?`;
export const COUNT = new RegExp(`^${COUNT_NUMBER}$`, "u");
const CountText = v.pipe(v.string(), v.regex(COUNT, "a count such as 12, 1.2万 or 10万+"));

const Dimension = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000));

/** What a platform tells about an author beyond JSON Feed's name, url and avatar. */
const AuthorExt = v.object({
  /** The author's id on the platform the post came from, e.g. a Weibo uid. */
  id: v.optional(ShortText),
  /** The platform's verification, as it words it, e.g. "人民日报法人微博". */
  verified: v.optional(ShortText),
  description: v.optional(v.pipe(v.string(), v.maxLength(MAX_SHORT))),
  followers: v.optional(CountText),
});

export const AuthorSchema = v.object({
  name: ShortText,
  url: v.optional(Link),
  avatar: v.optional(Link),
  _qingyue: v.optional(AuthorExt),
});

/**
 * A JSON Feed attachment: a picture, an audio or video file, or any other file. Pictures
 * of a post are its attachments; what JSON Feed lacks for them lives under `_qingyue`.
 */
export const AttachmentSchema = v.object({
  url: Link,
  mime_type: v.pipe(v.string(), v.regex(/^[a-z]+\/[A-Za-z0-9.+-]+$/, "a MIME type such as image/jpeg")),
  title: v.optional(v.pipe(v.string(), v.maxLength(MAX_SHORT))),
  size_in_bytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  duration_in_seconds: v.optional(v.pipe(v.number(), v.minValue(0))),
  _qingyue: v.optional(
    v.object({
      width: v.optional(Dimension),
      height: v.optional(Dimension),
      /** A smaller copy for grids and lists. */
      thumbnail: v.optional(Link),
      /** A video's still picture. */
      poster: v.optional(Link),
      /** The picture's text alternative or caption, where the source gives one. */
      alt: v.optional(v.pipe(v.string(), v.maxLength(MAX_SHORT))),
      /** A long picture (长图): much taller than wide, opened at its top. */
      long: v.optional(v.boolean()),
    }),
  ),
});
const Attachments = v.pipe(v.array(AttachmentSchema), v.maxLength(200));

const Paragraphs = v.pipe(v.array(Text), v.maxLength(10_000, "too many paragraphs"));
const Topics = v.pipe(v.array(ShortText), v.maxLength(200));
const Links = v.pipe(v.array(Link), v.maxLength(200));

/** A picture in an article's text, with its caption. */
export const FigureSchema = v.object({
  /** Index in the section's `paragraphs` of the paragraph the figure stands before (= length: after the last). */
  before: v.pipe(v.number(), v.integer(), v.minValue(0)),
  url: Link,
  alt: v.optional(v.pipe(v.string(), v.maxLength(MAX_SHORT))),
  caption: v.optional(v.pipe(v.string(), v.maxLength(MAX_SHORT))),
  width: v.optional(Dimension),
  height: v.optional(Dimension),
});

export const SectionSchema = v.object({
  /** Absent for the paragraphs that open an article before its first heading. */
  heading: v.optional(ShortText),
  paragraphs: Paragraphs,
  figures: v.optional(v.pipe(v.array(FigureSchema), v.maxLength(1_000, "too many pictures"))),
});

/** A headline in a 相关阅读 / 推荐阅读 list under an article. */
export const RelatedLinkSchema = v.object({ title: ShortText, url: v.optional(Link) });

/** "day" when the source gave a date without a time; the time part is then 00:00. */
const DatePrecision = v.picklist(["day", "minute", "second"]);

export const BylineSchema = v.object({
  /** The credit line as printed, e.g. "(文字:何海燕 王晨 编辑:胡仲涛)". */
  text: ShortText,
  writers: v.optional(v.array(ShortText)),
  editors: v.optional(v.array(ShortText)),
});

/**
 * Set when the reader made this extension for a plain JSON Feed item (one without
 * `_qingyue`): its kind is then read from the item's shape, and a post is not taken for a
 * Weibo post unless its links say so. A publisher never writes it.
 */
const Inferred = v.optional(v.literal(true));

const ArticleExt = v.object({
  kind: v.literal("article"),
  inferred: Inferred,
  publisher: v.optional(ShortText),
  source: v.optional(ShortText),
  date_precision: v.optional(DatePrecision),
  sections: v.pipe(v.array(SectionSchema), v.minLength(1)),
  byline: v.optional(BylineSchema),
  /** Ids of people (see PeopleSchema) this article mentions. */
  people: v.optional(v.array(Id)),
  /** The page's list of related headlines, kept as links, never as posts. */
  related: v.optional(v.pipe(v.array(RelatedLinkSchema), v.maxLength(200))),
  /** True when the source gave only the story's opening (a paywall): `external_url` leads to the whole. */
  truncated: v.optional(v.boolean()),
});

/** Reposts, comments and likes, each only where the source gives it. */
const PostCountsSchema = v.object({
  reposts: v.optional(CountText),
  comments: v.optional(CountText),
  likes: v.optional(CountText),
});

/** The original a repost quotes. A deleted original carries only `deleted` and what the source still says. */
export const RepostSchema = v.object({
  deleted: v.optional(v.literal(true)),
  /** The original's own id on its platform, when given. */
  id: v.optional(ShortText),
  url: v.optional(Link),
  authors: v.optional(v.array(AuthorSchema)),
  headline: v.optional(ShortText),
  paragraphs: v.optional(Paragraphs),
  attachments: v.optional(Attachments),
  date_published: v.optional(DateTime),
  date_precision: v.optional(DatePrecision),
  counts: v.optional(PostCountsSchema),
});

const PostExt = v.object({
  kind: v.literal("post"),
  inferred: Inferred,
  /** The post's 【标题】, without the brackets. */
  headline: v.optional(ShortText),
  paragraphs: v.pipe(Paragraphs, v.minLength(1)),
  topics: v.optional(Topics),
  links: v.optional(Links),
  people: v.optional(v.array(Id)),
  /** The article this post appeared under on its source page. */
  source_item: v.optional(ItemId),
  counts: v.optional(PostCountsSchema),
  date_precision: v.optional(DatePrecision),
  /**
   * The date as the source printed it when it cannot be placed in time, e.g. "06-14" with no
   * year, or "3分钟前" with no capture time. `date_published` is then absent.
   */
  date_text: v.optional(ShortText),
  /** True when the source cut the post off (全文): `external_url` or `url` leads to the whole. */
  truncated: v.optional(v.boolean()),
  repost: v.optional(RepostSchema),
});

const TrendingExt = v.object({
  kind: v.literal("trending"),
  /** The snippet exactly as the source listed it. */
  text: Text,
  /** True when the source cut the snippet off: it is not the whole post. */
  truncated: v.boolean(),
  /** The heading of the list it came from, e.g. "热门推荐". */
  list: v.optional(ShortText),
  topics: v.optional(Topics),
  source_item: v.optional(ItemId),
});

export const ItemExtensionSchema = v.variant("kind", [ArticleExt, PostExt, TrendingExt]);

/** The standard fields of an item besides `id`, the content and `_qingyue`: each is optional. */
export const ItemFields = {
  /** The story's own page. Optional: a feed's unusable URL is dropped, and the item keeps its route by id. */
  url: v.optional(Link),
  external_url: v.optional(Link),
  title: v.optional(v.pipe(v.string(), v.maxLength(MAX_SHORT, "title is too long"))),
  summary: v.optional(v.pipe(v.string(), v.maxLength(MAX_SHORT * 4))),
  image: v.optional(Link),
  banner_image: v.optional(Link),
  date_published: v.optional(DateTime),
  date_modified: v.optional(DateTime),
  authors: v.optional(v.array(AuthorSchema)),
  tags: v.optional(Topics),
  language: v.optional(v.string()),
  attachments: v.optional(Attachments),
};

const ItemBase = {
  id: ItemId,
  ...ItemFields,
  _qingyue: ItemExtensionSchema,
};

export const ItemSchema = v.union([
  v.object({ ...ItemBase, content_text: Text, content_html: v.optional(Text) }),
  v.object({ ...ItemBase, content_html: Text, content_text: v.optional(Text) }),
]);

export const FactSchema = v.object({
  text: Text,
  /** The item and paragraph (1-based, counted through the whole item) the fact came from. */
  item: ItemId,
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const PersonSchema = v.object({
  id: Id,
  name: ShortText,
  /** Honorific titles as the source gives them, e.g. "最美检察官", "全国模范检察官". */
  honours: v.pipe(v.array(ShortText), v.minLength(1)),
  organisation: v.optional(ShortText),
  summary: v.optional(Text),
  facts: v.pipe(v.array(FactSchema), v.minLength(1)),
  /** Items that mention the person, in feed order. */
  items: v.pipe(v.array(ItemId), v.minLength(1)),
});

/**
 * An author as the people document lists them: a JSON Feed author (name, url, avatar and the
 * platform facts) with a profile id (`au-` + the platform id, see profiles.ts) and the ids of
 * the items they wrote or that quote them, in feed order.
 */
export const AuthorProfileSchema = v.object({
  ...AuthorSchema.entries,
  id: Id,
  items: v.pipe(v.array(Id), v.minLength(1)),
});

export const PeopleDocumentSchema = v.object({
  version: v.literal(1),
  people: v.array(PersonSchema),
  /** The feed's authors. Absent (and no authors_url): the app finds them in the items. */
  authors: v.optional(v.array(AuthorProfileSchema)),
  /**
   * Or where they are listed, relative to this document: a feed of many authors keeps them
   * out of people.json, which every story page reads for its names.
   */
  authors_url: v.optional(PageRef),
});

/** The file authors_url names. */
export const AuthorsDocumentSchema = v.object({
  version: v.literal(1),
  authors: v.array(AuthorProfileSchema),
});

/**
 * A shard of the item index: which page holds each item, by the item's route key
 * (route-key.ts), relative to the shard's own URL.
 */
export const ItemIndexSchema = v.object({
  version: v.literal(1),
  pages: v.record(RouteKey, PageRef),
});

/** A shard of the topic index: the ids of the items that carry each topic, in feed order. */
export const TopicIndexSchema = v.object({
  version: v.literal(1),
  topics: v.record(ShortText, v.array(ItemId)),
});

/**
 * A shard of the search index (see src/content/search/): for each index key (a unit, or a
 * pair of neighbouring units) the stories that hold it, packed as in postings.ts.
 */
export const SearchTokenShardSchema = v.object({
  version: v.literal(POSTINGS_PACKING),
  tokens: v.record(v.pipe(v.string(), v.maxLength(MAX_SHORT)), v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]*$/))),
});

/** A story as search results show it: its id, kind, title and searchable text. */
export const SearchDocSchema = v.object({
  id: ItemId,
  kind: v.picklist(["article", "post", "trending"]),
  title: v.optional(v.string()),
  text: v.string(),
});

/** A shard of the search index's stories, in feed order. */
export const SearchDocShardSchema = v.object({
  version: v.literal(1),
  docs: v.array(SearchDocSchema),
});

/** Where the search index is, on page 1 (references relative to it). */
export const SearchIndexRefSchema = v.object({
  /**
   * How the token shards pack their postings (postings.ts). An index of another packing (an
   * older feed's names none) is not read: the feed is then searched from its pages.
   */
  packing: v.optional(v.number()),
  /** Token shards: a key is in shard `shardOf(key, token_urls.length)`. */
  token_urls: v.pipe(v.array(PageRef), v.minLength(1), v.maxLength(100_000)),
  /** Story shards: story n (its place in the feed, from 0) is in `doc_urls[floor(n / docs_per_shard)]`. */
  doc_urls: v.pipe(v.array(PageRef), v.minLength(1), v.maxLength(100_000)),
  docs_per_shard: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/**
 * The page envelope. Items stay `unknown` here: each is checked on its own. The title is
 * optional here though JSON Feed requires it: a feed without one still has its stories.
 */
export const FeedEnvelopeSchema = v.object({
  version: v.picklist(JSON_FEED_VERSIONS, "not a JSON Feed 1 or 1.1 document"),
  title: v.optional(v.pipe(v.string(), v.maxLength(MAX_SHORT))),
  home_page_url: v.optional(Link),
  feed_url: v.optional(Link),
  next_url: v.optional(PageRef),
  description: v.optional(v.pipe(v.string(), v.maxLength(MAX_SHORT * 4))),
  user_comment: v.optional(v.pipe(v.string(), v.maxLength(MAX_SHORT * 4))),
  icon: v.optional(Link),
  favicon: v.optional(Link),
  /** JSON Feed 1's single `author` is read into this list. */
  authors: v.optional(v.pipe(v.array(AuthorSchema), v.maxLength(200))),
  language: v.optional(v.string()),
  items: v.array(v.unknown(), "items must be an array"),
  _qingyue: v.optional(
    v.object({
      /** Where the people profiles live, relative to this page. Given on page 1. */
      people_url: v.optional(PageRef),
      /**
       * The shards of the item index (see item-index.ts), relative to this page; an item is
       * in shard `shardOf(id, index_urls.length)`. Given on page 1.
       */
      index_urls: v.optional(v.pipe(v.array(PageRef), v.minLength(1), v.maxLength(100_000))),
      /** The shards of the topic index, relative to this page; a topic is in shard `shardOf(name, n)`. */
      topic_index_urls: v.optional(v.pipe(v.array(PageRef), v.minLength(1), v.maxLength(100_000))),
      /** The full-text search index (see SearchIndexRefSchema). Given on page 1. */
      search: v.optional(SearchIndexRefSchema),
    }),
  ),
});

export type Item = v.InferOutput<typeof ItemSchema>;
export type ItemExtension = v.InferOutput<typeof ItemExtensionSchema>;
export type ItemKind = ItemExtension["kind"];
export type ArticleItem = Item & { _qingyue: v.InferOutput<typeof ArticleExt> };
export type PostItem = Item & { _qingyue: v.InferOutput<typeof PostExt> };
export type TrendingItem = Item & { _qingyue: v.InferOutput<typeof TrendingExt> };
export type Author = v.InferOutput<typeof AuthorSchema>;
export type Attachment = v.InferOutput<typeof AttachmentSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Repost = v.InferOutput<typeof RepostSchema>;
export type RelatedLink = v.InferOutput<typeof RelatedLinkSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type Byline = v.InferOutput<typeof BylineSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type AuthorProfileEntry = v.InferOutput<typeof AuthorProfileSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type PeopleDocument = v.InferOutput<typeof PeopleDocumentSchema>;
export type ItemIndex = v.InferOutput<typeof ItemIndexSchema>;
export type TopicIndex = v.InferOutput<typeof TopicIndexSchema>;
export type SearchTokenShard = v.InferOutput<typeof SearchTokenShardSchema>;
export type SearchDocShard = v.InferOutput<typeof SearchDocShardSchema>;
export type SearchIndexRef = v.InferOutput<typeof SearchIndexRefSchema>;
export type FeedEnvelope = v.InferOutput<typeof FeedEnvelopeSchema>;
export type FeedPage = Omit<FeedEnvelope, "items"> & { items: Item[] };
