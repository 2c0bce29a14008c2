import { useEffect, useRef, useState } from "react";

/**
 * An author's picture: loaded lazily, sent without a referrer; the name's first letter
 * stands in when there is no picture or it fails.
 */
export function AuthorAvatar({ name, src, size = "h-8 w-8" }: { name: string; src?: string | undefined; size?: string }) {
  const [failed, setFailed] = useState(false);
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const img = ref.current;
    if (img?.complete && img.naturalWidth === 0 && img.currentSrc !== "") setFailed(true);
  }, []);
  const initial = [...name.trim()][0]?.toUpperCase() ?? "?";
  if (!src || failed) {
    return (
      <span aria-hidden="true" className={`${size} inline-flex shrink-0 items-center justify-center rounded-full bg-accent/15 text-sm font-semibold text-accent`}>
        {initial}
      </span>
    );
  }
  return (
    <img
      ref={ref}
      src={src}
      alt=""
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      width={32}
      height={32}
      onError={() => setFailed(true)}
      className={`${size} shrink-0 rounded-full bg-accent/15 object-cover`}
    />
  );
}
