// The line under a picture that is its caption, in a page or a feed entry's HTML: a short line
// set centred (by its style, its align, <center>, or a class that names a caption), or one
// worded as a caption ("图为…", "▲…", "（新华社记者 张三 摄）", "Photo: …").
import { charLength } from "../parse/lines";
import { PICTURE_CREDIT } from "./latin-lines";

const CENTERED = /text-align\s*:\s*center/iu;
/** Also Wikipedia's "thumbcaption" and "gallerytext", under a picture set in a <div>. */
const CAPTION_NAMES = /(?:^|[\s_-])(?:caption|pic|pics|img|image|photo|tu|center|desc)(?:$|[\s_-]|\d)|thumbcaption|gallerytext/iu;
const CAPTION_START = /^(?:[▲△↑]|图[为片示：:\d]|[(（]图|[上下左右]图|配图)/u;
const PHOTO_CREDIT = /[(（][^()（）]{0,20}(?:摄|供图|图片来源)[^()（）]{0,10}[)）]$/u;

/** Whether an element sets its lines centred: a block's style, align or tag, or a block's class naming a caption. */
export function isCentered(tag: string, attribute: (name: string) => string | null | undefined, isBlock: boolean): boolean {
  return CENTERED.test(attribute("style") ?? "") || (attribute("align") ?? "").toLowerCase() === "center" || tag === "center" || (isBlock && CAPTION_NAMES.test(attribute("class") ?? ""));
}

/** Whether the line after a picture is its caption: short, and set centred or worded as one. */
export const isCaptionLine = (text: string, centered: boolean): boolean =>
  charLength(text) <= 120 && (centered || CAPTION_START.test(text) || PHOTO_CREDIT.test(text) || PICTURE_CREDIT.test(text));

/** "1/3", "(2/12)": a gallery's count of its pictures, printed before each caption. */
const PICTURE_COUNT = /^[(（]?\d{1,3}\s*[/／]\s*\d{1,3}[)）]?\s*(?=\S)/u;

/** The caption without the gallery's count before it: "1/3东河镇农民抢收晚稻" → "东河镇农民抢收晚稻". */
export const withoutPictureCount = (caption: string): string => caption.replace(PICTURE_COUNT, "");
