import type { Person, PostItem, TrendingItem } from "../../content/feed-schema";
import { TruncatedMark } from "../../components/truncated-mark";
import { WeiboText } from "../../components/weibo-text";
import { ShareButton } from "../../components/share-button";
import { BookmarkButton } from "../library/bookmark-button";
import { SanitizedHtml } from "../../components/sanitized-html";
import { PostCounts } from "../../components/post-counts";
import { formatDate } from "../../lib/format-date";

export function PostView({ item, people, sharePath }: { item: PostItem; people: readonly Person[]; sharePath: string }) {
  const ext = item._qingyue;
  const date = item.date_published ? formatDate(item.date_published) : undefined;
  return (
    <article lang="zh-CN" aria-labelledby="post-title" className="prose-zh mx-auto space-y-4">
      <header className="space-y-3">
        <p className="text-sm text-muted">
          微博{date ? <> · <time dateTime={item.date_published}>{date}</time></> : null}
        </p>
        <h1 id="post-title" className="text-[1.4em] font-bold leading-snug">
          {ext.headline ?? item.title ?? "微博正文"}
        </h1>
        <div className="flex flex-wrap items-center gap-2">
          <ShareButton title={ext.headline ?? item.title ?? "微博"} path={sharePath} />
          <BookmarkButton item={item} />
        </div>
      </header>
      {item.content_html ? (
        <SanitizedHtml html={item.content_html} />
      ) : (
        ext.paragraphs.map((text, index) => (
          <p key={index} id={`p-${index + 1}`} data-paragraph={index + 1} className="scroll-mt-20">
            <WeiboText text={text} people={people} />
          </p>
        ))
      )}
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
          <BookmarkButton item={item} />
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
