import { canonicalUrl } from "../../lib/site";

interface Props {
  title: string;
  /** The story's path or URL on this site. */
  url: string;
  description?: string;
  image?: string;
  type?: "article" | "website" | "profile";
  /** The document's whole title, where it is not "<title> · 轻阅" (the home page). */
  documentTitle?: string;
}

/**
 * A story's <head>: title, canonical link, description, and the Open Graph and Twitter
 * tags that link previews read. React hoists them into <head>; the build prerenders them
 * into each story's HTML, because preview crawlers run no script.
 */
export function StoryHead({ title, url, description, image, type = "article", documentTitle }: Props) {
  const canonical = canonicalUrl(url);
  const text = description?.replace(/\s+/g, " ").trim().slice(0, 160);
  return (
    <>
      <title>{documentTitle ?? `${title} · 轻阅`}</title>
      <link rel="canonical" href={canonical} />
      {text ? <meta name="description" content={text} /> : null}
      <meta property="og:type" content={type} />
      <meta property="og:site_name" content="轻阅" />
      <meta property="og:locale" content="zh_CN" />
      <meta property="og:title" content={title} />
      <meta property="og:url" content={canonical} />
      {text ? <meta property="og:description" content={text} /> : null}
      {image ? <meta property="og:image" content={canonicalUrl(image)} /> : null}
      <meta name="twitter:card" content={image ? "summary_large_image" : "summary"} />
      <meta name="twitter:title" content={title} />
      {text ? <meta name="twitter:description" content={text} /> : null}
    </>
  );
}
