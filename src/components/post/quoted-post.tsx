import type { Repost } from "../../content/feed-schema";
import { isPicture, isVideo } from "../../content/picture-layout";
import { ExternalLink } from "../external-link";
import { PostCounts } from "../post-counts";
import { AuthorRow } from "./author-row";
import { PictureGrid } from "./picture-grid";
import { PostText } from "./post-text";
import { VideoPlayer } from "./video-player";

/** The original a repost quotes, inside the reposting card; a deleted one says so. */
export function QuotedPost({ repost }: { repost: Repost }) {
  if (repost.deleted) {
    return (
      <div role="group" aria-label="转发的原微博" className="mt-2 rounded-md bg-line/50 px-3 py-2.5 text-sm text-muted">
        原微博已删除
      </div>
    );
  }
  const attachments = repost.attachments ?? [];
  const video = attachments.find(isVideo);
  const name = repost.authors?.[0]?.name;
  return (
    <div role="group" aria-label={name ? `转发自${name}的微博` : "转发的原微博"} className="mt-2 space-y-1.5 rounded-md bg-line/40 px-3 py-2.5">
      <AuthorRow authors={repost.authors ?? []} date={repost.date_published} precision={repost.date_precision} size="sm" />
      {repost.paragraphs && repost.paragraphs.length > 0 ? <PostText paragraphs={repost.paragraphs} /> : null}
      <PictureGrid pictures={attachments.filter(isPicture)} label="原微博的图片" />
      {video ? <VideoPlayer video={video} /> : null}
      <div className="flex flex-wrap items-center gap-x-4 text-xs">
        <PostCounts counts={repost.counts} className="text-xs" />
        {repost.url && /^https?:/i.test(repost.url) ? <ExternalLink href={repost.url} label="查看原微博" /> : null}
      </div>
    </div>
  );
}
