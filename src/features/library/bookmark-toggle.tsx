/** The 收藏 toggle as drawn: ☆ 收藏, or ★ 已收藏 with whether the story reads offline. */
export function BookmarkToggle({ saved, kept, onToggle, className = "" }: { saved: boolean; kept: boolean; onToggle: () => void; className?: string }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        // Saving needs the app: hidden until it runs, like the other controls that need it.
        data-needs-js
        aria-pressed={saved}
        onClick={onToggle}
        className={`no-print inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm ${
          saved ? "border-accent bg-accent text-on-accent" : "border-line text-muted hover:bg-ink/5"
        } ${className}`}
      >
        <span aria-hidden="true">{saved ? "★" : "☆"}</span>
        {saved ? "已收藏" : "收藏"}
      </button>
      {kept ? <span className="text-xs text-muted">已保存，可离线阅读</span> : null}
    </span>
  );
}
