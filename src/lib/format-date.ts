// Dates are shown in China Standard Time: the feed's sources are Chinese sites.
const TIME_ZONE = "Asia/Shanghai";

export function formatDate(iso: string, precision: "day" | "minute" | "second" = "minute"): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const options: Intl.DateTimeFormatOptions =
    precision === "day"
      ? { timeZone: TIME_ZONE, year: "numeric", month: "long", day: "numeric" }
      : { timeZone: TIME_ZONE, year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  return new Intl.DateTimeFormat("zh-CN", options).format(time);
}
