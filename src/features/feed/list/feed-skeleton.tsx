/**
 * A placeholder for a story not read yet or let go to save memory. It takes the height the
 * story had (or the estimate), so the real card replaces it without moving anything.
 */
export function FeedSkeleton({ height }: { height: number }) {
  return (
    <div aria-hidden="true" style={{ height }} className="animate-pulse overflow-hidden rounded-lg border border-line bg-card p-4">
      <div className="mb-3 h-3 w-24 rounded bg-ink/10" />
      <div className="mb-2 h-4 w-11/12 rounded bg-ink/10" />
      <div className="h-4 w-2/3 rounded bg-ink/10" />
    </div>
  );
}
