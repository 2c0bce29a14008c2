import type { ArticleItem, Person } from "../../content/feed-schema";
import { readingTime } from "../../content/reading-time";
import { splitMentions } from "../../content/mentions";
import { fullWidthPunctuation } from "../../content/cjk-punctuation";
import { ownDirection } from "../../content/text-direction";
import { PersonMention } from "../../components/person-mention";
import { Paragraph } from "./paragraph";
import { storyHtml } from "../../components/story-html-loader";
import { StoryAttachments } from "../../components/story-attachments";
import { ReadOriginal, StoryTags } from "../../components/story-extras";
import { proseClass, type StoryLanguage } from "../../lib/story-lang";
import { ArticleHeader } from "./article-header";
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
  /** Where the article's relative links point from (content/story-base.ts). */
  base: string;
  language: StoryLanguage;
}

export function ArticleView({ item, people, marked, sharePath, base, language }: Props) {
  const ext = item._qingyue;
  const sections = numberSections(ext.sections);
  // A story published as HTML is shown as its HTML, its contents read from its headings.
  // Loaded by the route for a story with HTML (components/story-html-loader.ts).
  const view = item.content_html ? storyHtml() : undefined;
  const story = item.content_html && view ? view.readStoryHtml(item.content_html, base, language.chinese, language.dir) : undefined;
  const headings = story?.headings ?? sections.flatMap((s) => (s.heading ? [{ id: s.anchor, heading: s.heading }] : []));
  const active = useActiveSection(headings.map((h) => h.id));
  const saved = useReadingPosition(item.id);
  const time = readingTime(ext.sections.flatMap((s) => s.paragraphs));
  const shown = (text: string) => (language.chinese ? fullWidthPunctuation(text) : text);
  const renderText = (text: string) =>
    splitMentions(shown(text), people).map((segment, i) =>
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
      <article id="article-body" lang={language.lang} dir={language.dir} aria-labelledby="article-title" className={`${proseClass(language)} mx-auto w-full pr-6 md:pr-0`}>
        <ArticleHeader item={item} title={shown(item.title ?? "")} readingLabel={time.label.replace("约 ", "")} sharePath={sharePath} />
        {saved !== undefined && saved > 1 && marked === undefined ? <ResumePrompt paragraph={saved} /> : null}
        {headings.length > 0 ? (
          <details className="no-print mb-6 rounded border border-line p-3 text-base lg:hidden">
            <summary className="cursor-pointer">目录</summary>
            <div className="mt-2">
              <TableOfContents entries={headings} active={active} />
            </div>
          </details>
        ) : null}
        {story && view ? (
          <view.StoryHtml
            story={story}
            marked={marked}
            people={people}
            paragraph={({ n, attributes, children }) => (
              // Each paragraph has its link to copy, as one shown as paragraphs has.
              <Paragraph n={n} articlePath={sharePath} marked={n === marked} attributes={attributes} spaced={false}>
                {children}
              </Paragraph>
            )}
          />
        ) : null}
        {story ? null : sections.map((section) => (
          <section key={section.anchor} aria-labelledby={section.heading ? section.anchor : undefined}>
            {section.heading ? (
              <h2 id={section.anchor} dir={ownDirection(section.heading, language.dir)} className="mb-[0.8em] mt-[1.6em] scroll-mt-16 text-[1.2em] font-bold">
                <a href={`#${section.anchor}`} className="hover:underline">
                  {shown(section.heading)}
                </a>
              </h2>
            ) : null}
            {section.numbered.map((p) => (
              <Paragraph key={p.n} n={p.n} articlePath={sharePath} marked={p.n === marked} attributes={{ dir: ownDirection(p.text, language.dir) }}>
                {renderText(p.text)}
              </Paragraph>
            ))}
          </section>
        ))}
        {ext.truncated ? (
          <p className="mt-6 text-[0.85em] text-muted">
            {item.external_url ? "原网页只给出了这篇文章的开头，全文请点下面的“阅读原文”。" : "原网页只给出了这篇文章的开头，这里没有全文。"}
          </p>
        ) : null}
        {ext.byline ? <p className="mt-8 text-[0.85em] text-muted">{ext.byline.text}</p> : null}
        <StoryAttachments attachments={item.attachments} />
        <StoryTags tags={item.tags} />
        <ReadOriginal href={item.external_url} />
      </article>
      <aside className="hidden lg:block" aria-label="文章导航">
        <div className="sticky top-6">
          <TableOfContents entries={headings} active={active} />
        </div>
      </aside>
    </div>
  );
}
