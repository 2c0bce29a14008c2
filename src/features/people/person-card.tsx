import { Link } from "react-router";
import type { Person } from "../../content/feed-schema";
import { paths } from "../../lib/paths";

/** One card for a person: used in the gallery and as the header of the profile page. */
export function PersonCard({ person, headingLevel = 2 }: { person: Person; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <div className="rounded-lg border border-black/10 bg-white/60 p-4">
      <Heading className="text-lg font-bold">
        {headingLevel === 1 ? person.name : <Link to={paths.person(person.id)} className="hover:underline">{person.name}</Link>}
      </Heading>
      <ul className="mt-1 flex flex-wrap gap-2" aria-label="荣誉">
        {person.honours.map((honour) => (
          <li key={honour} className="rounded bg-accent/10 px-2 py-0.5 text-sm text-accent">
            {honour}
          </li>
        ))}
      </ul>
      {person.organisation ? <p className="mt-2 text-sm text-muted">{person.organisation}</p> : null}
      {person.summary ? <p className="mt-2 text-sm leading-relaxed">{person.summary}</p> : null}
    </div>
  );
}
