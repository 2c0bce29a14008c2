import { Link } from "react-router";
import type { Item } from "../../content/feed-schema";
import { itemPath } from "../../lib/paths";
import { formatDate } from "../../lib/format-date";
import { TruncatedMark } from "../../components/truncated-mark";
import { PostCounts } from "../../components/post-counts";
import { AuthorAvatar } from "../../components/author-avatar";
import { StoryPicture } from "../../components/story-picture";
import { fullWidthPunctuation } from "../../content/cjk-punctuation";
import { storyLanguage } from "../../lib/story-lang";
import { storyLabel } from "../../content/weibo-source";
import { routeKey } from "../../content/route-key";

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
  // Ids may hold spaces or any character; an element id must not.
  const headingId = `item-${routeKey(item.id)}-title`;
  const author = item.authors?.[0];
  const shown = (words: string) => (storyLanguage(item.language).chinese ? fullWidthPunctuation(words) : words);
  // The card's text: the summary the feed wrote, else the opening of a titled post.
  const text = item.summary ?? (ext.kind === "post" && item.title ? ext.paragraphs[0] : undefined);
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
      <p className="mb-1 flex flex-wrap items-center gap-x-1 text-xs text-muted">
        {author ? (
          <span className="mr-1 inline-flex items-center gap-1.5 font-medium text-ink">
            <AuthorAvatar name={author.name} src={author.avatar} size="h-5 w-5 text-[0.65rem]" />
            {author.name}
          </span>
        ) : null}
        <span>{storyLabel(item)}</span>
        {ext.kind === "article" && ext.publisher ? <span> · {ext.publisher}</span> : null}
        {date ? <span> · <time dateTime={item.date_published}>{date}</time></span> : null}
      </p>
      <h2 id={headingId} className="text-base font-semibold leading-relaxed">
        <Link to={itemPath(item)} className="hover:text-accent hover:underline">
          {shown(cardTitle(item))}
          {ext.kind === "trending" && ext.truncated ? <TruncatedMark /> : null}
        </Link>
      </h2>
      {text ? <p lang={item.language ? storyLanguage(item.language).lang : undefined} className="mt-1 line-clamp-3 text-sm leading-relaxed text-muted">{shown(text)}</p> : null}
      {item.image ? (
        <StoryPicture src={item.image} alt="" className="story-banner mt-3" />
      ) : null}
      {ext.kind === "post" ? <PostCounts counts={ext.counts} className="mt-2 text-xs" /> : null}
    </article>
  );
}
