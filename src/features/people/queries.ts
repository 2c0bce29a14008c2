import { queryOptions, type QueryClient } from "@tanstack/react-query";
import * as v from "valibot";
import { AuthorProfileSchema, PersonSchema, type Person } from "../../content/feed-schema";
import { fetchJson } from "../../lib/fetch-json";
import { cleanLabel } from "../../content/clean-text";
import { authorProfile, authorsOf, type AuthorProfile } from "../../content/profiles";
import { allItemsQuery, feedPageQuery } from "../feed/queries";
import { feedUrl } from "../feed/feed-api";

const PeopleEnvelope = v.object({
  version: v.literal(1),
  people: v.array(v.unknown()),
  authors: v.optional(v.array(v.unknown())),
});

interface PeopleDocument {
  people: Person[];
  /** Undefined when the document does not list the authors. */
  authors: AuthorProfile[] | undefined;
}

/** The people document named by page 1 of the feed (`_qingyue.people_url`); empty if absent. */
const peopleDocumentQuery = (queryClient: QueryClient) =>
  queryOptions({
    queryKey: ["people-document"],
    queryFn: async ({ signal }): Promise<PeopleDocument> => {
      const first = await queryClient.fetchQuery(feedPageQuery(feedUrl()));
      const ref = first.page._qingyue?.people_url;
      if (ref === undefined) return { people: [], authors: undefined };
      const url = new URL(ref, first.url);
      if (url.origin !== new URL(first.url).origin) return { people: [], authors: undefined };
      const json = await fetchJson(url.href, signal);
      const doc = v.safeParse(PeopleEnvelope, json);
      if (!doc.success) throw new Error("人物资料格式无效");
      // One bad profile must not hide the others.
      const people = doc.output.people.flatMap((raw) => {
        const person = v.safeParse(PersonSchema, raw);
        if (!person.success) return [];
        const { name, honours } = person.output;
        return [{ ...person.output, name: cleanLabel(name), honours: honours.map(cleanLabel) }];
      });
      const authors = doc.output.authors?.flatMap((raw) => {
        const entry = v.safeParse(AuthorProfileSchema, raw);
        if (!entry.success) return [];
        const { id, items, ...author } = entry.output;
        return [{ ...authorProfile({ ...author, name: cleanLabel(author.name) }), id, items }];
      });
      return { people, authors };
    },
    staleTime: Infinity,
  });

/** The people the stories are about, with their honours and the facts told of them. */
export const peopleQuery = (queryClient: QueryClient) =>
  // The query client is where the document is read from, not an input.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: ["people"],
    queryFn: async (): Promise<Person[]> => (await queryClient.fetchQuery(peopleDocumentQuery(queryClient))).people,
    staleTime: Infinity,
  });

/**
 * The feed's authors: as the people document lists them, or else found in the items of every
 * page (a feed whose ingest does not list them).
 */
export const authorsQuery = (queryClient: QueryClient) =>
  // The query client is where the document and the pages are read from, not an input.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: ["authors"],
    queryFn: async (): Promise<AuthorProfile[]> => {
      const listed = (await queryClient.fetchQuery(peopleDocumentQuery(queryClient))).authors;
      return listed ?? authorsOf(await queryClient.fetchQuery(allItemsQuery(queryClient)));
    },
    staleTime: Infinity,
  });
