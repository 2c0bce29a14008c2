import { useRef, useState } from "react";
import { FeedItemCard } from "../../features/feed/card/feed-item-card";
import { addEntries, clearHistory } from "../../features/library/library-store";
import { SHELF_TITLE, type Shelf } from "../../features/library/library-db";
import { useShelf } from "../../features/library/use-shelf";

const EMPTY: Record<Shelf, string> = {
  bookmarks: "还没有收藏。在文章或微博上点“收藏”，它就会出现在这里，断网时也能阅读。",
  history: "还没有阅读记录。打开的文章和微博会按时间列在这里。",
};

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/feed+json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** 收藏 or 最近阅读: the stories latest first, with export and import as a JSON Feed file. */
export function ShelfPage({ shelf }: { shelf: Shelf }) {
  const entries = useShelf(shelf);
  const file = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<{ text: string; problems: string[] } | undefined>();
  const title = SHELF_TITLE[shelf];

  const importFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    // The file reader (the feed's contract) is fetched when a file is chosen, not with the page.
    const { readShelfFile, ShelfFileError } = await import("../../features/library/shelf-file");
    try {
      const { items, problems } = readShelfFile(await chosen.text());
      await addEntries(shelf, items);
      setReport({ text: `已导入 ${items.length} 条${problems.length ? `，跳过 ${problems.length} 条` : ""}。`, problems });
    } catch (error) {
      setReport({ text: error instanceof ShelfFileError ? error.message : "导入失败，请稍后再试。", problems: [] });
    } finally {
      if (file.current) file.current.value = "";
    }
  };

  return (
    <section aria-labelledby="shelf-title" className="mx-auto max-w-2xl space-y-4">
      <title>{`${title} · 轻阅`}</title>
      <h1 id="shelf-title" className="text-xl font-bold">
        {title}
      </h1>
      <div className="flex flex-wrap gap-2 text-sm">
        <button
          type="button"
          disabled={!entries?.length}
          onClick={() =>
            void import("../../features/library/shelf-file").then(({ shelfFeed }) =>
              download(`qingyue-${shelf}.json`, shelfFeed(shelf, (entries ?? []).map((e) => e.item))),
            )
          }
          className="rounded border border-line px-3 py-1 hover:bg-ink/5 disabled:opacity-50"
        >
          导出为 JSON Feed
        </button>
        <label className="cursor-pointer rounded border border-line px-3 py-1 hover:bg-ink/5 focus-within:outline-2 focus-within:outline-accent">
          从文件导入
          <input ref={file} type="file" accept=".json,application/json,application/feed+json" className="sr-only" onChange={(e) => void importFile(e.target.files?.[0])} />
        </label>
        {shelf === "history" && entries?.length ? (
          <button type="button" onClick={() => void clearHistory()} className="rounded border border-line px-3 py-1 hover:bg-ink/5">
            清空阅读记录
          </button>
        ) : null}
      </div>
      {report ? (
        <div role="status" className="rounded border border-line bg-card p-3 text-sm">
          <p>{report.text}</p>
          {report.problems.length ? (
            <ul className="mt-1 list-disc pl-5 text-muted">
              {report.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {entries === undefined ? <p className="text-muted">正在读取…</p> : null}
      {entries?.length === 0 ? <p className="text-muted">{EMPTY[shelf]}</p> : null}
      {entries?.length ? (
        <ol className="space-y-3" aria-label={title}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <FeedItemCard item={entry.item} />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
