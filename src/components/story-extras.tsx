import { Link } from "react-router";
import { paths } from "../lib/paths";
import { formatDate } from "../lib/format-date";

/** A story's tags, each a link to its topic page. */
export function StoryTags({ tags }: { tags: readonly string[] | undefined }) {
  if (!tags || tags.length === 0) return null;
  return (
    <ul aria-label="话题" className="mt-6 flex flex-wrap gap-2 text-sm">
      {tags.map((tag) => (
        <li key={tag}>
          <Link to={paths.topic(tag)} className="inline-block rounded bg-accent/10 px-2 py-0.5 text-accent hover:underline">
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The link to where the story was first published (its external_url). */
export function ReadOriginal({ href }: { href: string | undefined }) {
  if (!href) return null;
  return (
    <p className="mt-6 text-base">
      <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc" className="text-accent underline">
        阅读原文
        <span className="sr-only">（外部链接，在新窗口打开）</span>
      </a>
    </p>
  );
}

/** "更新于 …" when the story says it was changed after it was published. */
export function UpdatedAt({ published, modified }: { published: string | undefined; modified: string | undefined }) {
  if (!modified || modified === published) return null;
  const shown = formatDate(modified);
  if (!shown) return null;
  return (
    <span>
      {" · 更新于 "}
      <time dateTime={modified}>{shown}</time>
    </span>
  );
}
