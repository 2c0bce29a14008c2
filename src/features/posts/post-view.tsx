import type { Person, PostItem, TrendingItem } from "../../content/feed-schema";
import { TruncatedMark } from "../../components/truncated-mark";
import { WeiboText } from "../../components/weibo-text";
import { ShareButton } from "../../components/share-button";
import { StoryActions } from "../../lib/story-actions";
import { PostCounts } from "../../components/post-counts";
import { storyHtml } from "../../components/story-html-loader";
import { StoryAttachments } from "../../components/story-attachments";
import { StoryPicture } from "../../components/story-picture";
import { ReadOriginal, StoryTags, UpdatedAt } from "../../components/story-extras";
import { storyLabel } from "../../content/weibo-source";
import { fullWidthPunctuation } from "../../content/cjk-punctuation";
import { formatDate } from "../../lib/format-date";
import { AuthorRow } from "../../components/post/author-row";
import { QuotedPost } from "../../components/post/quoted-post";
import { proseClass, type StoryLanguage } from "../../lib/story-lang";

interface PostProps {
  item: PostItem;
  people: readonly Person[];
  sharePath: string;
  /** Where the post's relative links point from (content/story-base.ts). */
  base: string;
  language: StoryLanguage;
}

/** A post's heading: its headline or title, else what kind of post it is. */
export function postHeading(item: PostItem): string {
  return item._qingyue.headline ?? item.title ?? `${storyLabel(item)}正文`;
}

/** A post's HTML, through the view its route loaded (components/story-html-loader.ts). */
function PostHtml({ html, base, chinese, dir }: { html: string; base: string; chinese: boolean; dir: "ltr" | "rtl" }) {
  const view = storyHtml();
  return view ? <view.StoryHtml story={view.readStoryHtml(html, base, chinese, dir)} /> : null;
}

export function PostView({ item, people, sharePath, base, language }: PostProps) {
  const ext = item._qingyue;
  const date = item.date_published ? formatDate(item.date_published, ext.date_precision) : undefined;
  const label = storyLabel(item);
  const heading = postHeading(item);
  const shown = (text: string) => (language.chinese ? fullWidthPunctuation(text) : text);
  const banner = item.banner_image;
  return (
    <article lang={language.lang} dir={language.dir} aria-labelledby="post-title" className={`${proseClass(language)} mx-auto space-y-4`}>
      <header className="space-y-3">
        {item.authors?.length ? (
          <AuthorRow authors={item.authors} date={item.date_published} precision={ext.date_precision} dateText={ext.date_text}>
            <UpdatedAt published={item.date_published} modified={item.date_modified} />
          </AuthorRow>
        ) : (
          <p className="text-sm text-muted">
            {label}
            {date ? <> · <time dateTime={item.date_published}>{date}</time></> : ext.date_text ? <> · {ext.date_text}</> : null}
            <UpdatedAt published={item.date_published} modified={item.date_modified} />
          </p>
        )}
        <h1 id="post-title" className="text-[1.4em] font-bold leading-snug">
          {shown(heading)}
        </h1>
        <div className="flex flex-wrap items-center gap-2">
          <ShareButton title={heading} path={sharePath} />
          <StoryActions item={item} />
        </div>
      </header>
      {banner ? <StoryPicture src={banner} alt="" className="story-banner" /> : null}
      {item.content_html ? (
        <PostHtml html={item.content_html} base={base} chinese={language.chinese} dir={language.dir} />
      ) : (
        ext.paragraphs.map((text, index) => (
          <p key={index} id={`p-${index + 1}`} data-paragraph={index + 1} className="scroll-mt-20">
            <WeiboText text={text} people={people} chinese={language.chinese} />
          </p>
        ))
      )}
      <StoryAttachments attachments={item.attachments} />
      {ext.repost ? <QuotedPost repost={ext.repost} /> : null}
      <StoryTags tags={ext.inferred ? item.tags : undefined} />
      <ReadOriginal href={item.external_url} />
      <PostCounts counts={ext.counts} />
    </article>
  );
}

export function TrendingView({ item, sharePath }: { item: TrendingItem; sharePath: string }) {
  const ext = item._qingyue;
  return (
    <article lang="zh-CN" aria-labelledby="post-title" className="prose-zh mx-auto space-y-4">
      <header className="space-y-3">
        <p className="text-sm text-muted">{ext.list ?? "热门"}</p>
        <h1 id="post-title" className="text-[1.2em] font-bold">
          热门微博摘录
        </h1>
        <div className="flex flex-wrap items-center gap-2">
          <ShareButton title="热门微博摘录" path={sharePath} />
          <StoryActions item={item} />
        </div>
      </header>
      <p>
        <WeiboText text={ext.text} />
        {ext.truncated ? <TruncatedMark /> : null}
      </p>
      {ext.truncated ? (
        <p className="text-sm text-muted">来源页面只列出了这条微博的开头，这里没有全文。</p>
      ) : null}
    </article>
  );
}
