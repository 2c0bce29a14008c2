// Page chrome: the buttons, share bars, counters, comment boxes, breadcrumbs and footers that a
// scrape carries along with the story. None of it is content, so none of it may reach an item.
import { charLength, fitsIn } from "./lines";

/** Words that, alone or together on a line, make up a toolbar rather than a sentence. */
const CHROME_WORDS = new Set(
  (
    "发布 举报 写留言 留言 分享 分享到 分享至 转发 转载 微博 新浪微博 腾讯微博 Qzone QQ空间 QQ好友 QQ 微信 " +
    "微信好友 朋友圈 豆瓣 人人网 收藏 评论 点赞 赞 打赏 打印 打印本页 关闭 关闭窗口 返回顶部 回到顶部 顶部 " +
    "返回 首页 登录 注册 复制链接 更多 查看更多 加载更多 展开 展开全文 收起 全文 阅读全文 阅读原文 字号 字体 " +
    "大 中 小 大字号 中字号 小字号 默认 放大 缩小 正常 标准 超大 在看 喜欢 赞同 赞赏 关注 已关注 扫一扫 扫码 二维码 手机看 手机版 上一页 下一页 换一换 刷新 投诉 纠错 我要纠错 次 人 条 " +
    "阅读 浏览 点击 阅读量 浏览量 点击量 浏览次数 阅读数 Facebook Twitter LINE WhatsApp Email " +
    "上页 下页 尾页 末页 前一页 后一页 单页阅读 全文阅读 分页阅读 跳转 反馈 返回列表 返回首页 返回上一页 返回上页 返回目录 " +
    "打印此页 打印本文 打印文章 关闭此页 关闭本页 手机看新闻 听新闻 朗读 语音播报 A+ A- + - " +
    "参与互动 我要参与 参与讨论 收藏本页 收藏本文 加入收藏 推荐 推荐给朋友 复制网址 复制本文网址 我要评论 我要打印 我要收藏 我要分享 发表评论 双击滚屏 " +
    "微信扫一扫 分享到朋友圈 设为首页 无障碍 繁體 繁体 简体 赏 查看评论 隐藏边栏 显示边栏 Next Previous Prev Page Older Newer " +
    "Share on Tweet Print Comments Comment Subscribe Follow Save Copy link Pinterest Reddit LinkedIn Telegram"
  ).split(" "),
);

/** Pictographs and their modifiers: a 👍 or 🖊 on a toolbar carries no words. */
const PICTOGRAPHS = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+$/u;
const TOKEN_SPLIT = /[\s|｜丨/·•,，:：()（）【】[\]<>《》«»‹›]+/u;

/**
 * Whole lines that app and site pages print around a story: WeChat's article page
 * ("预览时标签不可点", "收录于话题", "轻点两下取消赞"), people.com.cn's player and share prompt.
 */
const CHROME_PHRASES = new Set([
  ..."预览时标签不可点 微信扫一扫关注该公众号 微信扫一扫可打开此内容，使用完整服务 轻点两下取消赞 轻点两下取消在看".split(" "),
  ..."继续滑动看下一个 向上滑动看下一个 知道了 喜欢此内容的人还喜欢 精选留言 写下你的留言 分享让更多人看到 点击播报本文，约 听全文".split(" "),
  // English pages' furniture between and after the story's paragraphs.
  ...["Advertisement", "Most popular", "Most read", "Read more", "Related stories"],
]);

const PAGE_COUNT = /^[共第]\d{1,3}页$|^\d{1,3}\/\d{1,3}$/u;
/** "下一页：运动员风采", "上一篇：…", "阅读下一篇：": a link to the story's next page or to the site's next story. */
const NEXT_LINK = /^[【[]?(?:阅读)?(?:上一页|下一页|上一篇|下一篇|上一条|下一条|上篇|下篇)[】\]]?\s*[:：]/u;

/** A pager's pieces, however its links are packed: "首页上页12下页末页", "123下一页 >", "【1】【2】【下一页】", "第 1 / 3 页". */
const PAGER_PIECE = /(?:上一页|下一页|前一页|后一页|上页|下页|首页|尾页|末页|最后一页|(?:跳转|转)到?\s*第\s*页|GO|Go|go|(?:本文|全文|当前为?)?[共第]\s*[\d一二三四五六七八九十]{1,3}\s*(?:[/／]\s*\d{1,3}\s*)?页|分页|单页阅读|全文阅读|分页阅读|阅读全文|\d+)/gu;
const PAGER_MOVE = /上一页|下一页|前一页|后一页|上页|下页|尾页|末页|最后一页|(?:跳转|转)到?\s*第\s*页|[共第]\s*[\d一二三四五六七八九十]{1,3}\s*(?:[/／]\s*\d{1,3}\s*)?页|分页|单页阅读|全文阅读|分页阅读/u;
/** "<< 1 2 3 >>", "‹ 1 2 ›": page numbers between arrows. */
const PAGER_ARROWS = /^[<«‹]|[>»›]$/u;
/** "（点击图片进入下一页）": a picture page's hint that its picture turns the page. */
const NEXT_PICTURE = /^[(（【[]?\s*点击?(?:图片|大图)?(?:进入|查看|浏览|翻到)?(?:下一页|下一张|下页|下一幅)\s*[)）】\]]?$/u;
/** "本文共3页 第2页：收割机进村 第3页：烘干中心", "分页：第2页：…", "第2页：收割机进村": the story's pages by their titles. */
const PAGE_INDEX = /^(?:(?:本文|全文)?共\d{1,3}页[\s:：,，]*|分页\s*[:：]\s*)?(?:第\d{1,3}页\s*[:：]\s*[^。！？]{1,30}?\s*)+$/u;

/** "关键词 >> 晚稻，丰收", "标签：乡村振兴 秋收": the words the story is filed under, printed under it. */
const FILED_UNDER = /^(?:本文|文章|相关|热门)?(?:关键词|关键字|标签)\s*(?:[:：>»]+|\s)\s*\S/u;
const isFiledUnderLine = (line: string): boolean => FILED_UNDER.test(line) && fitsIn(line, 60) && !/[。！？]/u.test(line);

/** "视频加载中...", "您的浏览器不支持播放此视频，请升级浏览器或安装Flash插件": what a player prints until it plays. */
const PLAYER_NOTICE = /^(?:视频|内容|图片|页面)?(?:正在)?加载中[.。…\s]*$|您的浏览器(?:暂)?不支持|请(?:升级|更新|更换)(?:您的)?浏览器|(?:安装|启用|下载|更新).{0,8}Flash|^(?:视频|播放器)?(?:加载|播放)(?:失败|出错)/iu;
const isPlayerNotice = (line: string): boolean => fitsIn(line, 60) && PLAYER_NOTICE.test(line);

function isPagerLine(line: string): boolean {
  if (!fitsIn(line, 80)) return false;
  if (PAGE_INDEX.test(line)) return /^(?:(?:本文|全文)?共|分页)/u.test(line) || fitsIn(line, 40);
  if (NEXT_PICTURE.test(line)) return true;
  const numbers = line.match(/\d+/gu) ?? [];
  const moves = PAGER_MOVE.test(line) || (PAGER_ARROWS.test(line) && numbers.length >= 2 && numbers.every((n) => n.length <= 3));
  return moves && line.replace(PAGER_PIECE, "").replace(/[\s|｜/·•,，:：<>«»‹›…._\-【】[\]()（）]+/gu, "") === "";
}

/** WeChat's "收录于话题 #指导性案例 12个": the collections the article is filed in, with their counts. */
const COLLECTION = /^收录于(?:话题|合集)(?:\s*#\S{1,30}(?:\s+\d+个)?)*$/u;
/** What the collection line may leave on the lines under it: "#指导性案例", "12个". */
export const isCollectionPart = (line: string): boolean => /^(?:#\S{1,30}|\d+个|#\S{1,30}\s+\d+个)$/u.test(line);
export const isCollectionLine = (line: string): boolean => COLLECTION.test(line);

/** A next-story link whose headline is on the line under it ("阅读下一篇：" alone). */
export const isBareNextLink = (line: string): boolean => NEXT_LINK.test(line) && line.replace(NEXT_LINK, "").trim() === "";

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
  /copyright|©|版权所有|ICP备|ICP证|公网安备|网安备|违法和不良信息举报|未经(?:书面)?(?:许可|授权)|不得转载|禁止转载|转载(?:请|须|需)(?:注明|联系|标明)|如有侵权|侵权请?联系|all rights reserved|观点仅代表作者本人|仅提供信息存储空间服务|(?:报料|爆料)(?:热线|电话|邮箱)?[:：]/iu;
/** Every footer clause of a line, counted (`match` with the g flag starts from 0 and leaves no state). */
const FOOTER_ALL = new RegExp(FOOTER.source, "giu");
/** "主办单位：青山新闻网", "技术支持：…": the site's own particulars at its foot. */
const SITE_INFO = /^(?:(?:主办|承办|协办|运行维护|运维|技术支持)单位|技术支持)\s*[:：]/u;

/** "声明：转载此文是出于传递更多信息之目的…", "【免责声明】本文仅代表作者个人观点…": a portal's notice under the story. */
const DISCLAIMER = /^[【[(（]?(?:免责|版权|特别|郑重)?声明(?:[】\])）]\s*[:：]?|\s*[:：]).*?(?:转载|版权|侵权|仅代表|不代表|立场)/u;

/** "文章为作者独立观点，不代表虎嗅网立场", "转载此文请于文首标明作者姓名": a site's notice about what it republishes. */
const REPRINT_NOTICE = /不代表.{1,12}(?:立场|观点)|转载(?:此文|本文|请)|(?:注明|标明|附上)(?:出处|来源|作者)|保留追究.{0,6}(?:责任|权利)/gu;

/**
 * A copyright or licence footer line. Long lines are prose that merely mentions copyright,
 * but for a notice of several such clauses (a reprint notice runs long).
 */
export function isFooterLine(line: string): boolean {
  if (fitsIn(line, 150) && (FOOTER.test(line) || SITE_INFO.test(line) || /^[*＊]?(?:文章|本文)?(?:为|系|仅)?(?:作者|作者个人)?独立观点[，,]\s*不代表/u.test(line))) return true;
  if (fitsIn(line, 300) && DISCLAIMER.test(line)) return true;
  return fitsIn(line, 400) && (line.match(REPRINT_NOTICE)?.length ?? 0) + (line.match(FOOTER_ALL)?.length ?? 0) >= 3;
}

const COMMENT_BOX =
  /^(?:写下你的评论|发表(?:你的)?评论|我要评论|写评论|说点什么|网友评论|最新评论|热门评论|全部评论|精彩评论|评论区|查看全部评论|文明上网.*|已有\d+人(?:参与|评论).*|(?:已有|共有?)?\d+条(?:评论|留言|回复)|还没有评论.*|快来抢沙发.*|(?:请先)?登录后(?:才能)?(?:评论|发言).*|发表|提交|取消)$/u;

/** The comment box under a story, and the headings of the comment list it opens. */
export function isCommentBoxLine(line: string): boolean {
  if (!fitsIn(line, 60)) return false;
  const bare = line.replace(/[\s。，,.…:：!！>»]+/gu, "");
  return bare !== "" && charLength(bare) <= 40 && COMMENT_BOX.test(bare);
}

/** "首页 > 新闻 > 正文", "人民网 >> 法治 >> 正文", "当前位置：…", "首页 | 国内 | 国际 | 财经", "首页 时政 国际 财经": site navigation. */
export function isNavigationLine(line: string): boolean {
  if (!fitsIn(line, 120)) return false;
  if (/^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:：]/u.test(line)) return true;
  // "> 山西要闻": a breadcrumb set one step a line.
  if (/^[>›»＞]+\s*[^\s>›»＞。，,]{1,10}$/u.test(line)) return true;
  // Two separators, or one after 首页: a lone ">" also occurs in prose ("价格>100元").
  const crumbs = line.split(/\s*[>›»＞]+\s*/u);
  const rooted = /^(?:首页|主页|网站首页|home)$/iu.test(crumbs[0] ?? "");
  const short = crumbs.every((c) => c !== "" && charLength(c) <= 10 && !/[。，,]/u.test(c));
  if (short && (crumbs.length >= 3 || (crumbs.length === 2 && rooted))) return true;
  const menu = line.split(/\s*[|｜丨]\s*/u);
  // A channel name: a few Chinese characters, or a word or two of English ("Lifestyle").
  if (menu.length >= 3 && menu.every((m) => m !== "" && (charLength(m) <= 8 || (/^[A-Za-z &'-]+$/u.test(m) && m.length <= 16)))) return true;
  // Channel names after 首页, set apart by spaces only.
  const channels = line.split(/\s+/u);
  return channels.length >= 4 && /^(?:首页|主页|网站首页)$/u.test(channels[0] ?? "") && channels.every((c) => charLength(c) <= 6 && !/[。，,：:]/u.test(c));
}

/** "返回搜狐，查看更多": a link back to the portal. "责任编辑：" with no name after it. */
const BACK_LINK = /^返回\S{1,8}[，,]?查看更多$|^(?:责任编辑|编辑|责编|作者|来源)\s*[:：]$/u;

export function isChromeLine(line: string): boolean {
  return (NEXT_LINK.test(line) && fitsIn(line, 60)) || CHROME_PHRASES.has(line) || BACK_LINK.test(line) || isCollectionLine(line) || isToolbarLine(line) || isPagerLine(line) || isFiledUnderLine(line) || isPlayerNotice(line) || isCommentBoxLine(line) || isNavigationLine(line);
}
