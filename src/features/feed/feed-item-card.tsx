import { Link } from "react-router";
import type { Item } from "../../content/feed-schema";
import { itemPath } from "../../lib/paths";
import { formatDate } from "../../lib/format-date";
import { TruncatedMark } from "../../components/truncated-mark";
import { PostCounts } from "../../components/post-counts";
import { BookmarkButton } from "../library/bookmark-button";

export const KIND_LABEL = { article: "文章", post: "微博", trending: "热门" } as const;

/** The words a card leads with: its title, or the start of its text. */
export function cardTitle(item: Item): string {
  const ext = item._qingyue;
  if (item.title) return item.title;
  if (ext.kind === "trending") return ext.text;
  const text = ext.kind === "post" ? (ext.paragraphs[0] ?? "") : "";
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

export interface FeedPosition {
  /** 1-based place in the whole feed, rendered or not. */
  posinset: number;
  /** Items in the feed; -1 while more pages remain (ARIA's "unknown"). */
  setsize: number;
}

/** One story in a list. Inside a role="feed" it carries its place, and j/k focus it. */
export function FeedItemCard({ item, position }: { item: Item; position?: FeedPosition }) {
  const ext = item._qingyue;
  const headingId = `item-${item.id}-title`;
  const date = item.date_published ? formatDate(item.date_published, ext.kind === "article" ? ext.date_precision : undefined) : undefined;
  return (
    <article
      aria-labelledby={headingId}
      aria-posinset={position?.posinset}
      aria-setsize={position?.setsize}
      // Focusable by script (j/k, Back) without adding a second tab stop beside the link.
      tabIndex={position ? -1 : undefined}
      className="rounded-lg border border-line bg-card p-4 focus:outline-2 focus:outline-offset-2 focus:outline-accent"
    >
      <p className="mb-1 text-xs text-muted">
        <span>{KIND_LABEL[ext.kind]}</span>
        {ext.kind === "article" && ext.publisher ? <span> · {ext.publisher}</span> : null}
        {date ? <span> · <time dateTime={item.date_published}>{date}</time></span> : null}
      </p>
      <h2 id={headingId} className="text-base font-semibold leading-relaxed">
        <Link to={itemPath(item)} className="hover:text-accent hover:underline">
          {cardTitle(item)}
          {ext.kind === "trending" && ext.truncated ? <TruncatedMark /> : null}
        </Link>
      </h2>
      {ext.kind === "article" && item.summary ? (
        <p className="mt-1 line-clamp-3 text-sm leading-relaxed text-muted">{item.summary}</p>
      ) : null}
      {ext.kind === "post" && item.title ? (
        <p className="mt-1 line-clamp-3 text-sm leading-relaxed text-muted">{ext.paragraphs[0]}</p>
      ) : null}
      <div className="mt-2 flex items-center justify-between gap-2">
        {ext.kind === "post" ? <PostCounts counts={ext.counts} className="text-xs" /> : <span />}
        <BookmarkButton item={item} className="text-xs" />
      </div>
    </article>
  );
}
