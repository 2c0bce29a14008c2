// Why a page gave no story, in the words the ingest says it: shared by the page-text reader,
// the HTML extractor and the page's caller, none of which need load the others to name them.

export const NOT_AN_ARTICLE = "不是文章页：没有成段的正文（像是首页、栏目或列表页）";
export const NO_TEXT = "HTML 页面里没有文字";
export const NOTHING_RECOGNISABLE = "没有认出内容：既不是文章，也不是微博或列表";
