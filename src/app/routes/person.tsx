import { Link, useParams } from "react-router";
import { useSuspenseQuery } from "@tanstack/react-query";
import { PageNotFound, type PageModule } from "../page-loads";
import { authorsQuery, peopleQuery } from "../../features/people/queries";
import { itemsByIdQuery } from "../../features/feed/data/item-queries";
import type { Person } from "../../content/feed-schema";
import type { AuthorProfile } from "../../content/profiles";
import { FeedList } from "../../features/feed/card/feed-list";
import { PersonCard } from "../../components/person-card";
import { itemPath, paths } from "../../lib/paths";
import { StoryHead } from "./story-head";

export const personPage: PageModule = {
  load: async ({ queryClient, params }) => {
    const people = await queryClient.ensureQueryData(peopleQuery());
    const person = people.find((p) => p.id === params.id);
    if (person) return queryClient.ensureQueryData(itemsByIdQuery(storyIds(person)));
    const authors = await queryClient.ensureQueryData(authorsQuery());
    const author = authors.find((a) => a.id === params.id);
    if (!author) throw new PageNotFound();
    return queryClient.ensureQueryData(itemsByIdQuery(author.items));
  },
  Component: PersonRoute,
};

/** The stories a profile shows or cites: the ones about the person, then the facts' sources. */
const storyIds = (person: Person) => [...new Set([...person.items, ...person.facts.map((fact) => fact.item)])];

function PersonRoute() {
  const { id = "" } = useParams();
  const { data: people } = useSuspenseQuery(peopleQuery());
  const person = people.find((p) => p.id === id);
  if (!person) return <AuthorPage id={id} />;
  return <PersonPage person={person} />;
}

/** An author's page: their card, then their posts. */
function AuthorPage({ id }: { id: string }) {
  const { data: authors } = useSuspenseQuery(authorsQuery());
  const author: AuthorProfile | undefined = authors.find((a) => a.id === id);
  const { data: items } = useSuspenseQuery(itemsByIdQuery(author?.items ?? []));
  if (!author) return null;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <StoryHead title={author.name} url={paths.person(author.id)} description={author.description ?? author.verified} type="profile" />
      <PersonCard person={author} variant="header" />
      <section aria-labelledby="stories-title" className="space-y-3">
        <h2 id="stories-title" className="text-lg font-bold">
          {author.name}的微博
        </h2>
        <FeedList items={items} />
      </section>
    </div>
  );
}

function PersonPage({ person }: { person: Person }) {
  const { data: items } = useSuspenseQuery(itemsByIdQuery(storyIds(person)));
  const byId = new Map(items.map((item) => [item.id, item]));
  const stories = person.items.flatMap((itemId) => byId.get(itemId) ?? []);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <StoryHead
        title={`${person.name}（${person.honours.join("、")}）`}
        url={paths.person(person.id)}
        description={person.summary ?? person.facts[0]?.text}
        type="profile"
      />
      <PersonCard person={person} variant="header" />
      <section aria-labelledby="facts-title" className="space-y-3">
        <h2 id="facts-title" className="text-lg font-bold">
          资料与出处
        </h2>
        <ul className="space-y-3">
          {person.facts.map((fact, index) => {
            const source = byId.get(fact.item);
            return (
              <li key={index} className="leading-relaxed">
                {fact.text}{" "}
                {source ? (
                  <Link to={`${itemPath(source)}#p-${fact.paragraph}`} className="whitespace-nowrap text-sm text-accent underline">
                    出处：第 {fact.paragraph} 段
                  </Link>
                ) : (
                  <span className="text-sm text-muted">（出处不在当前订阅源中）</span>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="stories-title" className="space-y-3">
        <h2 id="stories-title" className="text-lg font-bold">
          相关内容
        </h2>
        <FeedList items={stories} />
      </section>
    </div>
  );
}
