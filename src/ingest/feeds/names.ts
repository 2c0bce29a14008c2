// The people a feed's one author field names. Feeds list co-authors in a single <author>,
// <dc:creator> or <itunes:author>: "张三、王五", "张三，王五", "张三, 王五", "Alice and Bob".
// A comma alone is a list only where its parts cannot be "Surname, Given" ("Smith, John"): Han
// names, or names of several words. "and" parts capitalised names only; "&" is left alone:
// "Johnson & Johnson" is one name.

const LIST = /\s*[、，；;]\s*/u;
const AND = /\s*,\s*(?:and\s+)?|\s+and\s+/iu;
const HAN = /^\p{Script=Han}[\p{Script=Han}·・]*$/u;
/** A word of a person's name: capitalised ("Smith", "O'Brien", "J."). */
const PERSON_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

const filled = (parts: string[]) => parts.map((p) => p.trim()).filter((p) => p !== "");

/** The names a field gives, in its order; the field itself when it names one person. */
export function splitNames(field: string): string[] {
  return filled(field.split(LIST)).flatMap((part) => {
    if (/\sand\s/iu.test(part)) {
      const names = filled(part.split(AND));
      // "Department of Health and Human Services" is one body's name: a list is of names alone.
      if (names.every((n) => n.split(/\s+/u).every((word) => PERSON_WORD.test(word)))) return names;
    }
    const byComma = filled(part.split(","));
    return byComma.length > 1 && byComma.every((p) => HAN.test(p) || /\S\s+\S/u.test(p)) ? byComma : [part];
  });
}
