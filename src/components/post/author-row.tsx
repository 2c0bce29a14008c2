import type { ReactNode } from "react";
import type { Author } from "../../content/feed-schema";
import type { DatePrecision } from "../../content/post-time";
import { authorProfile } from "../../content/profiles";
import { PersonMention } from "../person-mention";
import { Avatar } from "./avatar";
import { PostTime } from "./post-time";
import { VerifiedMark } from "./verified-mark";

const NAME = "font-semibold text-ink hover:text-accent hover:underline";

/**
 * Who wrote a post and when: the avatar, the name (it opens the author's card on hover,
 * focus or tap, and leads to their page), the verified mark, and the time, which links to
 * the post's own page. `children` adds to the time line (a source, a kind label).
 */
export function AuthorRow({
  authors,
  date,
  precision,
  dateText,
  to,
  fallback,
  size = "md",
  children,
}: {
  authors: readonly Author[];
  date?: string | undefined;
  precision?: DatePrecision | undefined;
  dateText?: string | undefined;
  to?: string | undefined;
  /** The time link's words when the post has no date. */
  fallback?: string;
  size?: "sm" | "md";
  children?: ReactNode;
}) {
  const first = authors[0];
  const time = <PostTime date={date} precision={precision} dateText={dateText} to={to} fallback={fallback} />;
  if (!first) {
    return (
      <p className="text-xs text-muted">
        {time}
        {children}
      </p>
    );
  }
  const names = authors.map((author, i) => {
    const profile = authorProfile(author);
    return (
      <span key={profile.id}>
        {i > 0 ? "、" : null}
        <PersonMention person={profile} className={NAME}>
          {author.name}
        </PersonMention>
        {author._qingyue?.verified ? <VerifiedMark reason={author._qingyue.verified} /> : null}
      </span>
    );
  });
  if (size === "sm") {
    return (
      <p className="flex flex-wrap items-center gap-x-1.5 text-sm">
        <Avatar name={first.name} src={first.avatar} size="sm" />
        {names}
        <span className="text-xs text-muted">
          {time}
          {children}
        </span>
      </p>
    );
  }
  return (
    <div className="flex items-center gap-3">
      <Avatar name={first.name} src={first.avatar} />
      <div className="min-w-0 leading-snug">
        <p className="truncate text-[0.9375rem]">{names}</p>
        <p className="text-xs text-muted">
          {time}
          {children}
        </p>
      </div>
    </div>
  );
}
