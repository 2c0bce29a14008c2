import { memo } from "react";
import { Link } from "react-router";
import type { ArticleItem, Item, PostItem, TrendingItem } from "../../../content/feed-schema";
import { isPicture, isVideo } from "../../../content/picture-layout";
import { readingTime } from "../../../content/reading-time";
import { itemPath } from "../../../lib/paths";
import { formatDate } from "../../../lib/format-date";
import { TruncatedMark } from "../../../components/truncated-mark";
import { PostCounts } from "../../../components/post-counts";
import { WeiboText } from "../../../components/weibo-text";
import { ExternalLink } from "../../../components/external-link";
import { AuthorRow } from "../../../components/post/author-row";
import { PostText } from "../../../components/post/post-text";
import { FoldedText } from "../../../components/post/folded-text";
import { PictureGrid } from "../../../components/post/picture-grid";
import { VideoPlayer } from "../../../components/post/video-player";
import { QuotedPost } from "../../../components/post/quoted-post";
import { ArticleCover } from "../../../components/post/article-cover";
import { fullWidthPunctuation } from "../../../content/cjk-punctuation";
import { storyLanguage } from "../../../lib/story-lang";
import { isWeiboPost, storyLabel } from "../../../content/weibo-source";
import { routeKey } from "../../../content/route-key";
import { StoryActions } from "../../../lib/story-actions";

/** The words a card leads with: its title, or the start of its text. */
export function cardTitle(item: Item): string {
  const ext = item._qingyue;
  if (item.title) return item.title;
  if (ext.kind === "trending") return ext.text;
  const text = ext.kind === "post" ? (ext.paragraphs[0] ?? "") : "";
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

interface FeedPosition {
  /** 1-based place in the whole feed, rendered or not. */
  posinset: number;
  /** Items in the feed; -1 while more pages remain (ARIA's "unknown"). */
  setsize: number;
}

/**
 * A post's or snippet's heading, for screen readers' heading and article navigation: the
 * eye finds the post by its author and text, and its page by the time, as on Weibo. The
 * link in it is not a second tab stop.
 */
function HiddenHeading({ id, item }: { id: string; item: Item }) {
  return (
    <h2 id={id} className="sr-only">
      <Link to={itemPath(item)} tabIndex={-1}>
        {cardTitle(item)}
        {item._qingyue.kind === "trending" && item._qingyue.truncated ? <TruncatedMark /> : null}
      </Link>
    </h2>
  );
}

/** Where the whole of a post its source cut off can be read, if anywhere. */
function wholePostUrl(item: Item): string | undefined {
  if (item.external_url) return item.external_url;
  return item.url && /^https?:/i.test(item.url) ? item.url : undefined;
}

function PlainText({ paragraphs, chinese }: { paragraphs: readonly string[]; chinese: boolean }) {
  return (
    <FoldedText className="text-[0.9375rem] leading-7 break-words">
      {paragraphs.map((text, index) => (
        <p key={index}>{chinese ? fullWidthPunctuation(text) : text}</p>
      ))}
    </FoldedText>
  );
}

function PostCard({ item, headingId }: { item: PostItem; headingId: string }) {
  const ext = item._qingyue;
  const label = storyLabel(item);
  const weibo = isWeiboPost(item);
  const language = storyLanguage(item.language);
  const attachments = item.attachments ?? [];
  const video = attachments.find(isVideo);
  const whole = ext.truncated ? wholePostUrl(item) : undefined;
  return (
    <>
      <HiddenHeading id={headingId} item={item} />
      <AuthorRow
        authors={item.authors ?? []}
        date={item.date_published}
        precision={ext.date_precision}
        dateText={ext.date_text}
        to={itemPath(item)}
        fallback={label}
      >
        {item.authors?.length || !(item.date_published || ext.date_text) ? null : <span> · {label}</span>}
      </AuthorRow>
      <div lang={language.lang} dir={language.dir} className="mt-2">
        {weibo ? (
          <PostText paragraphs={ext.paragraphs} />
        ) : (
          // Another publisher's post: its summary when it wrote one, as plain words (a # or
          // [..] there is not Weibo markup).
          <PlainText paragraphs={item.summary ? [item.summary] : ext.paragraphs} chinese={language.chinese} />
        )}
        {ext.truncated ? (
          <p className="text-[0.9375rem] leading-7">
            {whole ? <ExternalLink href={whole} label="全文" /> : <span className="text-sm text-muted">来源只给出了开头，这里没有全文。</span>}
          </p>
        ) : null}
      </div>
      <PictureGrid pictures={attachments.filter(isPicture)} />
      {video ? <VideoPlayer video={video} /> : null}
      {item.image && !attachments.some(isPicture) ? <ArticleCover src={item.image} /> : null}
      {ext.repost ? <QuotedPost repost={ext.repost} /> : null}
    </>
  );
}

function TrendingCard({ item, headingId }: { item: TrendingItem; headingId: string }) {
  const ext = item._qingyue;
  return (
    <>
      <HiddenHeading id={headingId} item={item} />
      <p className="text-xs text-muted">
        <Link to={itemPath(item)} className="hover:text-accent hover:underline">
          {ext.list ?? storyLabel(item)}
        </Link>
        {ext.truncated ? <span> · 摘录，非全文</span> : null}
      </p>
      <p lang="zh-CN" className="mt-1 text-[0.9375rem] leading-7 break-words">
        <WeiboText text={ext.text} />
        {ext.truncated ? <span aria-hidden="true">…</span> : null}
      </p>
    </>
  );
}

function ArticleCard({ item, headingId }: { item: ArticleItem; headingId: string }) {
  const ext = item._qingyue;
  const date = item.date_published ? formatDate(item.date_published, ext.date_precision) : undefined;
  const minutes = readingTime(ext.sections.flatMap((section) => section.paragraphs));
  const language = storyLanguage(item.language);
  const shown = (words: string) => (language.chinese ? fullWidthPunctuation(words) : words);
  const author = item.authors?.[0];
  return (
    <div className="flex gap-3">
      <div className="min-w-0 flex-1">
        <p className="mb-1 text-xs text-muted">
          {author ? <span className="font-medium text-ink">{author.name} · </span> : null}
          <span>{storyLabel(item)}</span>
          {ext.publisher ? <span> · {ext.publisher}</span> : null}
          {date ? (
            <span>
              {" "}
              · <time dateTime={item.date_published}>{date}</time>
            </span>
          ) : null}
        </p>
        <h2 id={headingId} lang={language.lang} dir={language.dir} className="text-base font-semibold leading-relaxed">
          <Link to={itemPath(item)} className="hover:text-accent hover:underline">
            {shown(cardTitle(item))}
          </Link>
        </h2>
        {item.summary ? (
          <p lang={language.lang} dir={language.dir} className="mt-1 line-clamp-3 text-sm leading-relaxed text-muted">
            {shown(item.summary)}
          </p>
        ) : null}
        <p className="mt-1 text-xs text-muted">
          {ext.source ? <span>来源：{ext.source} · </span> : null}
          <span>阅读{minutes.label}</span>
        </p>
      </div>
      {item.image ? <ArticleCover src={item.image} /> : null}
    </div>
  );
}

/**
 * One story in a list. Inside a role="feed" it carries its place, and j/k focus it. A card
 * renders again only when its story or place changes: the feed's rows are placed, measured and
 * moved around it (the windowing taking over, a page arriving) without building it again.
 */
export const FeedItemCard = memo(function FeedItemCard({ item, posinset, setsize }: { item: Item } & Partial<FeedPosition>) {
  // Ids may hold spaces or any character; an element id must not.
  const headingId = `item-${routeKey(item.id)}-title`;
  return (
    <article
      aria-labelledby={headingId}
      aria-posinset={posinset}
      aria-setsize={setsize}
      // Focusable by script (j/k, Back) without adding a second tab stop beside the link.
      tabIndex={posinset === undefined ? undefined : -1}
      className="rounded-lg border border-line bg-card p-4 focus:outline-2 focus:outline-offset-2 focus:outline-accent"
    >
      {item._qingyue.kind === "post" ? (
        <PostCard item={item as PostItem} headingId={headingId} />
      ) : item._qingyue.kind === "trending" ? (
        <TrendingCard item={item as TrendingItem} headingId={headingId} />
      ) : (
        <ArticleCard item={item as ArticleItem} headingId={headingId} />
      )}
      <div className="mt-2 flex items-center justify-between gap-2">
        {item._qingyue.kind === "post" ? <PostCounts counts={item._qingyue.counts} className="text-xs" /> : <span />}
        <StoryActions item={item} className="text-xs" />
      </div>
    </article>
  );
});
