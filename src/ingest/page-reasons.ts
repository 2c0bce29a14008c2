// Why a page gave no story, in the words the ingest says it: shared by the page-text reader,
// the HTML extractor and the page's caller, none of which need load the others to name them.

export const NOT_AN_ARTICLE = "不是文章页：没有成段的正文（像是首页、栏目或列表页）";
export const NO_TEXT = "HTML 页面里没有文字";
export const NOTHING_RECOGNISABLE = "没有认出内容：既不是文章，也不是微博或列表";
export const TOO_DEEP = "页面的标签嵌套太深（几千层），不像正常网页，没有读";
export const PAGE_BROKE_READER = "读这个页面时出错：页面的结构读不下去，已跳过";

/** A page whose reading outlasted its time (crafted, or far bigger than a page). */
export const tookTooLong = (limitMs: number) => `读了 ${Number((limitMs / 1000).toFixed(1))} 秒还没读完（页面太大或结构太复杂，不像正常网页），已跳过`;
