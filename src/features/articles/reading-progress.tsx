import { useEffect, useRef } from "react";
import { onViewportChange } from "../../lib/viewport-change";

/** A thin bar at the top showing how far through the article the reader is. */
export function ReadingProgress({ targetId }: { targetId: string }) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const update = () => {
      const target = document.getElementById(targetId);
      const el = bar.current;
      if (!target || !el) return;
      const rect = target.getBoundingClientRect();
      const total = rect.height - window.innerHeight;
      const done = total <= 0 ? 1 : Math.min(1, Math.max(0, -rect.top / total));
      el.style.transform = `scaleX(${done})`;
      el.parentElement?.setAttribute("aria-valuenow", String(Math.round(done * 100)));
    };
    return onViewportChange(update);
  }, [targetId]);
  return (
    <div
      role="progressbar"
      aria-label="阅读进度"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={0}
      className="no-print fixed inset-x-0 top-0 z-50 h-1"
    >
      {/* Starts at transform: scaleX(0), which the inline transform set on scroll replaces. Not
          scale-x-0: that sets `scale`, which multiplies with the transform and keeps the bar at zero. */}
      <div ref={bar} className="h-full origin-left bg-accent [transform:scaleX(0)]" />
    </div>
  );
}
