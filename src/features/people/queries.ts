import { queryOptions } from "@tanstack/react-query";
import type { Item, Person } from "../../content/feed-schema";
import { authorsOf, type AuthorProfile } from "../../content/profiles";
import { uniqueById } from "../../content/paging";
import { fetchJson } from "../../lib/fetch-json";
import { firstPageQuery, walkFeed } from "../../lib/feed-pages";
import type { PeopleDocument } from "./parse-people";

/** The people document named by page 1 of the feed (`_qingyue.people_url`); empty if absent. */
const peopleDocumentQuery = () =>
  queryOptions({
    queryKey: ["people-document"],
    queryFn: async ({ signal, client }): Promise<PeopleDocument> => {
      const first = await client.fetchQuery(firstPageQuery());
      const ref = first.page._qingyue?.people_url;
      if (ref === undefined) return { people: [], authors: undefined };
      const url = new URL(ref, first.url);
      if (url.origin !== new URL(first.url).origin) return { people: [], authors: undefined };
      // The schema loads while the document does.
      const parser = import("./parse-people");
      const json = await fetchJson(url.href, signal);
      return (await parser).parsePeopleDocument(json);
    },
    staleTime: Infinity,
  });

/** The people the stories are about, with their honours and the facts told of them. */
export const peopleQuery = () =>
  queryOptions({
    queryKey: ["people"],
    queryFn: async ({ client }): Promise<Person[]> => (await client.fetchQuery(peopleDocumentQuery())).people,
    staleTime: Infinity,
  });

/**
 * The feed's authors: as the people document lists them, or else found in the items of every
 * page (a feed whose ingest does not list them).
 */
export const authorsQuery = () =>
  queryOptions({
    queryKey: ["people", "authors"],
    queryFn: async ({ client }): Promise<AuthorProfile[]> => {
      const listed = (await client.fetchQuery(peopleDocumentQuery())).authors;
      if (listed) return listed;
      const pages: Item[][] = [];
      for await (const { page } of walkFeed(client)) pages.push(page.items);
      return authorsOf(uniqueById(pages));
    },
    staleTime: Infinity,
  });
