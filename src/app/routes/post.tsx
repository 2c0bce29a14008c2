import { useParams, type LoaderFunctionArgs } from "react-router";
import { useQuery, useQueryClient, useSuspenseQuery, type QueryClient } from "@tanstack/react-query";
import { itemQuery } from "../../features/feed/queries";
import { peopleQuery } from "../../features/people/queries";
import { PostView, TrendingView } from "../../features/posts/post-view";
import { isPost, isTrending } from "../../content/item-kinds";
import { loadItem } from "./item-loader";
import { itemPath } from "../../lib/paths";
import { StoryHead } from "./story-head";
import { useRecordRead } from "../../features/library/use-record-read";

export function postRoute(queryClient: QueryClient) {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      // People only add links to names: wait for them, but never fail the page over them.
      await queryClient.prefetchQuery(peopleQuery(queryClient));
      await loadItem(queryClient, params.id, ["post", "trending"]);
      return null;
    },
    Component: PostRoute,
  };
}

function PostRoute() {
  const { id = "" } = useParams();
  const queryClient = useQueryClient();
  const { data: item } = useSuspenseQuery(itemQuery(queryClient, id));
  useRecordRead(item);
  const { data: people = [] } = useQuery(peopleQuery(queryClient));
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
