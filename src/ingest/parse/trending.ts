// Trending and related lists ("✋热门推荐", "热点推荐", "相关阅读" with "  • " items). The source
// lists the opening of each post and cuts it off: an item only counts as whole when it ends
// the way a finished post ends.

export interface ParsedTrending {
  text: string;
  /** The list heading without decoration, e.g. "热门推荐". */
  list?: string;
  truncated: boolean;
}

/** Ellipses are how list widgets mark a cut, so a snippet ending in one is not whole. */
const ELLIPSIS_END = /(?:…|\.{2,}|。{2,})$/u;
/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？!?~～.．][”’」』）)"'》】]*$/u;
/** A Weibo emoticon code or an emoji: posts commonly end on one. */
const PICTURE_END = /(?:\[\p{L}{1,6}\]|\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F\u200D\p{Extended_Pictographic}]*)$/u;

/**
 * True when the snippet stops mid-sentence. A closing quote alone (…称为“守门员”) does not make
 * a sentence whole; a quote after 。 or ！ does. Unknown endings count as cut: we never pretend
 * a snippet is the whole post.
 */
export function isCutOff(text: string): boolean {
  const t = text.trimEnd();
  if (t === "" || ELLIPSIS_END.test(t)) return true;
  return !(SENTENCE_END.test(t) || PICTURE_END.test(t));
}

export function trendingItem(text: string, list: string | undefined): ParsedTrending {
  return { text, ...(list !== undefined ? { list } : {}), truncated: isCutOff(text) };
}
