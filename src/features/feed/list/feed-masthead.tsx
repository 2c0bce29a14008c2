import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { feedInfoQuery } from "../../../lib/feed-pages";
import { droppedSummary } from "./dropped-summary";
import { useFeedWindow } from "./use-feed-window";
import { Avatar } from "../../../components/post/avatar";
import { aboutPath } from "../../../lib/paths";
import { SITE_NAME } from "../../../lib/site";

/**
 * The feed's own header above its stories: its icon, title and description when it gives
 * them (a feed other than the site's own), and what could not be shown of it.
 */
export function FeedMasthead() {
  // The note below follows what has been read of the feed so far.
  const { feed, slots, outline } = useFeedWindow();
  // The header from the feed's first page as the window holds it (a prerendered page carries
  // it, so hydrating fetches nothing); page 1 is read again only once the window has let it go.
  const held = feed.data?.pages.find((page) => page.index === 0)?.head;
  const { data: info } = useQuery({ ...feedInfoQuery(), enabled: held === undefined });
  const lost = slots.count > 0 ? droppedSummary(outline.dropped, slots.count) : undefined;
  const { title, description, icon, favicon } = held ?? info?.feed ?? { title: SITE_NAME };
  const own = (title === undefined || title === SITE_NAME) && !description && !icon;
  return (
    <>
      {own ? null : (
        <div className="mb-5 flex items-start gap-3">
          {icon || favicon ? (
            <img src={icon ?? favicon} alt="" width={48} height={48} loading="lazy" decoding="async" referrerPolicy="no-referrer" className="h-12 w-12 shrink-0 rounded-lg object-cover" />
          ) : (
            <Avatar name={title ?? "订阅源"} size="md" />
          )}
          <div className="min-w-0">
            <p className="text-lg font-bold leading-snug">{title ?? "未命名的订阅源"}</p>
            {description ? <p className="mt-1 line-clamp-3 text-sm leading-relaxed text-muted">{description}</p> : null}
            <Link to={aboutPath()} className="mt-1 inline-block text-sm text-accent underline">
              关于这个订阅源
            </Link>
          </div>
        </div>
      )}
      {lost ? (
        <p data-feed-dropped className="mb-4 rounded border border-line px-3 py-2 text-sm text-muted">
          {lost}
        </p>
      ) : null}
    </>
  );
}
