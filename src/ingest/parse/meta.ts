// The lines under an article's title that say who published it, where it came from and when:
// "最高人民检察院", "来源:检察日报", "2020-10-04 20:30 来源: 长江网", "中国网 2019-11-25 10:37:31",
// "发布时间：… 作者：… 浏览：…". Counters (浏览, 阅读) are read past and never kept.
import { charLength, fitsIn } from "./lines";
import { findDate, findLatinDate, type PageDate } from "./dates";
import { isToolbarLine } from "./chrome";
import { creditNames, latinByline } from "./byline";

export interface MetaLine {
  date?: PageDate;
  source?: string;
  writers?: string[];
  editors?: string[];
  /** The credit fragments as printed, e.g. "作者：李四". */
  credits?: string[];
  /** Text with no label beside a date: on news sites, the outlet (中国网 2019-11-25). */
  unlabelled?: string;
}

const LABELS =
  // "发布日期：…", "文章来源：…": the whole label, never a bare 日期 or 来源 with its first word left as a name or an outlet.
  "(?:发布|发表|更新|修改|首发|发稿|刊发|录入|上传|创建|出版|成文|印发|发文)(?:时间|日期)|时间|日期|" +
  "(?:文章|信息|稿件|新闻)来源|来源于|来源|稿源|出处|来自|作者|记者|通讯员|撰稿|撰文|责任编辑|编辑|责编|" +
  // Credits this reader keeps no names of, which end the value before them ("来源：青山日报 摄影：李华").
  "摄影|摄像|供稿|校对|审核|审校|终审|主编|策划|统筹|监制|出品|制图|翻译|" +
  "浏览次数|浏览量|阅读量|点击量|点击数|浏览|阅读|点击";
const LABEL = new RegExp(
  String.raw`(${LABELS})\s*(?:[:：]|[|｜丨](?!\s*(?:发布时间|发表时间|更新时间|发布日期|时间|日期|来源|作者|编辑)))\s*|(?<=^|\s|\p{Script=Han})(记者|通讯员)\s+(?=\p{Script=Han}{2,4}(?:\s|$))`,
  "gu",
);
/** "【发布时间】2019-09-26 【来源】青山日报": a label set in brackets, read as one with a colon. */
const BRACKETED_LABEL = new RegExp(String.raw`[【[]\s*(${LABELS})\s*[】\]]\s*`, "gu");
const CALENDAR_WORDS = /(?<=^|\s)(?:(?:星期|礼拜|周)[一二三四五六日天]|农历\S{2,8}|今天是)(?=\s|$)/gu;
const SOURCE_LABELS = new Set(["来源", "文章来源", "信息来源", "稿件来源", "新闻来源", "来源于", "稿源", "出处", "来自"]);
const WRITER_LABELS = new Set(["作者", "记者", "撰稿", "撰文"]);
const EDITOR_LABELS = new Set(["责任编辑", "编辑", "责编"]);

const trimSeparators = (s: string) => s.replace(/^[\s|｜·,，:：]+|[\s|｜·,，。:：]+$/gu, "");
/**
 * "来源：县粮食局】【字号…", "（本文来源：青山日报）": a bracket left open by the line's own
 * brackets goes; "游民星空[整理]" stays whole.
 */
function trimValue(s: string): string {
  // "王五】【" of "【责任编辑：王五】【来源：…】": the value's bracket closes, the next credit's opens.
  let value = trimSeparators(s).replace(/[】\])）]\s*[【[(（]$/u, "");
  if (/^[【[(（]/u.test(value) && !/[】\])）]/u.test(value)) value = value.slice(1);
  if (/[】\])）]$/u.test(value) && !/[【[(（]/u.test(value)) value = value.slice(0, -1);
  return trimSeparators(value);
}
/** "新华网 举报", "新华网 | 参与互动", "王小明 收藏 12": the words without the controls and counters printed after them. */
function withoutControls(value: string): string {
  const words = trimValue(value).split(/\s+/u);
  const from = words.findIndex((_, i) => i > 0 && isToolbarLine(words.slice(i).join(" ")));
  return trimValue((from > 0 ? words.slice(0, from) : words).join(" "));
}
const names = (s: string) => creditNames(trimValue(s));

/** "财经", "新闻中心", "正文": a channel's name or a page's kind, never an outlet. */
export const CHANNEL_NAME = /^(?:新闻|资讯|要闻|国内|国际|社会|财经|体育|娱乐|科技|军事|教育|健康|汽车|房产|文化|旅游|视频|图片|正文|详情|综合|本地|时政|新闻中心|新闻频道|本地新闻|新闻动态|工作动态|通知公告)$/u;
/** "财经 青山日报 2021-03-05 10:20": the channel printed before the outlet beside the date is not its name. */
const withoutChannel = (s: string) => s.replace(/^(\S+)\s+(?=\S)/u, (all, first: string) => (CHANNEL_NAME.test(first) ? "" : all));

/** "【字体：大 中 小】", "[打印]": a control in brackets. */
const BRACKETED = /[【[]([^【】[\]]{1,20})[】\]]/gu;
/** "字数 1234", "阅读 5678", "字号：大 中 小": counters and controls printed beside the date. */
const WIDGET = /(?:字数|阅读|浏览|点击|评论|点赞|喜欢)(?:量|数|次数)?\s*\d[\d,.]*[万千wk]?\+?次?|字[体号]\s*[:：]?\s*(?:[大中小]\s*){2,3}/gu;

/** The line without its counters and controls ("【我要纠错】", "阅读 5678"), which are never a source, a name or a credit. */
export const withoutWidgets = (line: string) => line.replace(BRACKETED, (all, inner: string) => (isToolbarLine(inner) ? " " : all)).replace(WIDGET, " ").trim();

const LEADING_LABEL = new RegExp(`^(${LABELS})\\s*(?=[^\\s:：|｜丨])`, "u");
/** Two bars or more: fields set apart. */
const BARS = /[|｜丨][^|｜丨]*[|｜丨]/u;
/** "1164次阅读", "0 条评论": a counter set as a field of its own. */
const COUNTER_FIELD = /^\d[\d,.]*[万千]?\s*(?:次阅读|次浏览|人阅读|人浏览|次点击|人看过|条评论|条留言)$/u;

/**
 * "发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星": a dated line of fields set
 * apart by bars, its labels run into their values or a space before them ("来源 CSDN", as a
 * page's markup sets it): each label read as if a colon followed it, the counters left out.
 */
function barFields(line: string): string {
  if (!BARS.test(line)) return line;
  const fields = line.split(/\s*[|｜丨]\s*/u);
  if (fields.length < 3 || findDate(line) === undefined) return line;
  return fields
    .filter((field) => !COUNTER_FIELD.test(field))
    .map((field) => field.replace(LEADING_LABEL, "$1："))
    .join(" ");
}

/** A time told from when the page was read: "刚刚", "5分钟前", "昨天 10:12", "3天前". */
const RELATIVE_TIME = /^(?:刚刚|\d{1,2}\s*(?:秒|分钟|小时|天)前|(?:今天|昨天|前天)(?:\s*\d{1,2}[:：]\d{2})?)$/u;

/** Reads a header line; undefined when it is not one (no date and no known label). */
export function parseMetaLine(printed: string): MetaLine | undefined {
  if (printed === "" || !fitsIn(printed, 80)) return undefined;
  const latin = latinMetaLine(printed);
  if (latin !== undefined) return latin;
  // "■记者 王小明": a newspaper's square mark before its credit.
  const line = barFields(withoutWidgets(printed).replace(BRACKETED_LABEL, "$1：").replace(/^[■□●◆◇▲△▶►]+\s*/u, ""));
  const found = findDate(line);
  // "(2019-09-26 12:11:02)": the brackets a date was printed in go with it.
  const rest = found ? line.replace(found.match, " ").replace(/[(（【[]\s*[)）】\]]/gu, " ") : line;
  const labels = [...rest.matchAll(LABEL)];
  // "昨天", "3小时前": when the page was read, which it does not say: a header line with no date.
  if (!found && labels.length === 0) return RELATIVE_TIME.test(line) ? {} : undefined;
  const meta: MetaLine = found ? { date: found.date } : {};
  const rawBefore = rest.slice(0, labels[0]?.index ?? rest.length);
  // "发布于 2020-08-06", "编辑于 …": the words say when, not who.
  // "星期四", "农历八月廿八" beside the day say which day it is, not who published it.
  // "王小明 于 2019-09-26 12:11:02 发布": the same words on both sides of the date.
  const before = withoutChannel(withoutControls(
    trimValue(rawBefore)
      .replace(/(?:^|\s)(?:发布|发表|编辑|更新|修改)于$/u, "")
      .replace(/(?:^|\s)于\s+(?:发布|发表|编辑|更新|修改)(?=\s|$)/u, " ")
      .replace(CALENDAR_WORDS, " "),
  ));
  labels.forEach((m, i) => {
    const label = m[1] ?? m[2] ?? "";
    const value = rest.slice((m.index ?? 0) + m[0].length, labels[i + 1]?.index ?? rest.length);
    // "数据来源：国家统计局", "图片来源：网络": where a chart's figures or a picture came from, not the story.
    const sourced = SOURCE_LABELS.has(label) && !/(?:数据|图片|图|资料|视频)$/u.test(rest.slice(0, m.index ?? 0));
    const source = sourced ? withoutControls(value) : "";
    if (source !== "") meta.source ??= source;
    const credit = names(value).length > 0 ? (WRITER_LABELS.has(label) ? "writers" : EDITOR_LABELS.has(label) ? "editors" : undefined) : undefined;
    if (credit === undefined) return;
    meta[credit] = [...(meta[credit] ?? []), ...names(value)];
    meta.credits = [...(meta.credits ?? []), `${m[0]}${trimValue(value)}`.trim()];
  });
  // Prose that happens to hold a date ("2016年4月6日,山东省…") is a paragraph, not a header.
  if (/[。；;！!？?]/u.test(rawBefore) || charLength(before) > 20 || /[，,]/u.test(before)) return undefined;
  // Only beside a date: the "本报" of "本报记者 王小明" is the reporter's, not an outlet; and
  // "文・写真：山田花子", a label this reader does not know, is no outlet either.
  // "Published: 2021-03-05 10:20": the English label of the date, no outlet.
  if (before === "" || !found || /[:：]/u.test(before) || /^(?:published|posted|updated|last updated|date|time|pubdate)$/iu.test(before)) return meta;
  // WeChat's "原创 张三 某某公众号 2020-08-05 18:30": the writer, then the account that published it.
  const wechat = /^原创(?:\s+(\S+))?\s+(\S+)$/u.exec(before);
  if (wechat) {
    const [, writer, account] = wechat;
    if (writer !== undefined && writer !== account) {
      meta.writers = [...(meta.writers ?? []), writer];
      meta.credits = [...(meta.credits ?? []), writer];
    }
    meta.unlabelled = account;
  } else meta.unlabelled = before;
  return meta;
}

/** "By Jane Doe", "Wed 5 Aug 2020 18.30 BST", "Published September 26, 2019": an English header line. */
function latinMetaLine(line: string): MetaLine | undefined {
  if (!/^[\p{Script=Latin}\d\s.,:|·•–—'’&-]+$/u.test(line)) return undefined;
  const byline = latinByline(line);
  if (byline !== undefined) return { writers: byline.writers, credits: [line] };
  const found = findLatinDate(line);
  // Only a date with the words pages print around it: a weekday, a time, "Published", "Updated".
  if (found === undefined || /\p{L}{2,}/u.test(line.replace(found.match, "").replace(/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{L}*|\b(?:Published|Updated|Posted|Last updated|on|at|am|pm|AM|PM|[A-Z]{2,4})\b/gu, ""))) return undefined;
  return { date: found.date };
}

/**
 * "本文来自微信公众号：青山视界（ID：qsview），作者：王小明，题图来自：视觉中国", "本文由「青山视界」原创出品，
 * 作者：王小明": where a republished story came from, and who wrote it; a note about the story, not its text.
 */
const ORIGIN_NOTE = /^[*＊]?本文(?:来自|转载自|转自|选自|来源于|由)\s*(?:微信)?(?:公众号)?\s*[:：]?\s*[「“"《]?([^，,。：:（(「」“”"《》]{2,30}?)[」”"》]?\s*(?:[(（]ID[:：][^)）]*[)）])?\s*(?:原创出品|原创|授权(?:发布|转载)?|出品|发布)?(?=[，,。]|$)/u;
const ORIGIN_WRITER = /作者\s*[:：|｜]\s*([^，,。；;\s（(]{2,20})/u;

export function originNote(line: string): { source: string; writers: string[] } | undefined {
  // A note is one sentence; "本文来自于作者的亲身经历，…。…" is the story telling of itself.
  if (charLength(line) > 120 || /[。！？].+/u.test(line)) return undefined;
  const source = ORIGIN_NOTE.exec(line)?.[1]?.trim();
  if (source === undefined || source === "" || /^于|的/u.test(source)) return undefined;
  const writer = ORIGIN_WRITER.exec(line)?.[1];
  return { source, writers: writer !== undefined ? [writer] : [] };
}

/** "原标题：…", "（原题：…）": the headline the story first ran under, a note about it, not its text. */
export const isOriginalTitleLine = (line: string): boolean => /^[(（【[]?\s*原(?:标题|题)\s*[:：]/u.test(line) && charLength(line) <= 80;

/** A line of its own under the title naming the publisher, e.g. "最高人民检察院". */
export function isPublisherLine(line: string): boolean {
  const n = charLength(line);
  return n >= 2 && n <= 20 && !/[。，,；;！!？?：:、()（）【】《》“”"#@]/u.test(line) && !/\d{4}/u.test(line);
}
