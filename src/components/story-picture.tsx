import { useEffect, useRef, useState } from "react";
import { describingAlt } from "../content/picture-alt";

interface Props {
  src?: string | undefined;
  alt?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
  title?: string | undefined;
  className?: string | undefined;
}

const size = (value: number | undefined) => (value !== undefined && Number.isInteger(value) && value > 0 && value <= 100_000 ? value : undefined);

/**
 * A picture from a feed: loaded when near the screen, decoded off the main thread, its box
 * reserved from its width and height (else a 3:2 box) so nothing below it jumps, sent
 * without a referrer (other sites' pictures often refuse a stranger's). One that fails keeps
 * its box and shows its alt text instead of a broken icon.
 */
export function StoryPicture({ src, alt: given, width, height, title, className = "" }: Props) {
  const alt = describingAlt(given);
  const [failed, setFailed] = useState(src === undefined);
  const ref = useRef<HTMLImageElement>(null);
  // A prerendered picture may have failed before the app took over the page.
  useEffect(() => {
    const img = ref.current;
    if (img?.complete && img.naturalWidth === 0 && img.currentSrc !== "") setFailed(true);
  }, []);
  const w = size(width);
  const h = size(height);
  const sized = w !== undefined && h !== undefined;
  return (
    <span className={`story-picture ${failed ? "story-picture-failed" : ""} ${className}`}>
      <img
        ref={ref}
        src={src}
        alt={alt ?? ""}
        title={title}
        width={sized ? w : undefined}
        height={sized ? h : undefined}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        className={sized ? "" : "story-picture-unsized"}
        onError={() => setFailed(true)}
      />
      {failed ? (
        <span className="story-picture-alt" aria-hidden="true">
          {alt ? alt : "图片没能加载"}
        </span>
      ) : null}
    </span>
  );
}
