// people.json checked against the contract. Loaded with the fetch that needs it, not before:
// a prerendered page hydrates from its own data and loads no schema.
import * as v from "valibot";
import { PersonSchema, type Person } from "../../content/feed-schema";
import { cleanLabel } from "../../content/clean-text";

const PeopleEnvelope = v.object({ version: v.literal(1), people: v.array(v.unknown()) });

/** The profiles in a people document; one bad profile never hides the others. */
export function parsePeople(json: unknown): Person[] {
  const doc = v.safeParse(PeopleEnvelope, json);
  if (!doc.success) throw new Error("人物资料格式无效");
  return doc.output.people.flatMap((raw) => {
    const person = v.safeParse(PersonSchema, raw);
    if (!person.success) return [];
    const { name, honours } = person.output;
    return [{ ...person.output, name: cleanLabel(name), honours: honours.map(cleanLabel) }];
  });
}
