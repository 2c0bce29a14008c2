import { Link } from "react-router";
import type { SearchDoc } from "../../content/search/index-builder";
import { matchRanges, segments, snippet } from "../../content/search/snippet";
import type { Term } from "../../content/search/terms";
import { itemPath } from "../../lib/paths";
import { KIND_WORDS as KIND_LABEL } from "../../content/weibo-source";
import { fullWidthPunctuation } from "../../content/cjk-punctuation";
import { Highlighted } from "./highlighted";

const LEAD = 40;

/** One result: kind, the title (or the start of the text) and a snippet, matches marked. */
export function SearchResult({ doc, terms }: { doc: SearchDoc; terms: readonly Term[] }) {
  // Shown as the story and its card show it: half-width , : ; ! ? between Han full-width.
  // Matches are found in the text as shown.
  const title = doc.title === undefined ? undefined : fullWidthPunctuation(doc.title);
  const text = fullWidthPunctuation(doc.text);
  const heading = title ?? (text.split("\n")[0] ?? "");
  const cut = !title && heading.length > LEAD ? `${heading.slice(0, LEAD)}…` : heading;
  const body = snippet(text, terms);
  return (
    <article className="rounded-lg border border-line bg-card p-4">
      <p className="mb-1 text-xs text-muted">{KIND_LABEL[doc.kind]}</p>
      <h2 className="text-base font-semibold leading-relaxed">
        <Link to={itemPath({ id: doc.id, _qingyue: { kind: doc.kind } })} className="hover:text-accent hover:underline">
          <Highlighted segments={segments(cut, matchRanges(cut, terms))} />
        </Link>
      </h2>
      <p className="mt-1 text-sm leading-relaxed text-muted">
        {body.before ? "…" : null}
        <Highlighted segments={body.segments} />
        {body.after ? "…" : null}
      </p>
    </article>
  );
}
