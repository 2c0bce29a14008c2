/** A link off the site: never leaks the reader's page, never lends it our reputation. */
export function ExternalLink({ href, label }: { href: string; label?: string }) {
  const text = label ?? (/^https?:\/\/t\.cn\//i.test(href) ? "网页链接" : href);
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc" className="text-accent underline">
      {text}
      <span className="sr-only">（在新窗口打开）</span>
    </a>
  );
}
