import { useSearchParams } from "react-router";
import type { PageModule } from "../page-loads";
import { searchDocsQuery, searchQuery } from "../../features/search/queries";
import { kindParam, RESULTS_PAGE, SearchPage } from "../../features/search/search-page";

export const searchPage: PageModule = {
  load: async ({ queryClient, search }) => {
    const q = search.get("q")?.trim() ?? "";
    if (q === "") return;
    const { hits } = await queryClient.ensureQueryData(searchQuery(q));
    const kind = kindParam(search.get("kind"));
    const first = (kind ? hits.filter((h) => h.kind === kind) : hits).slice(0, RESULTS_PAGE);
    await queryClient.ensureQueryData(searchDocsQuery(first.map((h) => h.doc)));
  },
  Component: SearchRoute,
};

function SearchRoute() {
  const [params] = useSearchParams();
  const q = params.get("q")?.trim() ?? "";
  const kind = kindParam(params.get("kind"));
  return (
    <section aria-labelledby="search-title" className="mx-auto max-w-2xl space-y-4">
      <title>{q ? `${q} · 搜索 · 轻阅` : "搜索 · 轻阅"}</title>
      <h1 id="search-title" className="text-xl font-bold">
        {q ? `搜索：${q}` : "搜索"}
      </h1>
      {q ? (
        // A new query or kind starts again from the first page of results.
        <SearchPage key={`${q}\u0000${kind ?? ""}`} q={q} kind={kind} />
      ) : (
        <p className="text-muted">在页面顶部的搜索框输入字词，按回车搜索。也可以按 / 键直接开始输入。</p>
      )}
    </section>
  );
}
