// The lines under an article's title that say who published it, where it came from and when:
// "最高人民检察院", "来源:检察日报", "2020-10-04 20:30 来源: 长江网", "中国网 2019-11-25 10:37:31",
// "发布时间：… 作者：… 浏览：…". Counters (浏览, 阅读) are read past and never kept.
import { charLength, fitsIn } from "./lines";
import { latinByline } from "./byline";
import { findDate, findLatinDate, type PageDate } from "./dates";

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

// "澎湃新闻记者 张三": 记者 after the outlet's name, then the name after a space.
const LABEL =
  /(发布时间|发表时间|更新时间|时间|日期|来源于|来源|稿源|出处|作者|记者|责任编辑|编辑|责编|浏览次数|浏览量|阅读量|点击量|点击数|浏览|阅读|点击|字号|字体)\s*[:：]\s*|(?<=^|\s|\p{Script=Han})(记者|通讯员)\s+(?=\p{Script=Han}{2,4}(?:\s|$))/gu;
const SOURCE_LABELS = new Set(["来源", "来源于", "稿源", "出处"]);
const WRITER_LABELS = new Set(["作者", "记者", "通讯员"]);
/** "本报记者", "本台记者": the outlet is the page's own, not a source. */
const OWN_OUTLET = /^(?:本报|本刊|本台|本网|本站|特约)$/u;
const EDITOR_LABELS = new Set(["责任编辑", "编辑", "责编"]);

const trimValue = (s: string) => s.replace(/^[\s|｜·,，:：]+|[\s|｜·,，。:：]+$/gu, "");
const names = (s: string) => trimValue(s).split(/[\s、,，]+/u).filter((n) => n !== "");

/** Reads a header line; undefined when it is not one (no date and no known label). */
export function parseMetaLine(line: string): MetaLine | undefined {
  if (line === "" || !fitsIn(line, 80)) return undefined;
  const latin = latinMetaLine(line);
  if (latin !== undefined) return latin;
  const found = findDate(line);
  const rest = found ? line.replace(found.match, " ") : line;
  const labels = [...rest.matchAll(LABEL)];
  if (!found && labels.length === 0) return undefined;
  const meta: MetaLine = found ? { date: found.date } : {};
  const rawBefore = rest.slice(0, labels[0]?.index ?? rest.length);
  // "发布于 2020-08-06", "编辑于 …": the words say when, not who.
  const before = trimValue(trimValue(rawBefore).replace(/(?:^|\s)(?:发布|发表|编辑|更新|修改)于$/u, ""));
  labels.forEach((m, i) => {
    const label = m[1] ?? m[2] ?? "";
    const value = rest.slice((m.index ?? 0) + m[0].length, labels[i + 1]?.index ?? rest.length);
    if (SOURCE_LABELS.has(label) && trimValue(value) !== "") meta.source ??= trimValue(value);
    const credit = names(value).length > 0 ? (WRITER_LABELS.has(label) ? "writers" : EDITOR_LABELS.has(label) ? "editors" : undefined) : undefined;
    if (credit === undefined) return;
    meta[credit] = [...(meta[credit] ?? []), ...names(value)];
    meta.credits = [...(meta.credits ?? []), `${m[0]}${trimValue(value)}`.trim()];
  });
  // Prose that happens to hold a date ("2016年4月6日,山东省…") is a paragraph, not a header.
  if (/[。；;！!？?]/u.test(rawBefore) || charLength(before) > 20 || /[，,]/u.test(before)) return undefined;
  // "文・写真：山田花子": a label the line names but this reader does not know is no outlet.
  if (before === "" || OWN_OUTLET.test(before) || /[:：]/u.test(before)) return meta;
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

/** "原标题：…", "（原题：…）": the headline the story first ran under, a note about it, not its text. */
export const isOriginalTitleLine = (line: string): boolean => /^[(（【[]?\s*原(?:标题|题)\s*[:：]/u.test(line) && charLength(line) <= 80;

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

/** A line of its own under the title naming the publisher, e.g. "最高人民检察院". */
export function isPublisherLine(line: string): boolean {
  const n = charLength(line);
  return n >= 2 && n <= 20 && !/[。，,；;！!？?：:、()（）【】《》“”"#@]/u.test(line) && !/\d{4}/u.test(line);
}
