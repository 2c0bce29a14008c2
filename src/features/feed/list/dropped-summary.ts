// What the feed page says about stories it could not show: how many, and why, in a
// reader's words. A repeat of a story already shown is not a loss and is not counted.
import type { DropCause } from "../../../content/parse-feed-page";

const WHY: Record<Exclude<DropCause, "duplicate">, string> = {
  "no-id": "缺少编号",
  "bad-id": "编号无法识别",
  "no-text": "没有正文",
  malformed: "内容格式有误",
};

/** e.g. "3 条内容没能显示：2 条没有正文，1 条缺少编号。", or undefined when none was lost. */
export function droppedSummary(causes: readonly DropCause[], shown: number): string | undefined {
  const counts = new Map<string, number>();
  for (const cause of causes) if (cause !== "duplicate") counts.set(WHY[cause], (counts.get(WHY[cause]) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  const why = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([words, n]) => (counts.size === 1 ? words : `${n} 条${words}`))
    .join("，");
  if (shown === 0) return `订阅源里的 ${total} 条内容都没能显示：${why}。`;
  return `另有 ${total} 条内容没能显示：${why}。`;
}
