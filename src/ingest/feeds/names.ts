// The people a feed's one author field names. Feeds list co-authors in a single <author>,
// <dc:creator> or <itunes:author>: "张三、王五", "张三，王五", "张三, 王五", "Alice and Bob".
// A comma alone is a list only where its parts cannot be "Surname, Given" ("Smith, John"): Han
// names, or names of several words. "&" is left alone: "Johnson & Johnson" is one name.

const LIST = /\s*[、，；;]\s*/u;
const AND = /\s*,\s*(?:and\s+)?|\s+and\s+/iu;
const HAN = /^\p{Script=Han}[\p{Script=Han}·・]*$/u;

const filled = (parts: string[]) => parts.map((p) => p.trim()).filter((p) => p !== "");

/** The names a field gives, in its order; the field itself when it names one person. */
export function splitNames(field: string): string[] {
  return filled(field.split(LIST)).flatMap((part) => {
    if (/\sand\s/iu.test(part)) return filled(part.split(AND));
    const byComma = filled(part.split(","));
    return byComma.length > 1 && byComma.every((p) => HAN.test(p) || /\S\s+\S/u.test(p)) ? byComma : [part];
  });
}
