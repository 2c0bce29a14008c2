// Self-media platforms (头条号, 百家号, 搜狐号, 网易号, 企鹅号, 大风号) print the account that
// posted the story by its avatar under the headline. That account is where the story came from,
// its source; its writer is the one the page names as such (作者：…), if any.

/** The platforms' story addresses: toutiao.com/article/…, baijiahao.baidu.com/s?id=…, sohu.com/a/…, 163.com/dy/article/…, new.qq.com/omn/…, ifeng.com/c/…. */
const PLATFORM_URL = /^https?:\/\/(?:[\w-]+\.)*(?:toutiao\.com|baijiahao\.baidu\.com|mbd\.baidu\.com\/newspage|sohu\.com\/a\/|163\.com\/dy\/|new\.qq\.com\/omn\/|ifeng\.com\/c\/)/iu;

/** The platforms' markup: Baijiahao's "article-source-bjh" and 认证 badge, Toutiao's account link (/c/user/…). */
const PLATFORM_MARKUP = '[class*="bjh"], .account-authentication, a[href*="/c/user/"]';

/** Whether the page is a platform account's post, so the name by its avatar is the account's. */
export function isAccountPage(root: Element, url: string | undefined): boolean {
  return (url !== undefined && PLATFORM_URL.test(url)) || root.querySelector(PLATFORM_MARKUP) !== null;
}
