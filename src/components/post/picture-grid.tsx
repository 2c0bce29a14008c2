import { useRef } from "react";
import type { Attachment } from "../../content/feed-schema";
import { isLongPicture, pictureGrid, singleShape } from "../../content/picture-layout";
import { AspectSizer, Picture } from "./picture";

const COLUMNS = { 1: "", 2: "grid-cols-2 max-w-[17.5rem]", 3: "grid-cols-3 max-w-[26rem]" } as const;
// A lone picture: wide ones take the width (to a cap), upright ones a narrower column.
const SINGLE_BOX = {
  wide: "w-full max-w-[26rem]",
  upright: "w-60 max-w-full",
  tall: "w-60 max-w-full aspect-[3/4]",
  unknown: "w-60 max-w-full aspect-square",
} as const;

function altOf(picture: Attachment, index: number, count: number): string {
  return picture._qingyue?.alt ?? picture.title ?? (count > 1 ? `第 ${index + 1} 张图片` : "图片");
}

function Badge({ children }: { children: string }) {
  return (
    <span className="absolute right-1 bottom-1 rounded bg-black/60 px-1 text-[0.6875rem] leading-4 text-white">
      {children}
    </span>
  );
}

/**
 * A post's pictures in Weibo's grid. Every cell is a button that opens the viewer there;
 * every box is sized before its picture loads, so nothing below it moves.
 */
export function PictureGrid({ pictures, label = "图片" }: { pictures: readonly Attachment[]; label?: string }) {
  const cells = useRef<HTMLButtonElement[]>([]);
  if (pictures.length === 0) return null;
  const grid = pictureGrid(pictures.length);
  const alts = pictures.map((picture, i) => altOf(picture, i, pictures.length));
  // The viewer's code (and PhotoSwipe's) is fetched on the first tap, not with the page.
  const open = async (index: number) => {
    const { openPictureViewer, viewerPicture } = await import("./picture-viewer");
    await openPictureViewer(
      pictures.map((picture, i) => viewerPicture(picture, alts[i]!)),
      index,
      cells.current,
    );
  };
  const single = grid.columns === 1 ? pictures[0] : undefined;
  const singleExt = single?._qingyue;
  const shape = single ? singleShape(singleExt?.width, singleExt?.height) : undefined;

  return (
    <ul aria-label={`${label}，共 ${pictures.length} 张`} className={`mt-2 grid gap-1 ${COLUMNS[grid.columns]}`}>
      {pictures.slice(0, grid.shown).map((picture, i) => {
        const ext = picture._qingyue;
        const long = isLongPicture(picture);
        const more = i === grid.shown - 1 && grid.more > 0 ? grid.more : 0;
        const box = shape ? SINGLE_BOX[shape] : "aspect-square w-full";
        // The name is the cell's own text (the marks it shows included), so a reader of the
        // screen and a listener hear the same words.
        const name = `查看${pictures.length > 1 ? `第 ${i + 1} 张` : ""}图片：${alts[i]}`;
        return (
          <li key={`${i}-${picture.url}`} className={single ? "" : "min-w-0"}>
            <button
              type="button"
              ref={(el) => {
                if (el) cells.current[i] = el;
              }}
              onClick={() => void open(i)}
              className={`relative block cursor-zoom-in overflow-hidden rounded-md bg-line ${box}`}
            >
              {shape === "wide" || shape === "upright" ? <AspectSizer width={ext!.width!} height={ext!.height!} /> : null}
              <Picture src={ext?.thumbnail ?? picture.url} alt="" failedText={alts[i]!} width={ext?.width} height={ext?.height} top={long || shape === "tall"} />
              <span className="sr-only">{name}</span>
              {long ? <Badge>长图</Badge> : null}
              {more ? (
                <span className="absolute inset-0 flex items-center justify-center bg-black/50 text-2xl font-semibold text-white">
                  <span className="sr-only">，另有</span>+{more}
                  <span className="sr-only">张</span>
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
