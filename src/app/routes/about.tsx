import { useSuspenseQuery } from "@tanstack/react-query";
import type { PageModule } from "../page-loads";
import { feedInfoQuery } from "../../lib/feed-pages";
import { FEED_PATH } from "../../lib/feed-path";
import { StoryAuthors } from "../../components/story-authors";
import { Avatar } from "../../components/post/avatar";
import { storyLanguage } from "../../lib/story-lang";
import { canonicalUrl, SITE_NAME } from "../../lib/site";

export const aboutPage: PageModule = {
  load: ({ queryClient }) => queryClient.ensureQueryData(feedInfoQuery()),
  Component: AboutRoute,
};

const LANGUAGE_NAMES = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["zh-CN"], { type: "language" }) : undefined;

/** The feed being read: what it calls itself, who publishes it, where its site is. */
function AboutRoute() {
  const {
    data: { feed },
  } = useSuspenseQuery(feedInfoQuery());
  const title = feed.title ?? "未命名的订阅源";
  const language = feed.language ? storyLanguage(feed.language).lang : undefined;
  return (
    <section aria-labelledby="about-title" className="mx-auto max-w-2xl space-y-5">
      <title>{`关于 ${title} · ${SITE_NAME}`}</title>
      <div className="flex items-center gap-3">
        {feed.icon ? (
          <img src={feed.icon} alt="" width={64} height={64} decoding="async" referrerPolicy="no-referrer" className="h-16 w-16 rounded-xl object-cover" />
        ) : (
          <Avatar name={title} size="lg" />
        )}
        <h1 id="about-title" className="text-2xl font-bold">
          {title}
        </h1>
      </div>
      {feed.description ? <p className="leading-relaxed">{feed.description}</p> : <p className="text-muted">这个订阅源没有写简介。</p>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {feed.home_page_url ? (
          <>
            <dt className="text-muted">网站</dt>
            <dd className="flex items-center gap-2">
              {feed.favicon ? <img src={feed.favicon} alt="" width={16} height={16} referrerPolicy="no-referrer" className="h-4 w-4" /> : null}
              <a href={feed.home_page_url} target="_blank" rel="noopener noreferrer nofollow ugc" className="break-all text-accent underline">
                {feed.home_page_url}
              </a>
            </dd>
          </>
        ) : null}
        {language ? (
          <>
            <dt className="text-muted">语言</dt>
            <dd lang="zh-CN">{LANGUAGE_NAMES?.of(language) ?? language}</dd>
          </>
        ) : null}
        <dt className="text-muted">订阅地址</dt>
        <dd>
          {/* The site's public address, the same in the prerendered page and in the browser. */}
          <a href={FEED_PATH} className="break-all text-accent underline">
            {canonicalUrl(FEED_PATH)}
          </a>
        </dd>
      </dl>
      {feed.authors && feed.authors.length > 0 ? (
        <div>
          <h2 className="mb-2 font-semibold">作者</h2>
          <StoryAuthors authors={feed.authors} />
        </div>
      ) : null}
    </section>
  );
}
