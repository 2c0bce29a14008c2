import { Link } from "react-router";
import type { Person } from "../content/feed-schema";
import { paths } from "../lib/paths";

type Variant = "gallery" | "header" | "hover";

/** One card for a person: the gallery tile, the profile page's header, and the hover card. */
export function PersonCard({ person, variant = "gallery" }: { person: Person; variant?: Variant }) {
  const name =
    variant === "gallery" ? (
      <h2 className="text-lg font-bold">
        <Link to={paths.person(person.id)} className="hover:underline">
          {person.name}
        </Link>
      </h2>
    ) : variant === "header" ? (
      <h1 className="text-2xl font-bold">{person.name}</h1>
    ) : (
      <strong className="block text-base">{person.name}</strong>
    );
  return (
    <div className="rounded-lg border border-line bg-card p-4 text-ink">
      {name}
      <ul className="mt-1 flex flex-wrap gap-2" aria-label="荣誉称号">
        {person.honours.map((honour) => (
          <li key={honour} className="rounded bg-accent/10 px-2 py-0.5 text-sm text-accent">
            {honour}
          </li>
        ))}
      </ul>
      {person.organisation ? <p className="mt-2 text-sm text-muted">{person.organisation}</p> : null}
      {person.summary ? (
        <p className={`mt-2 text-sm leading-relaxed ${variant === "hover" ? "line-clamp-4" : ""}`}>{person.summary}</p>
      ) : null}
    </div>
  );
}
