import { useParams, type LoaderFunctionArgs } from "react-router";
import { useQuery, useQueryClient, useSuspenseQuery, type QueryClient } from "@tanstack/react-query";
import { feedPageQuery, itemQuery } from "../../features/feed/queries";
import { feedUrl } from "../../features/feed/feed-path";
import { storyBase } from "../../content/story-base";
import { storyLanguage } from "../../lib/story-lang";
import { peopleQuery } from "../../features/people/queries";
import { PostView, TrendingView } from "../../features/posts/post-view";
import { isPost, isTrending } from "../../content/item-kinds";
import { loadItem } from "./item-loader";
import { itemPath } from "../../lib/paths";
import { StoryHead } from "./story-head";

export function postRoute(queryClient: QueryClient) {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      // People only add links to names: wait for them, but never fail the page over them.
      await queryClient.prefetchQuery(peopleQuery(queryClient));
      await loadItem(queryClient, params.id, ["post", "trending"]);
      // The feed's home page and language, for the story's links and typography (already read: page 1).
      await queryClient.ensureQueryData(feedPageQuery(feedUrl()));
      return null;
    },
    Component: PostRoute,
  };
}

function PostRoute() {
  const { id = "" } = useParams();
  const queryClient = useQueryClient();
  const { data: item } = useSuspenseQuery(itemQuery(queryClient, id));
  const { data: people = [] } = useQuery(peopleQuery(queryClient));
  const { data: first } = useSuspenseQuery(feedPageQuery(feedUrl()));
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
          base={storyBase(item.url, first.page.home_page_url, first.url)}
          language={storyLanguage(item.language, first.page.language)}
        />
      ) : null}
      {isTrending(item) ? <TrendingView item={item} sharePath={itemPath(item)} /> : null}
    </>
  );
}
