import { useSuspenseQuery, type QueryClient } from "@tanstack/react-query";
import { peopleQuery } from "../../features/people/queries";
import { PersonCard } from "../../components/person-card";

export function peopleRoute(queryClient: QueryClient) {
  return {
    loader: async () => {
      await queryClient.ensureQueryData(peopleQuery());
      return null;
    },
    Component: PeopleRoute,
  };
}

function PeopleRoute() {
  const { data: people } = useSuspenseQuery(peopleQuery());
  return (
    <section aria-labelledby="people-title" className="mx-auto max-w-3xl space-y-4">
      <title>人物 · 轻阅</title>
      <h1 id="people-title" className="text-xl font-bold">
        人物
      </h1>
      {people.length === 0 ? <p className="text-muted">订阅源里还没有人物资料。</p> : null}
      <ul className="grid gap-3 sm:grid-cols-2">
        {people.map((person) => (
          <li key={person.id}>
            <PersonCard person={person} />
          </li>
        ))}
      </ul>
    </section>
  );
}
