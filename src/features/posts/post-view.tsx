import type { PostItem, TrendingItem } from "../../content/feed-schema";
import { TruncatedMark } from "../../components/truncated-mark";
import { ExternalLink } from "../../components/external-link";

export function PostView({ item }: { item: PostItem }) {
  const ext = item._qingyue;
  return (
    <article lang="zh-CN" aria-labelledby="post-title" className="mx-auto max-w-[36em] space-y-4">
      <h1 id="post-title" className="text-xl font-bold leading-snug">
        {ext.headline ?? item.title ?? "微博"}
      </h1>
      {ext.paragraphs.map((text, index) => (
        <p key={index} id={`p-${index + 1}`} className="text-lg leading-[1.8]">
          {text}
        </p>
      ))}
      {ext.topics && ext.topics.length > 0 ? (
        <p className="text-sm text-muted">话题：{ext.topics.map((t) => `#${t}#`).join(" ")}</p>
      ) : null}
      {ext.links && ext.links.length > 0 ? (
        <ul className="text-sm">
          {ext.links.map((href) => (
            <li key={href}>
              <ExternalLink href={href} />
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

export function TrendingView({ item }: { item: TrendingItem }) {
  const ext = item._qingyue;
  return (
    <article lang="zh-CN" aria-labelledby="post-title" className="mx-auto max-w-[36em] space-y-4">
      <h1 id="post-title" className="text-xl font-bold">
        {ext.list ?? "热门"}摘录
      </h1>
      <p className="text-lg leading-[1.8]">
        {ext.text}
        {ext.truncated ? <TruncatedMark /> : null}
      </p>
      {ext.truncated ? (
        <p className="text-sm text-muted">来源页面只列出了这条微博的开头，这里没有全文。</p>
      ) : null}
    </article>
  );
}
