import { useState } from "react";

/**
 * A picture in a box its container has already sized: loaded lazily with no referrer,
 * cropped to the box. One that fails keeps the box and shows its alt text instead.
 */
export function Picture({
  src,
  alt,
  failedText = alt,
  width,
  height,
  top = false,
}: {
  src: string;
  alt: string;
  /** What shows in the box when the picture fails: its alt text, unless the box is named otherwise. */
  failedText?: string;
  width?: number | undefined;
  height?: number | undefined;
  /** Crop from the top (a long picture shows its beginning). */
  top?: boolean;
}) {
  const [failed, setFailed] = useState(false);
  if (failed) {
    return (
      <span
        aria-hidden={failedText !== alt ? true : undefined}
        className="absolute inset-0 flex items-center justify-center overflow-hidden bg-line p-2 text-center text-xs leading-snug text-ink"
      >
        {failedText || "图片无法加载"}
      </span>
    );
  }
  return (
    <img
      src={src}
      alt={alt}
      width={width}
      height={height}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      className={`absolute inset-0 size-full bg-line object-cover ${top ? "object-top" : ""}`}
      onError={() => setFailed(true)}
      // A picture that failed before the page was hydrated sent its error to no one.
      ref={(img) => {
        if (img?.complete && img.naturalWidth === 0 && img.currentSrc) setFailed(true);
      }}
    />
  );
}

/**
 * Reserves a box of the picture's own aspect before anything loads: an empty SVG with that
 * viewBox takes the width it is given and the matching height. (The CSP allows no style
 * attributes in the prerendered HTML, so the ratio cannot be an inline style.)
 */
export function AspectSizer({ width, height }: { width: number; height: number }) {
  return <svg aria-hidden="true" focusable="false" viewBox={`0 0 ${width} ${height}`} className="block h-auto w-full" />;
}
