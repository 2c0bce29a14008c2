// The language a story is read in: its own `language`, else its feed's, else Chinese.
// A tag that is not a real language tag is not put on the page.

export interface StoryLanguage {
  /** A valid BCP 47 tag for the story's `lang` attribute. */
  lang: string;
  /** Chinese (or unknown, which on this site means Chinese): zh-CN typography. */
  chinese: boolean;
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
  return { lang, chinese: /^zh\b/i.test(lang) };
}

/** The reading column's class for a story in this language. */
export const proseClass = ({ chinese }: StoryLanguage) => (chinese ? "prose-zh" : "prose-latin");
