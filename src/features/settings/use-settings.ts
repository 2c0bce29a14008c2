import { useSyncExternalStore } from "react";
import { getSettings, subscribeSettings, type Settings } from "./settings-store";

export function useSettings(): Settings {
  return useSyncExternalStore(subscribeSettings, getSettings, getSettings);
}
