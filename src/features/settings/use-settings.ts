import { useSyncExternalStore } from "react";
import { DEFAULT_SETTINGS, getSettings, subscribeSettings, type Settings } from "./settings-store";

export function useSettings(): Settings {
  // Prerendered HTML carries the defaults; the stored choice applies right after hydration.
  return useSyncExternalStore(subscribeSettings, getSettings, () => DEFAULT_SETTINGS);
}
