import { useParams } from "react-router";
import { useSuspenseQuery } from "@tanstack/react-query";
import type { PageModule } from "../page-loads";
import { topicItemsQuery } from "../../features/feed/data/item-queries";
import { FeedList } from "../../features/feed/card/feed-list";
import { cardTitle } from "../../features/feed/card/feed-item-card";
import { paths } from "../../lib/paths";
import { StoryHead } from "./story-head";

export const topicPage: PageModule = {
  load: ({ queryClient, params }) => queryClient.ensureQueryData(topicItemsQuery(params.name ?? "")),
  Component: TopicRoute,
};

function TopicRoute() {
  const { name = "" } = useParams();
  const { data: tagged } = useSuspenseQuery(topicItemsQuery(name));
  return (
    <section aria-labelledby="topic-title" className="mx-auto max-w-2xl space-y-4">
      <StoryHead
        title={`#${name}#`}
        documentTitle={`#${name}# · 话题 · 轻阅`}
        url={paths.topic(name)}
        type="website"
        description={tagged.length > 0 ? `${tagged.length} 条带 #${name}# 的内容：${tagged.slice(0, 3).map(cardTitle).join(" / ")}` : undefined}
      />
      <h1 id="topic-title" className="text-xl font-bold">
        #{name}#
      </h1>
      <p className="text-sm text-muted">{tagged.length > 0 ? `共 ${tagged.length} 条` : "订阅源里没有带这个话题的内容。"}</p>
      <FeedList items={tagged} />
    </section>
  );
}
