// The truth search is measured against, read from the rules independently of the index:
// a story matches when its folded title or text holds every term of the query, Latin words
// whole. Folding is NFKC then lower case, character by character, as the app folds.
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORDISH.test(ch) && !CJK.test(ch);

export const fold = (s: string) => [...s].map((ch) => ch.normalize("NFKC").toLowerCase()).join("");

function contains(text: string, term: string): boolean {
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
    if (isWord(term[0]) && isWord(text[i - 1])) continue;
    if (isWord(term.at(-1)) && isWord(text[i + term.length])) continue;
    return true;
  }
  return false;
}

export interface FoldedDoc {
  id: string;
  /** The folded title and text. */
  folded: string[];
}

export const foldDoc = (doc: { id: string; title?: string; text: string }): FoldedDoc => ({
  id: doc.id,
  folded: [fold(doc.title ?? ""), fold(doc.text)],
});

/** The ids of the stories that hold every term of `query`. */
export function truth(docs: readonly FoldedDoc[], query: string): string[] {
  const terms = fold(query).split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
  if (terms.length === 0) return [];
  return docs.filter((d) => terms.every((t) => d.folded.some((f) => contains(f, t)))).map((d) => d.id);
}

/** `count` queries cut from the stories' own text (1 to 8 characters, titles now and then), seeded. */
export function drawQueries(docs: readonly { title?: string; text: string }[], count: number, random: () => number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const source = docs[Math.floor(random() * docs.length)]!;
    const text = [...(random() < 0.2 && source.title ? source.title : source.text)];
    const length = 1 + Math.floor(random() * 8);
    const start = Math.floor(random() * Math.max(1, text.length - length));
    const query = text.slice(start, start + length).join("").trim();
    if (/[\p{L}\p{N}]/u.test(query)) out.push(query);
  }
  return out;
}
