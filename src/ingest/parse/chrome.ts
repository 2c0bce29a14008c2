// Page chrome: the buttons, share bars, counters, comment boxes, breadcrumbs and footers that a
// scrape carries along with the story. None of it is content, so none of it may reach an item.
import { charLength, fitsIn } from "./lines";

/** Words that, alone or together on a line, make up a toolbar rather than a sentence. */
const CHROME_WORDS = new Set(
  (
    "发布 举报 写留言 留言 分享 分享到 分享至 转发 转载 微博 新浪微博 腾讯微博 Qzone QQ空间 QQ好友 QQ 微信 " +
    "微信好友 朋友圈 豆瓣 人人网 收藏 评论 点赞 赞 打赏 打印 打印本页 关闭 关闭窗口 返回顶部 回到顶部 顶部 " +
    "返回 首页 登录 注册 复制链接 更多 查看更多 加载更多 展开 展开全文 收起 全文 阅读全文 阅读原文 字号 字体 " +
    "大 中 小 默认 扫一扫 扫码 二维码 手机看 手机版 上一页 下一页 换一换 刷新 投诉 纠错 我要纠错 次 人 条 " +
    "阅读 浏览 点击 阅读量 浏览量 点击量 浏览次数 阅读数 Facebook Twitter LINE WhatsApp Email " +
    "上页 下页 尾页 末页 前一页 后一页 跳转 Next Previous Prev Page Older Newer"
  ).split(" "),
);

/** Pictographs and their modifiers: a 👍 or 🖊 on a toolbar carries no words. */
const PICTOGRAPHS = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+$/u;
const TOKEN_SPLIT = /[\s|｜丨/·•,，:：()（）【】[\]<>《》«»‹›]+/u;

const PAGE_COUNT = /^[共第]\d{1,3}页$|^\d{1,3}\/\d{1,3}$/u;
/** "下一页：运动员风采", "上一篇：…": a link to the story's next page or to the site's next story. */
const NEXT_LINK = /^[【[]?(?:上一页|下一页|上一篇|下一篇|上一条|下一条|上篇|下篇)[】\]]?\s*[:：]/u;

/** A toolbar line: every token is a chrome word, a number or a pictograph; at least one word. */
export function isToolbarLine(line: string): boolean {
  if (line === "" || !fitsIn(line, 80)) return false;
  let words = 0;
  for (const raw of line.split(TOKEN_SPLIT)) {
    if (raw === "" || PICTOGRAPHS.test(raw)) continue;
    // "评论12", "阅读 1.2万": the count belongs to the word before it.
    const token = raw.replace(/[\d.]+[万千]?\+?$/u, "");
    // A pager's "共3页", "第2页": the page count of a story split over pages.
    if (token === "" || PAGE_COUNT.test(token)) continue;
    if (!CHROME_WORDS.has(token)) return false;
    words += 1;
  }
  return words > 0;
}

const FOOTER =
  /copyright|©|版权所有|ICP备|ICP证|公网安备|网安备|违法和不良信息举报|未经(?:书面)?(?:许可|授权)|不得转载|禁止转载|如有侵权|侵权请?联系|all rights reserved/iu;

/** A copyright or licence footer line. Long lines are prose that merely mentions copyright. */
export function isFooterLine(line: string): boolean {
  return fitsIn(line, 150) && FOOTER.test(line);
}

const COMMENT_BOX =
  /^(?:写下你的评论|发表(?:你的)?评论|我要评论|写评论|说点什么|网友评论|最新评论|热门评论|全部评论|精彩评论|评论区|查看全部评论|文明上网.*|已有\d+人(?:参与|评论).*|共?\d+条评论|还没有评论.*|快来抢沙发.*|(?:请先)?登录后(?:才能)?(?:评论|发言).*|发表|提交|取消)$/u;

/** The comment box under a story, and the headings of the comment list it opens. */
export function isCommentBoxLine(line: string): boolean {
  if (!fitsIn(line, 60)) return false;
  const bare = line.replace(/[\s。，,.…:：!！>»]+/gu, "");
  return bare !== "" && charLength(bare) <= 40 && COMMENT_BOX.test(bare);
}

/** "首页 > 新闻 > 正文", "当前位置：…", "首页 | 国内 | 国际 | 财经": site navigation. */
export function isNavigationLine(line: string): boolean {
  if (!fitsIn(line, 120)) return false;
  if (/^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:：]/u.test(line)) return true;
  // Two separators, or one after 首页: a lone ">" also occurs in prose ("价格>100元").
  const crumbs = line.split(/\s*[>›»＞]\s*/u);
  const rooted = /^(?:首页|主页|网站首页|home)$/iu.test(crumbs[0] ?? "");
  const short = crumbs.every((c) => c !== "" && charLength(c) <= 10 && !/[。，,]/u.test(c));
  if (short && (crumbs.length >= 3 || (crumbs.length === 2 && rooted))) return true;
  const menu = line.split(/\s*[|｜丨]\s*/u);
  return menu.length >= 3 && menu.every((m) => m !== "" && charLength(m) <= 8);
}

export function isChromeLine(line: string): boolean {
  return (NEXT_LINK.test(line) && fitsIn(line, 60)) || isToolbarLine(line) || isCommentBoxLine(line) || isNavigationLine(line);
}
