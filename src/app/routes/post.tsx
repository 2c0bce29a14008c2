import { useParams, type LoaderFunctionArgs } from "react-router";
import { useQuery, useSuspenseQuery, type QueryClient } from "@tanstack/react-query";
import { itemQuery } from "../../features/feed/data/item-queries";
import { peopleQuery } from "../../features/people/queries";
import { PostView, TrendingView } from "../../features/posts/post-view";
import { isPost, isTrending } from "../../content/item-kinds";
import { loadItem } from "./item-loader";
import { loadSanitizer } from "../../components/sanitized-html";
import { itemPath } from "../../lib/paths";
import { StoryHead } from "./story-head";

export function postRoute(queryClient: QueryClient) {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      // People only add links to names: wait for them, but never fail the page over them,
      // and never make the item wait for them.
      const [, item] = await Promise.all([queryClient.prefetchQuery(peopleQuery()), loadItem(queryClient, params.id, ["post", "trending"])]);
      if (item.content_html) await loadSanitizer();
      return null;
    },
    Component: PostRoute,
  };
}

function PostRoute() {
  const { id = "" } = useParams();
  const { data: item } = useSuspenseQuery(itemQuery(id));
  const { data: people = [] } = useQuery(peopleQuery());
  const ext = item._qingyue;
  const text = ext.kind === "trending" ? ext.text : ext.kind === "post" ? (ext.paragraphs[0] ?? "") : "";
  const title = item.title ?? (text.length > 30 ? `${text.slice(0, 30)}…` : text);
  return (
    <>
      <StoryHead title={title || "微博"} url={itemPath(item)} description={text.slice(0, 120)} />
      {isPost(item) ? (
        <PostView item={item} people={people.filter((p) => p.items.includes(item.id))} sharePath={itemPath(item)} />
      ) : null}
      {isTrending(item) ? <TrendingView item={item} sharePath={itemPath(item)} /> : null}
    </>
  );
}
