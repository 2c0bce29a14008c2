// China Standard Time, which every source here writes in: a fixed UTC+8 with no daylight
// saving, so an instant's wall clock is its UTC fields shifted by eight hours.

export const CHINA_OFFSET_MS = 8 * 3_600_000;

export interface ChinaWall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Days since the epoch, counted in China Standard Time. */
  dayNumber: number;
}

/** The China wall-clock fields of an instant (epoch milliseconds). */
export function chinaWall(ms: number): ChinaWall {
  const d = new Date(ms + CHINA_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    dayNumber: Math.floor((ms + CHINA_OFFSET_MS) / 86_400_000),
  };
}
