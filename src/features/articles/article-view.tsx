import type { ArticleItem, Person } from "../../content/feed-schema";
import { readingTime } from "../../content/reading-time";
import { splitMentions } from "../../content/mentions";
import { formatDate } from "../../lib/format-date";
import { PersonMention } from "../../components/person-mention";
import { ShareButton } from "../../components/share-button";
import { BookmarkButton } from "../library/bookmark-button";
import { Paragraph } from "./paragraph";
import { TableOfContents } from "./table-of-contents";
import { ReadingProgress } from "./reading-progress";
import { ResumePrompt } from "./resume-prompt";
import { useActiveSection } from "./use-active-section";
import { useReadingPosition } from "./use-reading-position";
import { numberSections } from "./number-sections";

interface Props {
  item: ArticleItem;
  people: readonly Person[];
  /** The paragraph a deep link points at (#p-N), to scroll to and mark. */
  marked: number | undefined;
  /** The article's path on this site; links are resolved against the page when copied. */
  sharePath: string;
}

export function ArticleView({ item, people, marked, sharePath }: Props) {
  const ext = item._qingyue;
  const sections = numberSections(ext.sections);
  const headings = sections.flatMap((s) => (s.heading ? [{ id: s.anchor, heading: s.heading }] : []));
  const active = useActiveSection(headings.map((h) => h.id));
  const saved = useReadingPosition(item.id);
  const date = item.date_published ? formatDate(item.date_published, ext.date_precision) : undefined;
  const time = readingTime(ext.sections.flatMap((s) => s.paragraphs));
  const renderText = (text: string) =>
    splitMentions(text, people).map((segment, i) =>
      segment.person ? (
        <PersonMention key={i} person={segment.person}>
          {segment.text}
        </PersonMention>
      ) : (
        segment.text
      ),
    );

  return (
    <div className="lg:grid lg:grid-cols-[1fr_12rem] lg:gap-10">
      <ReadingProgress targetId="article-body" />
      <article id="article-body" lang="zh-CN" aria-labelledby="article-title" className="prose-zh mx-auto w-full pr-6 md:pr-0">
        <header className="mb-8 space-y-3">
          <h1 id="article-title" className="text-[1.6em] font-bold leading-snug">
            {item.title}
          </h1>
          <p className="text-sm leading-relaxed text-muted">
            {ext.publisher ? <span>{ext.publisher}</span> : null}
            {ext.source ? <span> · 来源：{ext.source}</span> : null}
            {date ? (
              <span>
                {" · "}
                <time dateTime={item.date_published}>{date}</time>
              </span>
            ) : null}
            <span> · 阅读约需 {time.label.replace("约 ", "")}</span>
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <ShareButton title={item.title ?? "轻阅"} path={sharePath} />
            <BookmarkButton item={item} />
          </div>
        </header>
        {saved !== undefined && saved > 1 && marked === undefined ? <ResumePrompt paragraph={saved} /> : null}
        {headings.length > 0 ? (
          <details className="no-print mb-6 rounded border border-line p-3 text-base lg:hidden">
            <summary className="cursor-pointer">目录</summary>
            <div className="mt-2">
              <TableOfContents entries={headings} active={active} />
            </div>
          </details>
        ) : null}
        {sections.map((section) => (
          <section key={section.anchor} aria-labelledby={section.heading ? section.anchor : undefined}>
            {section.heading ? (
              <h2 id={section.anchor} className="mb-[0.8em] mt-[1.6em] scroll-mt-16 text-[1.2em] font-bold">
                <a href={`#${section.anchor}`} className="hover:underline">
                  {section.heading}
                </a>
              </h2>
            ) : null}
            {section.numbered.map((p) => (
              <Paragraph key={p.n} n={p.n} articlePath={sharePath} marked={p.n === marked}>
                {renderText(p.text)}
              </Paragraph>
            ))}
          </section>
        ))}
        {ext.byline ? <p className="mt-8 text-[0.85em] text-muted">{ext.byline.text}</p> : null}
      </article>
      <aside className="hidden lg:block" aria-label="文章导航">
        <div className="sticky top-6">
          <TableOfContents entries={headings} active={active} />
        </div>
      </aside>
    </div>
  );
}
