import { useState } from "react";

/** Offers to jump back to where the reader stopped last time. */
export function ResumePrompt({ paragraph }: { paragraph: number }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  const resume = () => {
    document.getElementById(`p-${paragraph}`)?.scrollIntoView?.({ block: "start" });
    setDismissed(true);
  };
  return (
    <div role="region" aria-label="继续阅读" className="no-print mb-6 flex flex-wrap items-center gap-3 rounded border border-line bg-card p-3 text-base">
      <span>上次读到第 {paragraph} 段。</span>
      <button type="button" onClick={resume} className="rounded bg-accent px-3 py-1 text-on-accent">
        继续阅读
      </button>
      <button type="button" onClick={() => setDismissed(true)} className="underline">
        从头开始
      </button>
    </div>
  );
}
