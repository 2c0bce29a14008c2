import { Link } from "react-router";
import type { Profile } from "../content/profiles";
import { paths } from "../lib/paths";
import { Avatar } from "./post/avatar";
import { VerifiedMark } from "./post/verified-mark";
import { fullWidthPunctuation } from "../content/cjk-punctuation";
import { showCount } from "../content/counts";

type Variant = "gallery" | "header" | "hover";

/**
 * One card for a person, an author or someone a story is about: the gallery tile, the
 * profile page's header, and the hover card. It shows what the data gives and nothing else.
 */
export function PersonCard({
  person,
  variant = "gallery",
  headingLevel = 2,
}: {
  person: Profile;
  variant?: Variant;
  /** The gallery tile's heading level: 3 where the gallery has headings of its own. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const nameText = (
    <>
      {person.name}
      {person.verified ? <VerifiedMark reason={person.verified} /> : null}
    </>
  );
  const name =
    variant === "gallery" ? (
      <Heading className="text-lg font-bold">
        <Link to={paths.person(person.id)} className="hover:underline">
          {nameText}
        </Link>
      </Heading>
    ) : variant === "header" ? (
      <h1 className="text-2xl font-bold">{nameText}</h1>
    ) : (
      <strong className="block text-base">{nameText}</strong>
    );
  const hasPicture = person.avatar !== undefined || person.verified !== undefined || person.followers !== undefined;
  return (
    <div className="rounded-lg border border-line bg-card p-4 text-ink">
      <div className={hasPicture ? "flex items-start gap-3" : ""}>
        {hasPicture ? <Avatar name={person.name} src={person.avatar} size={variant === "header" ? "lg" : "md"} /> : null}
        <div className="min-w-0">
          {name}
          {person.verified ? <p className="text-sm text-muted">{person.verified}</p> : null}
          {person.followers ? <p className="text-sm text-muted">粉丝 {showCount(person.followers)}</p> : null}
        </div>
      </div>
      {person.honours && person.honours.length > 0 ? (
        <ul className="mt-1 flex flex-wrap gap-2" aria-label="荣誉称号">
          {person.honours.map((honour) => (
            <li key={honour} className="rounded bg-accent/10 px-2 py-0.5 text-sm text-accent">
              {honour}
            </li>
          ))}
        </ul>
      ) : null}
      {person.organisation ? <p className="mt-2 text-sm text-muted">{person.organisation}</p> : null}
      {person.description ? (
        <p className={`mt-2 text-sm leading-relaxed ${variant === "hover" ? "line-clamp-3" : ""}`}>{fullWidthPunctuation(person.description)}</p>
      ) : null}
      {person.summary ? (
        <p className={`mt-2 text-sm leading-relaxed ${variant === "hover" ? "line-clamp-4" : ""}`}>{fullWidthPunctuation(person.summary)}</p>
      ) : null}
    </div>
  );
}
