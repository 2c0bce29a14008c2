// Weibo's own addresses: a weibo.cn redirect unwrapped to where it leads, and a Weibo article's
// address in its one form, whichever of Weibo's sites linked it.

/** weibo.cn/sinaurl?u=<target> (and its t.cn-era kin) → the target; other URLs as given. */
export function unwrapWeiboLink(href: string): string {
  const m = /^https?:\/\/(?:[a-z]+\.)?weibo\.c(?:n|om)\/sinaurl\?(?:[^#]*&)?u=([^&#]+)/i.exec(href);
  if (!m) return href;
  try {
    const target = decodeURIComponent(m[1]!);
    return /^https?:\/\//i.test(target) ? target : href;
  } catch {
    return href;
  }
}

/** The article's own id: weibo.com/ttarticle/p/show?id=, media.weibo.cn/article?id=, card.weibo.com/article/m/show/id/. */
export function articleId(href: string): string | undefined {
  const m =
    /^https?:\/\/(?:www\.)?weibo\.com\/ttarticle\/(?:p|x\/m)\/show\?(?:[^#]*&)?id=(\d{10,25})/i.exec(href) ??
    /^https?:\/\/media\.weibo\.cn\/article\?(?:[^#]*&)?id=(\d{10,25})/i.exec(href) ??
    /^https?:\/\/card\.weibo\.com\/article\/(?:m|h5)\/show\/id\/(\d{10,25})/i.exec(href);
  return m?.[1];
}

/** A Weibo article's own address, from its id. */
export const articleUrlOf = (id: string) => `https://weibo.com/ttarticle/p/show?id=${id}`;

/** A Weibo article's address without the app's tracking parameters; undefined for any other address. */
export function weiboArticleUrl(href: string): string | undefined {
  const id = articleId(href);
  return id !== undefined ? articleUrlOf(id) : undefined;
}
