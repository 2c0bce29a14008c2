/**
 * A short label for a link: Weibo's 网页链接 for t.cn short links, 头条文章 for a Weibo article and
 * 微博视频 for a Weibo video page (as Weibo labels them), else host and a bit of path.
 */
export function linkLabel(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  if (url.hostname === "t.cn") return "网页链接";
  if (/^(?:www\.)?weibo\.com$/.test(url.hostname) && url.pathname.startsWith("/ttarticle/")) return "头条文章";
  if (url.hostname === "video.weibo.com" && url.pathname === "/show") return "微博视频";
  const rest = `${url.pathname}${url.search}`.replace(/^\/$/, "");
  const short = rest.length > 18 ? `${rest.slice(0, 18)}…` : rest;
  return `${url.hostname.replace(/^www\./, "")}${short}`;
}

/** A link off the site: never leaks the reader's page, never lends it our reputation. */
export function ExternalLink({ href, label }: { href: string; label?: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc" className="text-accent underline" title={href}>
      {label ?? linkLabel(href)}
      <span className="sr-only">（外部链接，在新窗口打开）</span>
    </a>
  );
}
