// Powers, indices and formulas as a line of plain text reads them: "mc²", "H₂O", "x² + y² = r²".
// A story's text has no markup, so what a page raises or lowers (<sup>, <sub>, MathML's <msup>)
// is written in the characters made raised or lowered, where they exist.
import { ELEMENT, squash, tagOf, TEXT } from "./dom";

const SUPERSCRIPT = new Map(Array.from("0123456789+-−=()ni", (c, i) => [c, "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ"[i] as string]));
const SUBSCRIPT = new Map(Array.from("0123456789+-−=()", (c, i) => [c, "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎"[i] as string]));

/** The text raised (or lowered) character by character; undefined where one has no such form. */
function shifted(text: string, forms: ReadonlyMap<string, string>): string | undefined {
  const chars = Array.from(text, (c) => forms.get(c));
  return text !== "" && chars.every((c) => c !== undefined) ? chars.join("") : undefined;
}

export const raised = (text: string) => shifted(text, SUPERSCRIPT);
export const lowered = (text: string) => shifted(text, SUBSCRIPT);

/** A group of more than one character, bracketed where it is written inline ("^(n+1)", "(a+b)/2"). */
const group = (text: string) => ([...text].length > 1 ? `(${text})` : text);

/**
 * A MathML formula as text: its powers and indices raised and lowered (else written "^(…)" and
 * "_(…)"), its fractions "a/b", its roots "√x"; the TeX source a renderer keeps beside it
 * (<annotation>) is not read twice.
 */
export function mathText(math: Element): string {
  const parts = (el: Element) => Array.from(el.childNodes, (node) => (node.nodeType === ELEMENT ? mathText(node as Element) : node.nodeType === TEXT ? squash(node.textContent ?? "") : ""));
  const tag = tagOf(math);
  if (tag === "annotation" || tag === "annotation-xml") return "";
  const [a = "", b = "", c = ""] = Array.from(math.children, (child) => mathText(child));
  switch (tag) {
    case "msup":
      return `${a}${raised(b) ?? `^${group(b)}`}`;
    case "msub":
      return `${a}${lowered(b) ?? `_${group(b)}`}`;
    case "msubsup":
      return `${a}${lowered(b) ?? `_${group(b)}`}${raised(c) ?? `^${group(c)}`}`;
    case "mfrac":
      return `${group(a)}/${group(b)}`;
    case "msqrt":
      return `√${group(parts(math).join(""))}`;
    case "mroot":
      return `${raised(b) ?? ""}√${group(a)}`;
    default:
      return parts(math).join("");
  }
}
