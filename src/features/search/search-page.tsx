import { keepPreviousData, useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { KINDS, type SearchKind } from "../../content/search/postings";
import { paths } from "../../lib/paths";
import { KIND_WORDS as KIND_LABEL } from "../../content/weibo-source";
import { searchDocsQuery, searchQuery, type PagesReason } from "./queries";
import { SearchResult } from "./search-result";

/** Results shown at first, and added by each 显示更多. */
export const RESULTS_PAGE = 10;

/** A kind from the address, if it is one. */
export const kindParam = (value: string | null): SearchKind | undefined => KINDS.find((k) => k === value);

/** Said under the count when the feed's pages were read to search it: why, in the reader's words. */
const PAGES_READ: Record<PagesReason, string> = {
  "no-index": "这个订阅源没有搜索索引，已读取它的全部页面来搜索。",
  "other-packing": "这个订阅源的搜索索引是旧版格式，已改为读取它的全部页面来搜索。重新导入后搜索会更快。",
  elsewhere: "这个订阅源的搜索索引不在它自己的网站上，没有使用；已读取它的全部页面来搜索。",
};

const kindLink = (q: string, kind?: SearchKind) => `${paths.search(q)}${kind ? `&kind=${kind}` : ""}`;

/** The results of `q`, filtered by kind; the first page of stories is loaded by the route. */
export function SearchPage({ q, kind }: { q: string; kind: SearchKind | undefined }) {
  const { data } = useSuspenseQuery(searchQuery(q));
  const hits = kind ? data.hits.filter((h) => h.kind === kind) : data.hits;
  const [shown, setShown] = useState(RESULTS_PAGE);
  const docs = useQuery({ ...searchDocsQuery(hits.slice(0, shown).map((h) => h.doc)), placeholderData: keepPreviousData });
  const counts = new Map(KINDS.map((k) => [k, data.hits.filter((h) => h.kind === k).length]));
  return (
    <>
      <p role="status" className="text-sm text-muted">
        {data.terms.length === 0
          ? "请输入要找的字词。"
          : data.hits.length === 0
            ? `没有找到包含“${q}”的内容。换个说法，或少输几个字试试。`
            : `找到 ${data.hits.length} 条结果`}
      </p>
      {data.via === "shards" ? null : <p className="text-xs text-muted">{PAGES_READ[data.via]}</p>}
      {data.hits.length > 0 ? (
        <nav aria-label="按类型筛选">
          <ul className="flex flex-wrap gap-2 text-sm">
            {[undefined, ...KINDS].map((k) => {
              const count = k ? counts.get(k)! : data.hits.length;
              if (k && count === 0) return null;
              return (
                <li key={k ?? "all"}>
                  <Link
                    to={kindLink(q, k)}
                    aria-current={k === kind ? "page" : undefined}
                    className={`inline-block rounded-full border px-3 py-1 ${k === kind ? "border-accent bg-accent text-on-accent" : "border-line text-muted hover:bg-ink/5"}`}
                  >
                    {k ? KIND_LABEL[k] : "全部"} {count}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      {docs.data ? (
        <ol className="space-y-3" aria-label="搜索结果">
          {docs.data.map((doc) => (
            <li key={doc.id}>
              <SearchResult doc={doc} terms={data.terms} />
            </li>
          ))}
        </ol>
      ) : null}
      {docs.isError ? <p role="alert">搜索结果没能载入，请稍后再试。</p> : null}
      {hits.length > shown ? (
        <button
          type="button"
          onClick={() => setShown((n) => n + RESULTS_PAGE)}
          disabled={docs.isFetching}
          className="w-full rounded-lg border border-line py-2 text-sm text-accent hover:bg-ink/5"
        >
          {docs.isFetching ? "正在载入…" : `显示更多（还有 ${hits.length - shown} 条）`}
        </button>
      ) : null}
    </>
  );
}
