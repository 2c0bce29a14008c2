import { useSyncExternalStore } from "react";

const MINUTE = 60_000;

/** The current minute: the same value for every caller within a minute, so it is a stable snapshot. */
const currentMinute = () => Math.floor(Date.now() / MINUTE) * MINUTE;

function subscribe(onChange: () => void): () => void {
  const timer = setInterval(onChange, MINUTE);
  return () => clearInterval(timer);
}

/**
 * The time now, to the minute, kept current while mounted; undefined on the server and while
 * hydrating, where "now" would differ between the build and the reader (a hydration mismatch).
 */
export function useNow(): number | undefined {
  return useSyncExternalStore<number | undefined>(subscribe, currentMinute, () => undefined);
}
