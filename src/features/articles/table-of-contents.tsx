interface Entry {
  id: string;
  heading: string;
}

/** The article's sections; the one being read is marked for eye and screen reader alike. */
export function TableOfContents({ entries, active }: { entries: readonly Entry[]; active: string | undefined }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-label="目录" className="no-print text-sm">
      <h2 className="mb-2 font-semibold text-muted">目录</h2>
      <ol className="space-y-1 border-l border-line">
        {entries.map((entry) => {
          const current = entry.id === active;
          return (
            <li key={entry.id}>
              <a
                href={`#${entry.id}`}
                aria-current={current ? "location" : undefined}
                className={`-ml-px block border-l-2 py-0.5 pl-3 hover:text-accent ${
                  current ? "border-accent font-semibold text-accent" : "border-transparent text-muted"
                }`}
              >
                {entry.heading}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
