import { data, Link, useParams, type LoaderFunctionArgs } from "react-router";
import { useQueryClient, useSuspenseQuery, type QueryClient } from "@tanstack/react-query";
import { peopleQuery } from "../../features/people/queries";
import { PersonCard } from "../../components/person-card";
import { paths } from "../../lib/paths";

export function personRoute(queryClient: QueryClient) {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const people = await queryClient.ensureQueryData(peopleQuery(queryClient));
      if (!people.some((p) => p.id === params.id)) throw data(null, { status: 404 });
      return null;
    },
    Component: PersonRoute,
  };
}

function PersonRoute() {
  const { id = "" } = useParams();
  const queryClient = useQueryClient();
  const { data: people } = useSuspenseQuery(peopleQuery(queryClient));
  const person = people.find((p) => p.id === id);
  if (!person) return null;
  return (
    <section className="space-y-4">
      <title>{`${person.name} · 人物 · 轻阅`}</title>
      <PersonCard person={person} variant="header" />
      <h2 className="text-lg font-bold">资料出处</h2>
      <ul className="space-y-3">
        {person.facts.map((fact, index) => (
          <li key={index} className="leading-relaxed">
            {fact.text}{" "}
            {/* Articles and posts share paragraph anchors; the item route redirects by kind. */}
            <Link to={`${paths.post(fact.item)}#p-${fact.paragraph}`} className="text-sm text-accent underline">
              出处（第 {fact.paragraph} 段）
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
