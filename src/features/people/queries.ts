import { queryOptions } from "@tanstack/react-query";
import type { Person } from "../../content/feed-schema";
import { fetchJson } from "../../lib/fetch-json";
import { firstPageQuery } from "../../lib/feed-pages";

/** The people profiles named by page 1 of the feed (`_qingyue.people_url`); none if absent. */
export const peopleQuery = () =>
  queryOptions({
    queryKey: ["people"],
    queryFn: async ({ signal, client }): Promise<Person[]> => {
      const first = await client.fetchQuery(firstPageQuery());
      const ref = first.page._qingyue?.people_url;
      if (ref === undefined) return [];
      const url = new URL(ref, first.url);
      if (url.origin !== new URL(first.url).origin) return [];
      // The schema loads while the document does.
      const parser = import("./parse-people");
      const json = await fetchJson(url.href, signal);
      return (await parser).parsePeople(json);
    },
    staleTime: Infinity,
  });
