// The credit line of an article: "(文字:何海燕 王晨 编辑:胡仲涛)", "【编辑：张三】",
// "(责编：李四)", "责任编辑：王五". Kept as printed, with the writers and editors read out of it.
import type { Byline } from "../../content/feed-schema";
import { cleanName } from "../../content/clean-text";
import { charLength, fitsIn } from "./lines";

// 记者 and 通讯员 are followed by a space as often as by a colon; one-character roles (文, 图)
// need the colon, a slash or a bar ("文/陈晓", "文字｜李娜"), or any name containing 文 would read as a credit.
const ROLE =
  /(?:本报|本台|本刊|本网|特约|见习|实习|职工|新华社|中新社|央视|央广)?(?:(记者|通讯员|责任编辑|责编|编辑)\s*[:：]?|(责任编辑|图片编辑|美术编辑|视频编辑|实习编辑|值班编辑|编辑|责编|文字|撰文|撰稿|采写|作者|摄影|摄像|校对|审核|审校|[一二三初复终]审|主编|监制|制图|统筹|图片|文|图)\s*[:：/／|｜丨])\s*/gu;
const WRITERS = new Set(["记者", "通讯员", "文字", "撰文", "撰稿", "采写", "作者", "文"]);
const EDITORS = new Set(["责任编辑", "图片编辑", "美术编辑", "视频编辑", "实习编辑", "编辑", "责编"]);

const BRACKETED = /^[(（【[]\s*([^()（）【】[\]]{2,80})\s*[)）】\]]$/u;
// "责任编辑 王五": the editor's role needs no colon before a name alone on the line.
const PLAIN = /^(?:(?:责任编辑|责编)\s+\p{Script=Han}{2,4}$|(?:责任编辑|图片编辑|美术编辑|视频编辑|实习编辑|值班编辑|编辑|责编|作者|记者|文字|文|撰文|撰稿|审核|校对|审校|[一二三初复终]审|主编|监制|统筹|摄影|摄像|制图|图片)\s*[:：/／|｜丨])/u;
/**
 * A credit at the very end of the last paragraph: in brackets ("…宣誓。（记者 王小明）",
 * "（责编：李四）"), or an editor's after the last sentence ("…宣誓。 责任编辑：李华").
 */
const TRAILING =
  /(?<=[。！？!?”」])\s*[(（【]\s*(?:本报|特约)?(?:记者|通讯员)\s+[^()（）【】:：]{2,60}[)）】]$|[(（【[]\s*(?:本报|特约)?(?:记者|通讯员|责任编辑|编辑|责编|文字|撰文|作者)\s*[:：][^()（）【】[\]]{1,60}[)）】\]]$|(?<=[。！？!?”」)）])\s*(?:责任编辑|责编|编辑)\s*[:：]\s*[^\s。，,()（）【】]{2,12}$/u;

/** Words in a credit that name no one: "实习生 李四", "王小明 张丽 报道", "李华 摄", "文/图 李华", "佚名". */
const NOT_A_NAME = new Set([
  "实习生", "见习记者", "记者", "通讯员", "特约记者", "本报记者", "报道", "摄", "摄影", "整理", "编译", "综合", "发自", "供图", "等", "文", "图", "文/图", "图文",
  // "作者：本报记者 王小明" read as 作者 "本报", then 记者 "王小明": the words before a role.
  "本报", "本台", "本刊", "本网", "本站记者", "特约", "实习", "见习", "首席",
  // "作者：佚名", "作者：未知", "作者：admin": the page names no one.
  "佚名", "未知", "不详", "匿名", "无", "管理员", "admin", "本站", "本站编辑", "网络", "网友",
  // "作者：网络整理": gathered from elsewhere, by no one named.
  "网络整理", "综合整理", "本站整理", "网络转载", "转载",
  // "By Admin", "Author: Unknown".
  "unknown", "anonymous",
]);

/** A word that stands where a name would and names no one ("佚名", "未知", "实习生"). */
export const namesNoOne = (word: string) => NOT_A_NAME.has(word.toLowerCase());

/** The writers' names as a story's authors: each cleaned, once, none that names no one or is the outlet it came from. */
export function authorNames(names: readonly string[], outlets: readonly (string | undefined)[]): string[] {
  const cleaned = names.flatMap((n) => cleanName(n) ?? []);
  return [...new Set(cleaned)].filter((n) => charLength(n) <= 30 && !outlets.includes(n) && !namesNoOne(n));
}

/** A portal's code for its editor beside the name: "张三_NN1234", "张三 SN225". */
const NAME_CODE = /_[A-Z]{1,5}\d{2,6}$/u;
const EDITOR_CODE = /^[A-Z]{1,4}\d{2,6}$/u;

/**
 * The names a credit gives after its role, up to the next role it prints ("张三 / 摄影：李四" →
 * 张三). An editor's code is a name only where the credit gives no other ("（责任编辑： HN666）").
 */
export function creditNames(value: string): string[] {
  const names: string[] = [];
  const codes: string[] = [];
  // "王五】【来源：…": a credit set in brackets beside the next one ends at its bracket.
  for (const raw of value.split(/[\s、,，;；/／|｜丨]+|(?<=[】\]])(?=[【[])/u)) {
    // "作者：王小明，转载请联系授权": a clause after the names ends them.
    if (/[:：]/u.test(raw) || /转载|授权|请|联系|出处|禁止/u.test(raw)) break;
    // "记者：今年的收成怎么样？": an interviewer's question, no one's name.
    if (/[？?！!]/u.test(raw)) break;
    // "张三（青山县农业农村局）": the writer's unit in brackets after the name is no part of it.
    const n = raw.replace(/(?<=^\p{Script=Han}{2,4})[(（][^()（）]{2,30}[)）]?$/u, "").replace(/^[“"'(（【[]+|[”"'。.)）】\]]+$/gu, "").replace(/(?<=^\p{Script=Han}{2,4})(?:摄|报道)$/u, "").replace(NAME_CODE, "");
    // "南方周末实习生": an outlet's name before a role ("实习生 李华"), no one's name.
    if (n === "" || charLength(n) > 20 || namesNoOne(n) || /\p{Script=Han}(?:实习生|记者|通讯员|编辑)$/u.test(n)) continue;
    (EDITOR_CODE.test(n) ? codes : names).push(n);
  }
  return names.length > 0 ? names : codes;
}

interface Credits {
  writers: string[];
  editors: string[];
  /** The writers but the 通讯员 (correspondents credited beside the reporter): who wrote the story. */
  reporters: string[];
}

/** Reads a credit out of its inner text; undefined unless it starts with a role and names someone. */
function readCredits(inner: string): Credits | undefined {
  const roles = [...inner.matchAll(ROLE)];
  if (roles.length === 0 || roles[0]?.index !== 0) return undefined;
  const writers: string[] = [];
  const editors: string[] = [];
  const reporters: string[] = [];
  let named = 0;
  roles.forEach((m, i) => {
    const role = m[1] ?? m[2] ?? "";
    const end = roles[i + 1]?.index ?? inner.length;
    const names = creditNames(inner.slice((m.index ?? 0) + m[0].length, end));
    named += names.length;
    if (WRITERS.has(role)) writers.push(...names);
    if (WRITERS.has(role) && role !== "通讯员") reporters.push(...names);
    if (EDITORS.has(role)) editors.push(...names);
  });
  return named > 0 ? { writers: [...new Set(writers)], editors: [...new Set(editors)], reporters: [...new Set(reporters)] } : undefined;
}

function toByline(text: string, credits: Credits): Byline {
  return {
    text,
    ...(credits.writers.length > 0 ? { writers: credits.writers } : {}),
    ...(credits.editors.length > 0 ? { editors: credits.editors } : {}),
  };
}

/** "青山日报记者 张三", "县融媒体中心记者 李四", "环球网报道 记者 张三": the outlet a reporter writes for, before the role. */
const OUTLET_BEFORE_ROLE = /^\p{Script=Han}{1,12}?(?:报|社|台|网|刊|站|中心|新闻)(?:报道|讯)?\s*(?=(?:特约|见习|实习|首席)?记者)/u;

/** The credits of a credit line, or undefined when it is not one. */
function creditsOf(line: string): Credits | undefined {
  if (!fitsIn(line, 90)) return undefined;
  const bracketed = BRACKETED.exec(line);
  const inner = bracketed ? bracketed[1]?.trim().replace(OUTLET_BEFORE_ROLE, "") : PLAIN.test(line) && charLength(line) <= 40 ? line : undefined;
  return inner === undefined ? undefined : readCredits(inner.trim());
}

/** The line as a byline, or undefined when it is not a credit line. */
/** "本文来源：青山日报 责任编辑：王五": the source, read as such, printed before the credit. */
export const withoutSource = (line: string) => line.replace(/^(?:本文|文章|稿件)?(?:来源|稿源|出处)\s*[:：]\s*[^\s:：]{1,30}\s+(?=\S)/u, "");

export function parseByline(printed: string): Byline | undefined {
  // "【纠错】 【责任编辑：张三】": the page's buttons before the credit.
  const line = withoutSource(printed.replace(/^(?:[【[](?:纠错|我要纠错|打印|关闭|收藏|分享)[】\]]\s*)+/u, ""));
  const credits = creditsOf(line);
  return credits ? toByline(line, credits) : undefined;
}

/**
 * "By Jane Smith", "BY JANE SMITH AND JOHN DOE, April 5", French "Par Marie Dupont et Jean
 * Martin", Spanish "Por Ana García y Luis Pérez", German "Von Hans Müller und Eva Schmidt",
 * Dutch "Door Jan de Vries", "Posted by Priya Raman, Software Engineer", "This article was
 * contributed by Jane Doe": a Latin-script byline over the story. The name ends at a date
 * after it ("By Jane Roe June 1, 2021"), its month no part of the name.
 */
const LATIN_BYLINE = /^(?:(?:This|this)\s+(?:article|post|story)\s+was\s+(?:contributed|written)\s+by|(?:Posted|POSTED|posted|Written|WRITTEN|written)\s+by|By|BY|by|Par|PAR|par|Por|POR|por|Von|VON|von|Door|door)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|AND|et|ET|y|Y|und|e|de|van|von|der|&))*?)(?:\s*[,|·•–—]|\s+\d|\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d|$)/u;

/**
 * Russian "Автор: Иван Петров", Greek "Του Γιώργου Παπαδόπουλου", Hebrew "מאת: דנה כהן", Arabic
 * "بقلم: أحمد خالد", Turkish "Yazar: Ayşe Yılmaz": the label, then a name of up to four words,
 * and after it only the line's end, a separator or a date (Hebrew and Arabic have no capitals to
 * tell a name by).
 */
const LABELLED_BYLINE = /^(?:Автор(?:ы)?|Текст|Του|Της|Των|מאת|بقلم|كتب|كتبت|Yazar|Yazan)\s*[:：]?\s+([\p{L}][\p{L}\p{M}.'’-]*(?:\s+[\p{L}][\p{L}\p{M}.'’-]*){0,3}(?:\s+(?:и|και)\s+[\p{L}][\p{L}\p{M}.'’-]*(?:\s+[\p{L}][\p{L}\p{M}.'’-]*){0,3})?)(?=\s*[,|·•–—]|\s+\d|\s*$)/u;

/** The writers a byline over the story names and the part of the line it takes, or undefined when the line is not one. */
export function latinByline(line: string): { writers: string[]; match: string } | undefined {
  const m = LATIN_BYLINE.exec(line);
  if (m) return { writers: (m[1] as string).split(/\s+(?:and|AND|et|ET|y|Y|und|e|&)\s+/u), match: m[0] };
  const labelled = LABELLED_BYLINE.exec(line);
  return labelled ? { writers: (labelled[1] as string).split(/\s+(?:и|και)\s+/u), match: labelled[0] } : undefined;
}

/**
 * Who wrote the story, as its credit line names them: "（记者 王小明 通讯员 赵刚）" → 王小明;
 * "（通讯员 赵刚）", crediting no reporter → 赵刚.
 */
export function bylineReporters(byline: Byline): string[] {
  // Two credit lines joined ("（记者 王小明） 编辑：王五"): the reporters are in the one in brackets.
  const lines = [byline.text, ...(byline.text.match(/[(（【[][^()（）【】[\]]+[)）】\]]/gu) ?? [])];
  for (const line of lines) {
    const credits = creditsOf(line);
    if (credits !== undefined && credits.writers.length > 0) return credits.reporters.length > 0 ? credits.reporters : credits.writers;
  }
  return [];
}

/** Splits "…尽快缩小差距。(责编：王五)" or "…缩小差距。 责编：王五" into the paragraph and its byline. */
export function splitTrailingByline(paragraph: string): { text: string; byline: Byline } | undefined {
  const m = TRAILING.exec(paragraph);
  if (!m || m.index === 0) return undefined;
  const byline = parseByline(m[0].trim());
  return byline ? { text: paragraph.slice(0, m.index).trimEnd(), byline } : undefined;
}

/** Two credit lines of one story ("编辑：张三", then "审核：李四") as one byline. */
export function joinBylines(first: Byline | undefined, next: Byline | undefined): Byline | undefined {
  if (first === undefined || next === undefined) return first ?? next;
  const writers = [...new Set([...(first.writers ?? []), ...(next.writers ?? [])])];
  const editors = [...new Set([...(first.editors ?? []), ...(next.editors ?? [])])];
  return { text: `${first.text} ${next.text}`, ...(writers.length > 0 ? { writers } : {}), ...(editors.length > 0 ? { editors } : {}) };
}
