// A small picture set in a line of text — an emoji, an emoticon, an icon — is part of the
// line, not a picture of the story: it never becomes a figure or an attachment. News pages
// (blocks.ts) and feed entries (feeds/html-body.ts) read their <img> with different parsers,
// so each passes the attributes this needs.

export interface ImgAttributes {
  src?: string | undefined;
  alt?: string | undefined;
  class?: string | undefined;
  style?: string | undefined;
  width?: string | undefined;
  height?: string | undefined;
}

/** Below this many pixels wide or high, a picture is drawn at the size of the text around it. */
const ICON_PX = 40;
const EMOJI_CLASS = /(?:^|[\s_-])(?:emoji|emojione|emoticons?|smiley)(?:$|[\s_-])/iu;
const EMOJI_SRC = /\/(?:emoji|emoticons?)\//iu;
/** Weibo's emoticons carry their [code] as alt; WordPress and others the emoji itself. */
const CODE_ALT = /^\[[^\][]{1,8}\]$/u;
const EMOJI_ALT = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3)*$/u;

/** A size set in the style, in pixels (an em taken as 16 px, a browser's default text size). */
function styledPx(style: string, property: "width" | "height"): number | undefined {
  const m = new RegExp(`(?:^|[;\\s])${property}\\s*:\\s*([\\d.]+)\\s*(px|r?em)`, "iu").exec(style);
  return m ? Number(m[1]) * ((m[2] ?? "").toLowerCase() === "px" ? 1 : 16) : undefined;
}

function small(attribute: string | undefined, style: string, property: "width" | "height"): boolean {
  const px = attribute !== undefined && /^\s*\d+(?:px)?\s*$/iu.test(attribute) ? Number.parseInt(attribute, 10) : styledPx(style, property);
  return px !== undefined && px > 0 && px < ICON_PX;
}

/** What the icon says as text, when its alt is an emoticon code or an emoji; else "". */
export function iconText(img: ImgAttributes): string {
  const alt = img.alt?.trim() ?? "";
  return CODE_ALT.test(alt) || EMOJI_ALT.test(alt) ? alt : "";
}

export function isInlineIcon(img: ImgAttributes): boolean {
  const style = img.style ?? "";
  return (
    iconText(img) !== "" ||
    EMOJI_CLASS.test(img.class ?? "") ||
    EMOJI_SRC.test(img.src ?? "") ||
    small(img.width, style, "width") ||
    small(img.height, style, "height")
  );
}
