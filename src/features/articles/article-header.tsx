import type { ArticleItem } from "../../content/feed-schema";
import { formatDate } from "../../lib/format-date";
import { ShareButton } from "../../components/share-button";
import { StoryAuthors } from "../../components/story-authors";
import { StoryPicture } from "../../components/story-picture";
import { UpdatedAt } from "../../components/story-extras";
import { StoryActions } from "../../lib/story-actions";
import type { ReactNode } from "react";
import { standfirstOf } from "./standfirst";

interface Props {
  item: ArticleItem;
  title: ReactNode;
  readingLabel: string;
  sharePath: string;
}

/** The article's title and standfirst, where it comes from, when, who wrote it, how long it reads, and its banner. */
export function ArticleHeader({ item, title, readingLabel, sharePath }: Props) {
  const ext = item._qingyue;
  const date = item.date_published ? formatDate(item.date_published, ext.date_precision) : undefined;
  // The story's header picture; its `image` is for cards and previews, and often repeats a picture in its body.
  const banner = item.banner_image;
  const standfirst = standfirstOf(item);
  return (
    <header className="mb-8 space-y-3">
      {banner ? <StoryPicture src={banner} alt="" className="story-banner" /> : null}
      <h1 id="article-title" className="text-[1.6em] font-bold leading-snug">
        {title}
      </h1>
      {standfirst ? <p className="text-[1.05em] leading-relaxed text-muted">{standfirst}</p> : null}
      <p className="text-sm leading-relaxed text-muted">
        <span>{ext.inferred ? "文章" : (ext.publisher ?? "文章")}</span>
        {ext.source ? <span> · 来源：{ext.source}</span> : null}
        {date ? (
          <span>
            {" · "}
            <time dateTime={item.date_published}>{date}</time>
          </span>
        ) : null}
        <UpdatedAt published={item.date_published} modified={item.date_modified} />
        {" · "}
        {/* “6–10 分钟” never breaks inside. */}
        <span className="whitespace-nowrap">阅读约需 {readingLabel}</span>
      </p>
      <StoryAuthors authors={item.authors} />
      <div className="flex flex-wrap items-center gap-2">
        <ShareButton title={item.title ?? "轻阅"} path={sharePath} />
        <StoryActions item={item} />
      </div>
    </header>
  );
}
