import { useParams, type LoaderFunctionArgs } from "react-router";
import { useQueryClient, useSuspenseQuery, type QueryClient } from "@tanstack/react-query";
import { itemQuery } from "../../features/feed/queries";
import { ArticleView } from "../../features/articles/article-view";
import { isArticle } from "../../content/item-kinds";
import { loadItem } from "./item-loader";

export function articleRoute(queryClient: QueryClient) {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      await loadItem(queryClient, params.id, ["article"]);
      return null;
    },
    Component: ArticleRoute,
  };
}

function ArticleRoute() {
  const { id = "" } = useParams();
  const queryClient = useQueryClient();
  const { data: item } = useSuspenseQuery(itemQuery(queryClient, id));
  if (!isArticle(item)) return null;
  return (
    <>
      <title>{`${item.title ?? "文章"} · 轻阅`}</title>
      <ArticleView item={item} />
    </>
  );
}
