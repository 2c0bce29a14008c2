// Reader preferences (theme, text size), remembered on this device and shared by every view.
import { readStored, writeStored } from "../../lib/local-store";

export const THEMES = ["light", "sepia", "dark"] as const;
export const SIZES = ["small", "medium", "large", "xlarge"] as const;
export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof SIZES)[number];
export interface Settings {
  theme: Theme;
  size: TextSize;
}

const KEY = "qingyue:settings";
export const DEFAULT_SETTINGS: Settings = { theme: "light", size: "medium" };
const DEFAULTS = DEFAULT_SETTINGS;

function isSettings(value: unknown): value is Partial<Settings> {
  return typeof value === "object" && value !== null;
}

function load(): Settings {
  const stored = readStored(KEY, isSettings) ?? {};
  return {
    theme: THEMES.includes(stored.theme as Theme) ? (stored.theme as Theme) : DEFAULTS.theme,
    size: SIZES.includes(stored.size as TextSize) ? (stored.size as TextSize) : DEFAULTS.size,
  };
}

let current: Settings | undefined;
const listeners = new Set<() => void>();

export function getSettings(): Settings {
  current ??= load();
  return current;
}

/** Puts the settings on <html> so CSS (and the first paint) follow them. */
export function applySettings(settings: Settings = getSettings()): void {
  const root = document.documentElement;
  root.dataset.theme = settings.theme;
  root.dataset.size = settings.size;
}

export function updateSettings(patch: Partial<Settings>): void {
  current = { ...getSettings(), ...patch };
  writeStored(KEY, current);
  applySettings(current);
  for (const listener of listeners) listener();
}

export function subscribeSettings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
