// RFC 3339 date-times as JSON Feed requires them, checked for calendar reality:
// `Date.parse("2024-02-30")` quietly rolls over to 1 March, so we check the fields ourselves.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDateTime(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number, number, number, number, number, number,
  ];
  if (month < 1 || month > 12) return false;
  if (day < 1 || day > daysInMonth(year, month)) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return false;
  return true;
}

/** Formats local wall-clock fields as RFC 3339 with a fixed offset such as "+08:00". */
export function toRfc3339(
  fields: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
  offset: string,
): string | undefined {
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const text =
    `${pad(fields.year, 4)}-${pad(fields.month)}-${pad(fields.day)}` +
    `T${pad(fields.hour ?? 0)}:${pad(fields.minute ?? 0)}:${pad(fields.second ?? 0)}${offset}`;
  return isRealDateTime(text) ? text : undefined;
}
