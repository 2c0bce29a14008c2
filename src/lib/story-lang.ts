// The language a story is read in: its own `language`, else its feed's, else Chinese.
// A tag that is not a real language tag is not put on the page.

export interface StoryLanguage {
  /** A valid BCP 47 tag for the story's `lang` attribute. */
  lang: string;
  /** Chinese (or unknown, which on this site means Chinese): zh-CN typography. */
  chinese: boolean;
  /** Which way its lines run: right to left for Arabic, Hebrew and the other scripts written so. */
  dir: "ltr" | "rtl";
}

/** Scripts written right to left (ISO 15924). */
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Mand", "Samr", "Rohg", "Mend"]);

/** The direction of a language's usual script: "ar" → Arab → right to left. */
function directionOf(lang: string): "ltr" | "rtl" {
  try {
    return RTL_SCRIPTS.has(new Intl.Locale(lang).maximize().script ?? "") ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}

function canonical(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

export function storyLanguage(itemLanguage: string | undefined, feedLanguage?: string | undefined): StoryLanguage {
  const lang = canonical(itemLanguage) ?? canonical(feedLanguage) ?? "zh-CN";
  return { lang, chinese: /^zh\b/i.test(lang), dir: directionOf(lang) };
}

/** The reading column's class for a story in this language: Chinese, Japanese or Korean (set by :lang() in index.css), or any other. */
export const proseClass = ({ chinese, lang }: StoryLanguage) => (chinese ? "prose-zh" : /^(?:ja|ko)\b/iu.test(lang) ? "prose-cjk" : "prose-latin");
