import { useParams, type LoaderFunctionArgs } from "react-router";
import { useQueryClient, useSuspenseQuery, type QueryClient } from "@tanstack/react-query";
import { itemQuery } from "../../features/feed/queries";
import { PostView, TrendingView } from "../../features/posts/post-view";
import { isPost, isTrending } from "../../content/item-kinds";
import { loadItem } from "./item-loader";

export function postRoute(queryClient: QueryClient) {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
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
  const ext = item._qingyue;
  const name = item.title ?? (ext.kind === "trending" ? ext.text : ext.kind === "post" ? ext.paragraphs[0] : "");
  return (
    <>
      <title>{`${(name ?? "微博").slice(0, 30)} · 轻阅`}</title>
      {isPost(item) ? <PostView item={item} /> : null}
      {isTrending(item) ? <TrendingView item={item} /> : null}
    </>
  );
}
