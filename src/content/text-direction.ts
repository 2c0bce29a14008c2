// Which way a paragraph's own words run, by most of its letters: an English quote in a Hebrew
// story runs left to right, an Arabic paragraph in a story said to be English right to left.
// Counted rather than left to the browser's dir="auto", which goes by the first letter alone
// and would turn a Hebrew paragraph that opens with "Google" left to right.

/** Letters of the scripts written right to left (as in src/lib/story-lang.ts). */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Mandaic}\p{Script=Samaritan}\p{Script=Hanifi_Rohingya}\p{Script=Mende_Kikakui}]/gu;
const LETTER = /\p{L}/gu;

/** The direction most of the text's letters run; undefined for text without letters (numbers, marks), which follows its story. */
export function textDirection(text: string): "ltr" | "rtl" | undefined {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return undefined;
  const rtl = text.match(RTL_LETTER)?.length ?? 0;
  return rtl * 2 > letters ? "rtl" : "ltr";
}

/** The direction a paragraph is given when it runs the other way from its story's; else none (it follows the story). */
export function ownDirection(text: string, storyDir: "ltr" | "rtl"): "ltr" | "rtl" | undefined {
  const dir = textDirection(text);
  return dir !== undefined && dir !== storyDir ? dir : undefined;
}
