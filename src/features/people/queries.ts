import { queryOptions } from "@tanstack/react-query";
import type { Item, Person } from "../../content/feed-schema";
import { authorsOf, type AuthorProfile } from "../../content/profiles";
import { uniqueById } from "../../content/paging";
import { fetchJson } from "../../lib/fetch-json";
import { firstPageQuery, walkFeed } from "../../lib/feed-pages";
import { sameSite } from "../../lib/item-index";
import type { PeopleDocument } from "./parse-people";

interface LoadedPeople extends PeopleDocument {
  /** Where the document was read from: its authors_url is relative to it. */
  url?: string;
}

/** The people document named by page 1 of the feed (`_qingyue.people_url`); empty if absent. */
const peopleDocumentQuery = () =>
  queryOptions({
    queryKey: ["people-document"],
    queryFn: async ({ signal, client }): Promise<LoadedPeople> => {
      const first = await client.fetchQuery(firstPageQuery());
      const ref = first.page._qingyue?.people_url;
      const url = ref === undefined ? undefined : sameSite(ref, first.url);
      if (url === undefined) return { people: [], authors: undefined };
      // The schema loads while the document does.
      const parser = import("./parse-people");
      const json = await fetchJson(url, signal);
      return { ...(await parser).parsePeopleDocument(json), url };
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
 * The feed's authors: as the people document lists them (or the authors file it names), or
 * else found in the items of every page (a feed whose ingest does not list them).
 */
export const authorsQuery = () =>
  queryOptions({
    queryKey: ["people", "authors"],
    queryFn: async ({ client, signal }): Promise<AuthorProfile[]> => {
      const doc = await client.fetchQuery(peopleDocumentQuery());
      if (doc.authors) return doc.authors;
      const listedAt = doc.authorsUrl !== undefined && doc.url !== undefined ? sameSite(doc.authorsUrl, doc.url) : undefined;
      if (listedAt !== undefined) {
        const parser = import("./parse-people");
        const json = await fetchJson(listedAt, signal);
        return (await parser).parseAuthorsDocument(json);
      }
      const pages: Item[][] = [];
      for await (const { page } of walkFeed(client)) pages.push(page.items);
      return authorsOf(uniqueById(pages));
    },
    staleTime: Infinity,
  });
