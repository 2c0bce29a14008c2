import { queryOptions } from "@tanstack/react-query";
import * as v from "valibot";
import { PersonSchema, type Person } from "../../content/feed-schema";
import { fetchJson } from "../../lib/fetch-json";
import { cleanLabel } from "../../content/clean-text";
import { firstPageQuery } from "../../lib/feed-pages";

const PeopleEnvelope = v.object({ version: v.literal(1), people: v.array(v.unknown()) });

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
      const json = await fetchJson(url.href, signal);
      const doc = v.safeParse(PeopleEnvelope, json);
      if (!doc.success) throw new Error("人物资料格式无效");
      // One bad profile must not hide the others.
      return doc.output.people.flatMap((raw) => {
        const person = v.safeParse(PersonSchema, raw);
        if (!person.success) return [];
        const { name, honours } = person.output;
        return [{ ...person.output, name: cleanLabel(name), honours: honours.map(cleanLabel) }];
      });
    },
    staleTime: Infinity,
  });
