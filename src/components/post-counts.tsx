import { showCount } from "../content/counts";
import type { PostItem } from "../content/feed-schema";

type Counts = NonNullable<PostItem["_qingyue"]["counts"]>;

const LABEL: Record<keyof Counts, string> = { reposts: "转发", comments: "评论", likes: "赞" };
const ORDER = ["reposts", "comments", "likes"] as const;

/** Reposts, comments and likes as Weibo shows them (12, 1.2万, 100万+); nothing for a count it did not give. */
export function PostCounts({ counts, className = "text-sm" }: { counts: Counts | undefined; className?: string }) {
  const given = ORDER.filter((key) => counts?.[key] !== undefined);
  if (!counts || given.length === 0) return null;
  return (
    <ul aria-label="转发、评论与点赞" className={`flex flex-wrap gap-x-4 text-muted ${className}`}>
      {given.map((key) => (
        <li key={key}>
          {LABEL[key]} <span className="tabular-nums">{showCount(counts[key]!)}</span>
        </li>
      ))}
    </ul>
  );
}
