import type { ArticleItem } from "../../content/feed-schema";
import { formatDate } from "../../lib/format-date";

/** Paragraph anchors count through the whole article, across sections: #p-1, #p-2, … */
function numberSections(item: ArticleItem) {
  let n = 0;
  return item._qingyue.sections.map((section, index) => ({
    ...section,
    anchor: `s-${index + 1}`,
    numbered: section.paragraphs.map((text) => ({ n: ++n, text })),
  }));
}

export function ArticleView({ item }: { item: ArticleItem }) {
  const ext = item._qingyue;
  const date = item.date_published ? formatDate(item.date_published, ext.date_precision) : undefined;
  return (
    <article lang="zh-CN" aria-labelledby="article-title" className="mx-auto max-w-[36em]">
      <header className="mb-6 space-y-2">
        <h1 id="article-title" className="text-2xl font-bold leading-snug">
          {item.title}
        </h1>
        <p className="text-sm text-muted">
          {[ext.publisher, ext.source ? `来源：${ext.source}` : undefined].filter(Boolean).join(" · ")}
          {date ? (
            <>
              {" · "}
              <time dateTime={item.date_published}>{date}</time>
            </>
          ) : null}
        </p>
      </header>
      {numberSections(item).map((section) => (
        <section key={section.anchor} aria-labelledby={section.heading ? section.anchor : undefined}>
          {section.heading ? (
            <h2 id={section.anchor} className="mb-3 mt-8 text-xl font-bold">
              {section.heading}
            </h2>
          ) : null}
          {section.numbered.map((p) => (
            <p key={p.n} id={`p-${p.n}`} className="mb-4 text-justify text-lg leading-[1.8]">
              {p.text}
            </p>
          ))}
        </section>
      ))}
      {ext.byline ? <p className="mt-8 text-sm text-muted">{ext.byline.text}</p> : null}
    </article>
  );
}
