// Whether text read as windows-1252 (what an ISO-8859-1 label means, and a server's or an old
// CMS's default) is Latin-1 text at all. In the languages Latin-1 was made for, its non-ASCII
// characters are accented letters inside words of plain ones ("Größe", "élection"). Bytes of
// another script read so come out as runs of accented capitals and signs ("ÃÎÈÇÑ ÇáÑíÇÖÉ",
// "¿À´ÃÀÇ", "½­³Ç´óÇÅ"); Latin-2 and Latin-5 text (Polish, Czech, Hungarian, Turkish) as words
// with signs inside them ("Wiadomo¶ci", "szko³ach") or with the letters that stand in their
// bytes for ő, ű, ş, ğ, ı, ř, ě ("közlekedésrõl", "çýkan").

/**
 * Latin-1's signs that Latin text hardly uses (¤ ¦ ¨ ¬ ¯ ± ² ³ ´ µ ¶ ¸ ¹ º ¼ ½ ¾ ¿ ¡ ¢ ¥ ª × ÷),
 * and that Chinese or Korean bytes read as Latin-1 are full of.
 */
const RARE_IN_LATIN = /[\u00a1\u00a2\u00a4-\u00a6\u00a8\u00aa\u00ac\u00af\u00b1-\u00b6\u00b8-\u00ba\u00bc-\u00bf\u00d7\u00f7]/u;
/** Those signs between two letters (´ apart: it stands for an apostrophe in "l´été"). */
const SIGN_IN_WORD = /\p{L}[\u00a1\u00a2\u00a4-\u00a6\u00a8\u00aa\u00ac\u00af\u00b1-\u00b3\u00b5\u00b6\u00b8-\u00ba\u00bc-\u00bf]\p{L}/u;
/** Letters Latin-1's languages seldom write and Latin-2's or Latin-5's bytes give often: õ û (ő ű), ý þ ð (ı ş ğ), ø ì ò ù ï (ř ě ň ů ď). */
const OTHER_LATIN_LETTER = /[õûýþðÕÛÝÞÐøìòùï]/u;

/** How much of a reading is judged. */
const JUDGED_CHARS = 64 * 1024;

export type LatinShape = "latin" | "other-latin" | "other-script";

export function latinShape(text: string): LatinShape {
  const judged = text.slice(0, JUDGED_CHARS);
  let wide = 0;
  let plain = 0;
  let rare = 0;
  for (const [token] of judged.matchAll(/[^\s<>]+/gu)) {
    if (!/[^\p{ASCII}]/u.test(token)) continue;
    for (const ch of token) {
      if (ch.charCodeAt(0) >= 0x80) {
        wide += 1;
        if (RARE_IN_LATIN.test(ch)) rare += 1;
      } else if (/[A-Za-z]/u.test(ch)) plain += 1;
    }
  }
  // Another script: more non-ASCII characters than plain letters beside them, twice over, or
  // a sixth of them signs.
  if (wide >= 4 && (wide > plain * 2 || rare * 6 >= wide)) return "other-script";
  return SIGN_IN_WORD.test(judged) || OTHER_LATIN_LETTER.test(judged) ? "other-latin" : "latin";
}
