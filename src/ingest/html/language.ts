// The language a story is read in: the one its page declares, where the text bears it out, or,
// where the page declares none, the script its text is written in ("und-Arab": language
// undetermined, Arabic script), so that an Arabic or Hebrew story is set right to left and a
// Latin one in Latin type. Text in Han alone is left unnamed: on this site that means Chinese.
import type { Section } from "../../content/feed-schema";

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Scripts named by their ISO 15924 code, for a story whose page declares no language. */
const SCRIPTS: readonly [string, RegExp][] = [
  ["Latn", /\p{Script=Latin}/gu],
  ["Cyrl", /\p{Script=Cyrillic}/gu],
  ["Grek", /\p{Script=Greek}/gu],
  ["Arab", /\p{Script=Arabic}/gu],
  ["Hebr", /\p{Script=Hebrew}/gu],
  ["Thai", /\p{Script=Thai}/gu],
  ["Deva", /\p{Script=Devanagari}/gu],
  ["Armn", /\p{Script=Armenian}/gu],
  ["Geor", /\p{Script=Georgian}/gu],
];

/** Japanese writes its kanji among kana, Korean its hanja among hangul: Han there is not Chinese. */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;

/**
 * The page's declared language, where its text bears it out: many Chinese sites are built
 * from templates that say lang="en", and a Chinese story set as English would read badly.
 * Undeclared: the script of most of the story's letters, as an undetermined language's tag.
 */
export function storyLanguageOf(declared: string | undefined, sections: readonly Section[]): string | undefined {
  if (declared !== undefined && /^zh\b/iu.test(declared)) return declared;
  const text = sections.flatMap((s) => s.paragraphs).join("");
  const letters = count(text, /\p{L}/gu);
  const han = count(text, /\p{Script=Han}/gu);
  const kana = count(text, KANA);
  const hangul = count(text, HANGUL);
  if (declared !== undefined) {
    if (letters === 0 || (han / letters >= 0.2 && (kana + hangul) / letters < 0.1)) return undefined;
    // A template's lang="en" over an Arabic or Hebrew story: the story's script sets its direction.
    const script = scriptOf(text, letters);
    return script !== undefined && RTL.has(script) !== RTL.has(scriptOfTag(declared) ?? "") ? `und-${script}` : declared;
  }
  if (letters === 0) return undefined;
  if (kana / letters >= 0.1) return "und-Jpan";
  if (hangul / letters >= 0.1) return "und-Kore";
  if (han / letters >= 0.2) return undefined;
  const script = scriptOf(text, letters);
  return script !== undefined ? `und-${script}` : undefined;
}

const RTL = new Set(["Arab", "Hebr"]);

/** The script of most (three in five) of the text's letters, of those named above. */
function scriptOf(text: string, letters: number): string | undefined {
  const [script, n] = SCRIPTS.map(([code, re]): [string, number] => [code, count(text, re)]).sort((a, b) => b[1] - a[1])[0] as [string, number];
  return n >= 0.6 * letters ? script : undefined;
}

function scriptOfTag(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}
