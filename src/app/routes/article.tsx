import { useEffect } from "react";
import { useLocation, useParams } from "react-router";
import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import type { PageModule } from "../page-loads";
import { itemQuery } from "../../features/feed/data/item-queries";
import { feedInfoQuery } from "../../lib/feed-pages";
import { loadStoryHtml } from "../../components/story-html-loader";
import { storyBase } from "../../content/story-base";
import { storyLanguage } from "../../lib/story-lang";
import { peopleQuery } from "../../features/people/queries";
import { ArticleView } from "../../features/articles/article-view";
import { isArticle } from "../../content/item-kinds";
import { loadItem } from "./item-loader";
import { itemPath } from "../../lib/paths";
import { StoryHead } from "./story-head";
import { useHydrated } from "../../lib/use-hydrated";
import { useRecordRead } from "../../features/library/use-record-read";

export const articlePage: PageModule = {
  load: async ({ queryClient, params }) => {
    // People only add links to names: wait for them, but never fail the page over them.
    const [, item] = await Promise.all([queryClient.prefetchQuery(peopleQuery()), loadItem(queryClient, params.id, ["article"])]);
    // The feed's home page and language, for the story's links and typography (already read: page 1).
    await Promise.all([queryClient.ensureQueryData(feedInfoQuery()), item.content_html ? loadStoryHtml() : undefined]);
  },
  Component: ArticleRoute,
};

function markedParagraph(hash: string): number | undefined {
  const match = /^#p-(\d{1,6})$/.exec(hash);
  return match ? Number(match[1]) : undefined;
}

function ArticleRoute() {
  const { id = "" } = useParams();
  const { hash } = useLocation();
  const { data: item } = useSuspenseQuery(itemQuery(id));
  useRecordRead(item);
  const { data: people = [] } = useQuery(peopleQuery());
  const { data: info } = useSuspenseQuery(feedInfoQuery());
  const hydrated = useHydrated();
  const marked = hydrated ? markedParagraph(hash) : undefined;

  useEffect(() => {
    if (marked !== undefined) document.getElementById(`p-${marked}`)?.scrollIntoView?.({ block: "start" });
  }, [marked, id]);

  if (!isArticle(item)) return null;
  const mentioned = people.filter((p) => p.items.includes(item.id));
  return (
    <>
      <StoryHead title={item.title ?? "文章"} url={itemPath(item)} description={item.summary} image={item.image} />
      <ArticleView
        key={item.id}
        item={item}
        people={mentioned}
        marked={marked}
        sharePath={itemPath(item)}
        base={storyBase(item.url, info.feed.home_page_url, info.url)}
        language={storyLanguage(item.language, info.feed.language)}
      />
    </>
  );
}
