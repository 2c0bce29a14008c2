import { Link } from "react-router";
import { postTime, relativePostTime, type DatePrecision } from "../../content/post-time";
import { useNow } from "../../lib/use-now";

/**
 * When a post was written: relative in Chinese (3小时前), the exact time in `datetime` and the
 * tooltip. The prerendered HTML and the render that hydrates it give the exact date, as
 * "now" differs between the build and the reader; the relative words come right after.
 * A date the source could not place in time (`date_text`) is shown as the source gave it.
 */
export function PostTime({
  date,
  precision,
  dateText,
  to,
  fallback = "查看",
}: {
  date?: string | undefined;
  precision?: DatePrecision | undefined;
  dateText?: string | undefined;
  /** The post's own page: the time links to it, as on Weibo. */
  to?: string | undefined;
  /** The link's words when there is no date to show. */
  fallback?: string;
}) {
  const now = useNow();
  const exact = date ? postTime(date, precision) : undefined;
  const inner = exact ? (
    <time dateTime={exact.datetime} title={exact.absolute}>
      {now === undefined ? exact.absolute : (relativePostTime(date!, now, precision) ?? exact.absolute)}
    </time>
  ) : dateText ? (
    <span>{dateText}</span>
  ) : to ? (
    <span>{fallback}</span>
  ) : null;
  if (!inner) return null;
  return to ? (
    <Link to={to} className="hover:text-accent hover:underline">
      {inner}
    </Link>
  ) : (
    inner
  );
}
