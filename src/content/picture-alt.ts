// A picture's alt text as a reader (or a screen reader) is told it. Pages and feeds often fill
// it with what describes nothing: the file's name ("IMG_0423.JPG", "004ednc20190925"), its
// address, or a bare word for "picture". Such an alt is no description, and is dropped.

const GENERIC = /^(?:图|图片|配图|图像|照片|插图|图示|image|img|picture|photo|pic|untitled|null|undefined|none)\s*\d*$/iu;
const FILE_NAME = /^[\p{L}\p{N}_.-]+\.(?:jpe?g|png|gif|webp|bmp|svg|avif|heic|tiff?)$/iu;
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:|\/\/|www\.)\S*$/iu;
/** Letters and digits run together with no space, three digits among them: a code, not words. */
const CODE = /^(?=[A-Za-z0-9_-]*\d{3})[A-Za-z0-9_-]{6,}$/u;

/** The alt text, its spaces squashed, when it describes its picture; else undefined. */
export function describingAlt(alt: string | undefined): string | undefined {
  const text = alt?.replace(/\s+/gu, " ").trim() ?? "";
  if (text === "" || GENERIC.test(text) || FILE_NAME.test(text) || ADDRESS.test(text) || CODE.test(text)) return undefined;
  return text;
}
