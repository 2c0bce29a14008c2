import type { Author } from "../content/feed-schema";
import { Avatar } from "./post/avatar";

/** A story's (or a feed's) authors: picture, name, and a link to them where given. */
export function StoryAuthors({ authors, className = "" }: { authors: readonly Author[] | undefined; className?: string }) {
  if (!authors || authors.length === 0) return null;
  return (
    <ul aria-label="作者" className={`flex flex-wrap items-center gap-x-4 gap-y-2 text-sm ${className}`}>
      {authors.map((author, i) => (
        <li key={`${author.name}-${i}`} className="flex items-center gap-2">
          <Avatar name={author.name} src={author.avatar} size="sm" />
          {author.url ? (
            <a href={author.url} rel="noopener noreferrer nofollow ugc" target={/^https?:/i.test(author.url) ? "_blank" : undefined} className="font-medium hover:underline">
              {author.name}
            </a>
          ) : (
            <span className="font-medium">{author.name}</span>
          )}
          {author._qingyue?.verified ? <span className="text-xs text-muted">{author._qingyue.verified}</span> : null}
        </li>
      ))}
    </ul>
  );
}
