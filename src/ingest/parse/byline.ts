// The credit line of an article: "(文字:何海燕 王晨 编辑:胡仲涛)", "【编辑：张三】",
// "(责编：李四)", "责任编辑：王五". Kept as printed, with the writers and editors read out of it.
import type { Byline } from "../../content/feed-schema";
import { charLength, fitsIn } from "./lines";

// 记者 and 通讯员 are followed by a space as often as by a colon; one-character roles (文, 图)
// need the colon, or any name containing 文 would read as a credit.
const ROLE =
  /(?:本报|特约)?(?:(记者|通讯员)\s*[:：]?|(责任编辑|图片编辑|美术编辑|视频编辑|实习编辑|编辑|责编|文字|撰文|采写|作者|摄影|摄像|校对|审核|审校|监制|制图|统筹|文|图)\s*[:：])\s*/gu;
const WRITERS = new Set(["记者", "通讯员", "文字", "撰文", "采写", "作者", "文"]);
const EDITORS = new Set(["责任编辑", "图片编辑", "美术编辑", "视频编辑", "实习编辑", "编辑", "责编"]);

const BRACKETED = /^[(（【[]\s*([^()（）【】[\]]{2,80})\s*[)）】\]]$/u;
const PLAIN = /^(?:责任编辑|图片编辑|美术编辑|视频编辑|实习编辑|编辑|责编|作者|记者|文|撰文|校对|审核|审校|监制)\s*[:：]/u;
/**
 * A credit at the very end of the last paragraph: in brackets, or an editor's after the last
 * sentence ("…宣誓。 责任编辑：李华").
 */
const TRAILING =
  /[(（【]\s*(?:本报|特约)?(?:记者|通讯员|责任编辑|编辑|责编|文字|撰文|作者)\s*[:：][^()（）【】]{1,60}[)）】]$|(?<=[。！？!?”」)）])\s*(?:责任编辑|责编)\s*[:：]\s*[^\s。，,()（）【】]{2,12}$/u;

function splitNames(value: string): string[] {
  return value
    .split(/[\s、,，;；/]+/u)
    .map((n) => n.replace(/^[“"']|[”"'。.]$/gu, ""))
    .filter((n) => n !== "" && charLength(n) <= 20);
}

/** Reads a credit out of its inner text; undefined unless it starts with a role and names someone. */
function readCredits(inner: string): { writers: string[]; editors: string[] } | undefined {
  const roles = [...inner.matchAll(ROLE)];
  if (roles.length === 0 || roles[0]?.index !== 0) return undefined;
  const writers: string[] = [];
  const editors: string[] = [];
  let named = 0;
  roles.forEach((m, i) => {
    const role = m[1] ?? m[2] ?? "";
    const end = roles[i + 1]?.index ?? inner.length;
    const names = splitNames(inner.slice((m.index ?? 0) + m[0].length, end));
    named += names.length;
    if (WRITERS.has(role)) writers.push(...names);
    if (EDITORS.has(role)) editors.push(...names);
  });
  return named > 0 ? { writers: [...new Set(writers)], editors: [...new Set(editors)] } : undefined;
}

function toByline(text: string, credits: { writers: string[]; editors: string[] }): Byline {
  return {
    text,
    ...(credits.writers.length > 0 ? { writers: credits.writers } : {}),
    ...(credits.editors.length > 0 ? { editors: credits.editors } : {}),
  };
}

/** The line as a byline, or undefined when it is not a credit line. */
export function parseByline(printed: string): Byline | undefined {
  if (!fitsIn(printed, 90)) return undefined;
  // "【纠错】 【责任编辑：张三】": the page's buttons before the credit.
  const line = printed.replace(/^(?:[【[](?:纠错|我要纠错|打印|关闭|收藏|分享)[】\]]\s*)+/u, "");
  const bracketed = BRACKETED.exec(line);
  const inner = bracketed ? bracketed[1] : PLAIN.test(line) && charLength(line) <= 40 ? line : undefined;
  if (inner === undefined) return undefined;
  const credits = readCredits(inner.trim());
  return credits ? toByline(line, credits) : undefined;
}

/**
 * "By Jane Smith", "BY JANE SMITH AND JOHN DOE, April 5", French "Par Marie Dupont et Jean
 * Martin", Spanish "Por Ana García y Luis Pérez", German "Von Hans Müller und Eva Schmidt",
 * Dutch "Door Jan de Vries": a Latin-script byline over the story.
 */
const LATIN_BYLINE = /^(?:By|BY|by|Par|PAR|par|Por|POR|por|Von|VON|von|Door|door)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|AND|et|ET|y|Y|und|e|de|van|von|der|&))*?)(?:\s*[,|·•–—]|\s+\d|$)/u;

/** The writers a Latin-script byline names and the part of the line it takes, or undefined when the line is not one. */
export function latinByline(line: string): { writers: string[]; match: string } | undefined {
  const m = LATIN_BYLINE.exec(line);
  return m ? { writers: (m[1] as string).split(/\s+(?:and|AND|et|ET|y|Y|und|e|&)\s+/u), match: m[0] } : undefined;
}

/** Credit lines one under another ("责任编辑：李四 图片编辑：王五", "校对：赵六") as one byline. */
export function joinBylines(first: Byline, next: Byline): Byline {
  const writers = [...new Set([...(first.writers ?? []), ...(next.writers ?? [])])];
  const editors = [...new Set([...(first.editors ?? []), ...(next.editors ?? [])])];
  return { text: `${first.text} ${next.text}`, ...(writers.length > 0 ? { writers } : {}), ...(editors.length > 0 ? { editors } : {}) };
}

/** Splits "…尽快缩小差距。(责编：王五)" or "…缩小差距。 责编：王五" into the paragraph and its byline. */
export function splitTrailingByline(paragraph: string): { text: string; byline: Byline } | undefined {
  const m = TRAILING.exec(paragraph);
  if (!m || m.index === 0) return undefined;
  const byline = parseByline(m[0].trim());
  return byline ? { text: paragraph.slice(0, m.index).trimEnd(), byline } : undefined;
}
