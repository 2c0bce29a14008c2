// Text as search units. Case and width are folded (NFKC, then lower case), character by
// character so every unit keeps its place in the original text for highlighting. Each Han
// (or kana, hangul) character is a unit of its own; a run of other letters and digits is one
// unit (a word); everything else (spaces, punctuation, emoji, symbols) separates runs.
// Traditional and simplified forms are not folded into each other.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;

/** One character folded: NFKC (full-width → half-width, compatibility forms), then lower case. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Fast paths (the same answers, without normalising): ASCII, and the common Han block.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  if (code >= 0x4e00 && code <= 0x9fff) return ch;
  return ch.normalize("NFKC").toLowerCase();
}

/** A folded character's class: a unit of its own, part of a word, or a separator. */
export function charClass(folded: string): "cjk" | "word" | "sep" {
  if (folded.length === 1) {
    const code = folded.charCodeAt(0);
    if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) ? "word" : "sep";
    if (code >= 0x4e00 && code <= 0x9fff) return "cjk";
  }
  if (folded === "") return "sep";
  if (CJK.test(folded)) return "cjk";
  for (const ch of folded) if (!WORD.test(ch)) return "sep";
  return "word";
}

/** One unit: its folded text and where it stands in the original string (UTF-16 offsets). */
export interface Unit {
  text: string;
  start: number;
  end: number;
  /** Position in the unit stream; a separator between runs adds one, so runs never touch. */
  pos: number;
}

/** The units of `text`, in order. */
export function units(text: string): Unit[] {
  const out: Unit[] = [];
  let pos = -1;
  let word: Unit | undefined;
  let gap = false;
  const open = (): number => {
    // A separator (or the start) before this unit: leave a hole so the runs never touch.
    pos += gap && out.length > 0 ? 2 : 1;
    gap = false;
    return pos;
  };
  let offset = 0;
  for (const ch of text) {
    const start = offset;
    offset += ch.length;
    const folded = foldChar(ch);
    const kind = charClass(folded);
    if (kind === "word") {
      if (word) {
        word.text += folded;
        word.end = offset;
      } else {
        word = { text: folded, start, end: offset, pos: open() };
        out.push(word);
      }
      continue;
    }
    word = undefined;
    if (kind === "sep") gap = true;
    else out.push({ text: folded, start, end: offset, pos: open() });
  }
  return out;
}

/** Units split into runs: units with no separator between them. */
export function runs(list: readonly Unit[]): Unit[][] {
  const out: Unit[][] = [];
  for (const unit of list) {
    const run = out.at(-1);
    const last = run?.at(-1);
    if (run && last && unit.pos === last.pos + 1) run.push(unit);
    else out.push([unit]);
  }
  return out;
}
