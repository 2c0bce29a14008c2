// Lines printed inside a story's block that are none of its text: pointers to the site, prompts
// to take the page to a phone, counters, end marks, empty credits and the controls' leftovers.
import { isChromeLine, isCommentBoxLine, isFooterLine } from "../parse/chrome";
import { charLength } from "../parse/lines";
import { isAsideLine } from "./latin-lines";
import { MEMBER_LABEL } from "./paywall";

/** "相关资讯请关注：…专区", "更多精彩请访问…": a pointer to the site, not the story. */
const PROMO = /^(?:相关|更多)(?:资讯|精彩|内容|新闻|文章|报道)?.{0,6}请(?:关注|访问|点击|登录)|^返回.{1,6}[，,]\s*查看更多$|^点击(?:进入|查看|阅读)(?:专题|更多|全文|原文)?\s*(?:[:：]|[>》»]+$)/u;
/**
 * "扫一扫在手机打开当前页", "长按识别二维码关注我们", "下载青山日报客户端，看更多新闻": a prompt to
 * take the page to a phone or an app, short and no sentence.
 */
const PHONE_PROMPT = /扫一扫|扫码|扫描二维码|识别二维码|(?:^|[，,\s])(?:下载|打开|安装).{0,12}(?:客户端|APP)/iu;
const isPhonePrompt = (text: string) => charLength(text) <= 30 && !/[。！？]/u.test(text) && PHONE_PROMPT.test(text);
/** "点击上方“青山日报”关注我们", "↑点击上方蓝字关注": an account's prompt to follow it. */
const FOLLOW_PROMPT = /^[↑↓☝👆▲\s]*点击?(?:上方|下方|上面|下面|蓝字|右上角).{0,16}(?:关注|订阅|星标)/u;
/** "本文约3000字，阅读需要8分钟", "全文共1234字，预计阅读时间4分钟": the story's reading time. */
const READING_TIME_ZH = /^(?:(?:本文|全文)(?:约|共|大约)?\s*[\d,]+\s*字[，,\s]*)?(?:预计|大约)?阅读(?:需要|时间|时长|约需)?\s*[:：]?\s*(?:约|大约)?\s*\d+\s*分钟[。.]?$/u;
/** "原文链接：http://…": the address the story was copied from, a pointer and not its text. */
const ORIGIN_LINK = /^(?:原文链接|原文地址|原文网址|本文链接|本文地址|文章链接|文章地址)\s*[:：]/u;
/** "专题：2019农民丰收节", "相关专题：…": a pointer to the site's page on the topic. */
const TOPIC_LINK = /^(?:相关)?专题\s*[:：]\s*\S/u;
const isTopicLink = (text: string) => TOPIC_LINK.test(text) && charLength(text) <= 40 && !/[。！？]/u.test(text);
/** "（完）", "-END-", "—完—": the mark at a story's end. */
const END_MARK = /^[(（【[\-—–\s]*(?:完|全文完|本文完|end)[)）】\]\-—–\s]*$/iu;
/** "责任编辑：" with nothing after it: a template's empty credit. */
const EMPTY_LABEL = /^[(（【[]?\s*(?:责任编辑|编辑|责编|来源|作者|记者|通讯员)\s*[:：]?\s*[)）】\]]?$/u;
/** Counters and bare numbers ("4", "3573") are widgets, not text. */
const BARE_NUMBER = /^[\d\s.,:：|/-]+$/u;
/** "【】【】": the brackets that held 打印本页 and 关闭窗口 once those controls are gone. */
const EMPTY_BRACKETS = /^(?:\s*(?:【\s*】|\[\s*\]|[(（]\s*[)）]))+\s*$/u;
export const isNoise = (text: string) =>
  MEMBER_LABEL.test(text) || BARE_NUMBER.test(text) || EMPTY_BRACKETS.test(text) || (charLength(text) <= 40 && (FOLLOW_PROMPT.test(text) || READING_TIME_ZH.test(text))) || END_MARK.test(text) || isPhonePrompt(text) || isTopicLink(text) || (ORIGIN_LINK.test(text) && charLength(text) <= 200) || PROMO.test(text) || isAsideLine(text) || EMPTY_LABEL.test(text) || isChromeLine(text) || isFooterLine(text) || isCommentBoxLine(text);

