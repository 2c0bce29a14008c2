import type { Item } from "../../../content/feed-schema";
import { FeedItemCard } from "./feed-item-card";

export function FeedList({ items }: { items: readonly Item[] }) {
  return (
    <ol className="space-y-3" aria-label="内容列表">
      {items.map((item) => (
        <li key={item.id}>
          <FeedItemCard item={item} />
        </li>
      ))}
    </ol>
  );
}
