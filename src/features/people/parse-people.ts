// people.json checked against the contract. Loaded with the fetch that needs it, not before:
// a prerendered page hydrates from its own data and loads no schema.
import * as v from "valibot";
import { AuthorProfileSchema, PersonSchema, type Person } from "../../content/feed-schema";
import { cleanLabel } from "../../content/clean-text";
import { authorProfile, type AuthorProfile } from "../../content/profiles";

const PeopleEnvelope = v.object({
  version: v.literal(1),
  people: v.array(v.unknown()),
  authors: v.optional(v.array(v.unknown())),
});

export interface PeopleDocument {
  people: Person[];
  /** Undefined when the document does not list the authors. */
  authors: AuthorProfile[] | undefined;
}

/** The profiles and authors in a people document; one bad entry never hides the others. */
export function parsePeopleDocument(json: unknown): PeopleDocument {
  const doc = v.safeParse(PeopleEnvelope, json);
  if (!doc.success) throw new Error("人物资料格式无效");
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
}
