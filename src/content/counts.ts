// A count (reposts, comments, likes, followers) as Weibo shows it: up to 9999 as the number,
// then in 万 and 亿 with one decimal at most ("1.2万", "100万", "3亿"), cut rather than rounded
// so it never says more than there is. A count already printed with its unit ("1.2万", "100万+")
// is kept as printed.
const UNITS = [
  { size: 100_000_000, name: "亿" },
  { size: 10_000, name: "万" },
] as const;

export function showCount(count: string): string {
  if (!/^\d+$/u.test(count)) return count;
  const n = Number(count);
  const unit = UNITS.find((u) => n >= u.size);
  if (unit === undefined) return String(n);
  const tenths = Math.floor((n * 10) / unit.size);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}${unit.name}`;
}
