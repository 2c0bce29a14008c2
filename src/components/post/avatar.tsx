import { useState } from "react";
import { initialOf } from "../../content/profiles";

const SIZES = { sm: "size-6 text-xs", md: "size-10 text-base", lg: "size-16 text-2xl" } as const;

/**
 * A round avatar: the picture, loaded lazily with no referrer, over the name's first
 * character, which shows when there is no picture or it fails. Decorative: the name is
 * always written beside it.
 */
export function Avatar({ name, src, size = "md" }: { name: string; src?: string | undefined; size?: keyof typeof SIZES }) {
  const [failed, setFailed] = useState(false);
  return (
    <span
      aria-hidden="true"
      className={`relative inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full bg-accent/15 font-bold text-accent ${SIZES[size]}`}
    >
      {initialOf(name)}
      {src && !failed ? (
        <img
          src={src}
          alt=""
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          className="absolute inset-0 size-full object-cover"
          onError={() => setFailed(true)}
          // A picture that failed before the page was hydrated sent its error to no one.
          ref={(img) => {
            if (img?.complete && img.naturalWidth === 0 && img.currentSrc) setFailed(true);
          }}
        />
      ) : null}
    </span>
  );
}
