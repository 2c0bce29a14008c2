import { useSuspenseQuery } from "@tanstack/react-query";
import type { PageModule } from "../page-loads";
import { authorsQuery, peopleQuery } from "../../features/people/queries";
import { PersonCard } from "../../components/person-card";
import type { Profile } from "../../content/profiles";

export const peoplePage: PageModule = {
  load: ({ queryClient }) => Promise.all([queryClient.ensureQueryData(peopleQuery()), queryClient.ensureQueryData(authorsQuery())]),
  Component: PeopleRoute,
};

function Gallery({ id, title, profiles }: { id: string; title: string; profiles: readonly Profile[] }) {
  if (profiles.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {profiles.map((profile) => (
          <li key={profile.id}>
            <PersonCard person={profile} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function PeopleRoute() {
  const { data: people } = useSuspenseQuery(peopleQuery());
  const { data: authors } = useSuspenseQuery(authorsQuery());
  return (
    <section aria-labelledby="people-title" className="mx-auto max-w-3xl space-y-6">
      <title>人物 · 轻阅</title>
      <h1 id="people-title" className="text-xl font-bold">
        人物
      </h1>
      {people.length === 0 && authors.length === 0 ? <p className="text-muted">订阅源里还没有人物资料。</p> : null}
      <Gallery id="authors-title" title="作者" profiles={authors} />
      <Gallery id="subjects-title" title="报道中的人物" profiles={people} />
    </section>
  );
}
