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
  authors_url: v.optional(v.string()),
});

const AuthorsEnvelope = v.object({
  version: v.literal(1),
  authors: v.array(v.unknown()),
});

export interface PeopleDocument {
  people: Person[];
  /** Undefined when the document does not list the authors. */
  authors: AuthorProfile[] | undefined;
  /** Where the authors are listed instead, as written (relative to the document). */
  authorsUrl?: string;
}

/** Each author entry the contract accepts; a bad one is left out, never the rest. */
function readAuthors(entries: readonly unknown[]): AuthorProfile[] {
  return entries.flatMap((raw) => {
    const entry = v.safeParse(AuthorProfileSchema, raw);
    if (!entry.success) return [];
    const { id, items, ...author } = entry.output;
    return [{ ...authorProfile({ ...author, name: cleanLabel(author.name) }), id, items }];
  });
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
  const authors = doc.output.authors ? readAuthors(doc.output.authors) : undefined;
  const authorsUrl = doc.output.authors_url;
  return { people, authors, ...(authors === undefined && authorsUrl !== undefined ? { authorsUrl } : {}) };
}

/** The authors file a people document names. */
export function parseAuthorsDocument(json: unknown): AuthorProfile[] {
  const doc = v.safeParse(AuthorsEnvelope, json);
  if (!doc.success) throw new Error("作者资料格式无效");
  return readAuthors(doc.output.authors);
}
