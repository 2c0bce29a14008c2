import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * Text that folds after about six lines, with 展开 / 收起. Folded, the 展开 button sits over
 * the end of the last line, so finding out whether the text overflows (only a browser can)
 * moves nothing; unfolding is the reader's own doing. It is measured when the browser lays the
 * text out anyway (a ResizeObserver reports its first size after layout), not by forcing a
 * layout of the whole page while the page hydrates.
 */
export function FoldedText({ children, className = "" }: { children: ReactNode; className?: string }) {
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    const el = box.current;
    if (!el || expanded) return;
    const measure = () => setOverflows(el.scrollHeight > el.clientHeight + 1);
    if (typeof ResizeObserver === "undefined") {
      measure();
      return;
    }
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [expanded]);

  const folded = !expanded;
  return (
    <div className="relative">
      <div id={id} ref={box} className={`${folded ? "max-h-[10.5rem] overflow-hidden" : ""} ${className}`}>
        {children}
      </div>
      {overflows || expanded ? (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
          className={
            folded
              ? "absolute right-0 bottom-0 bg-gradient-to-r from-transparent via-card via-35% to-card pl-10 text-[0.9375rem] leading-7 font-medium text-accent hover:underline"
              : "mt-1 text-[0.9375rem] leading-7 font-medium text-accent hover:underline"
          }
        >
          {folded ? (
            <>
              <span aria-hidden="true">…</span>展开
            </>
          ) : (
            "收起"
          )}
        </button>
      ) : null}
    </div>
  );
}
