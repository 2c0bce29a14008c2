import { useParams } from "react-router";
import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import type { PageModule } from "../page-loads";
import { itemQuery } from "../../features/feed/data/item-queries";
import { feedInfoQuery } from "../../lib/feed-pages";
import { loadStoryHtml } from "../../components/story-html-loader";
import { storyBase } from "../../content/story-base";
import { storyLanguage } from "../../lib/story-lang";
import { peopleQuery } from "../../features/people/queries";
import { PostView, TrendingView } from "../../features/posts/post-view";
import { isPost, isTrending } from "../../content/item-kinds";
import { loadItem } from "./item-loader";
import { itemPath } from "../../lib/paths";
import { StoryHead } from "./story-head";
import { useRecordRead } from "../../features/library/use-record-read";

export const postPage: PageModule = {
  load: async ({ queryClient, params }) => {
    // People only add links to names: wait for them, but never fail the page over them,
    // and never make the item wait for them.
    const [, item] = await Promise.all([queryClient.prefetchQuery(peopleQuery()), loadItem(queryClient, params.id, ["post", "trending"])]);
    // The feed's home page and language, for the story's links and typography (already read: page 1).
    await Promise.all([queryClient.ensureQueryData(feedInfoQuery()), item.content_html ? loadStoryHtml() : undefined]);
  },
  Component: PostRoute,
};

function PostRoute() {
  const { id = "" } = useParams();
  const { data: item } = useSuspenseQuery(itemQuery(id));
  useRecordRead(item);
  const { data: people = [] } = useQuery(peopleQuery());
  const { data: info } = useSuspenseQuery(feedInfoQuery());
  const ext = item._qingyue;
  const text = item.summary ?? (ext.kind === "trending" ? ext.text : ext.kind === "post" ? (ext.paragraphs[0] ?? "") : "");
  const opening = text.length > 30 ? `${text.slice(0, 30)}…` : text;
  const title = item.title ?? (ext.kind === "post" ? ext.headline : undefined) ?? opening;
  return (
    <>
      <StoryHead title={title || "轻阅"} url={itemPath(item)} description={text.slice(0, 120)} image={item.image} />
      {isPost(item) ? (
        <PostView
          item={item}
          people={people.filter((p) => p.items.includes(item.id))}
          sharePath={itemPath(item)}
          base={storyBase(item.url, info.feed.home_page_url, info.url)}
          language={storyLanguage(item.language, info.feed.language)}
        />
      ) : null}
      {isTrending(item) ? <TrendingView item={item} sharePath={itemPath(item)} /> : null}
    </>
  );
}
